// Which screen each address shows. Hash addresses, so the same bundle works from app:// and from a plain web server.
// Areas with several screens are nested: each feature owns its sub-routes (e.g. /coaching/entries/:id) in its own page.
import { Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/HomePage';
import { RolloutsPage } from '../features/rollouts/RolloutsPage';
import { CaseworkersPage } from '../features/roster/CaseworkersPage';
import { ImportRosterPage } from '../features/roster/ImportRosterPage';
import { UnitsPage } from '../features/roster/UnitsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { KioskGate } from '../features/surveys/KioskGate';
import { TrashPage } from '../features/trash/TrashPage';
import { PageHeader } from '../ui/PageHeader';
import { lazyArea, preloadWhenIdle } from './lazyArea';

// The larger areas (charts, drag and drop, reports) load when first opened, so the app starts fast, and are fetched
// ahead once it is idle (lazyArea.tsx), so opening one does not wait for its script.
const CalendarPage = lazyArea(() => import('../features/calendar/CalendarPage').then((m) => m.CalendarPage));
const CoachingPage = lazyArea(() => import('../features/coaching/CoachingPage').then((m) => m.CoachingPage));
const CohortsPage = lazyArea(() => import('../features/cohorts/CohortsPage').then((m) => m.CohortsPage));
const DashboardPage = lazyArea(() =>
  import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage),
);
const GapsPage = lazyArea(() => import('../features/gaps/GapsPage').then((m) => m.GapsPage));
const ReportsPage = lazyArea(() => import('../features/reports/ReportsPage').then((m) => m.ReportsPage));
const SurveysPage = lazyArea(() => import('../features/surveys/SurveysPage').then((m) => m.SurveysPage));
const CaseworkerTimelinePage = lazyArea(() =>
  import('../features/timeline/CaseworkerTimelinePage').then((m) => m.CaseworkerTimelinePage),
);
/** In the order they are fetched ahead: the daily screens first. */
const lazyAreas = [
  CoachingPage,
  GapsPage,
  CaseworkerTimelinePage,
  SurveysPage,
  CohortsPage,
  ReportsPage,
  DashboardPage,
  CalendarPage,
];

export function Routes() {
  useEffect(() => preloadWhenIdle(lazyAreas), []);
  // Kiosk mode (surveys) locks every address to one caseworker's survey until the supervisor's PIN ends it.
  return (
    <KioskGate>
      <Suspense
        fallback={
          <p className="muted" role="status">
            Opening…
          </p>
        }
      >
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/roster" component={CaseworkersPage} />
          <Route path="/roster/units" component={UnitsPage} />
          <Route path="/roster/import" component={ImportRosterPage} />
          <Route path="/rollouts" component={RolloutsPage} />
          <Route path="/surveys" nest component={SurveysPage} />
          <Route path="/cohorts" nest component={CohortsPage} />
          <Route path="/calendar" component={CalendarPage} />
          <Route path="/coaching" nest component={CoachingPage} />
          <Route path="/gaps" nest component={GapsPage} />
          <Route path="/dashboard" nest component={DashboardPage} />
          <Route path="/reports" nest component={ReportsPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/trash" component={TrashPage} />
          <Route path="/kiosk">{null}</Route>
          <Route path="/caseworkers/:id" component={CaseworkerTimelinePage} />
          <Route>
            <PageHeader
              title="Page not found"
              description="That address does not lead anywhere in Cohort Coach."
            />
            <a href="#/">Back to home</a>
          </Route>
        </Switch>
      </Suspense>
    </KioskGate>
  );
}
