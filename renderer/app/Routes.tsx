// Which screen each address shows. Hash addresses, so the same bundle works from app:// and from a plain web server.
// Areas with several screens are nested: each feature owns its sub-routes (e.g. /coaching/entries/:id) in its own page.
import { lazy, Suspense } from 'react';
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

// The larger areas (charts, drag and drop, reports) load when first opened, so the app starts fast.
const CalendarPage = lazy(() =>
  import('../features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const CoachingPage = lazy(() =>
  import('../features/coaching/CoachingPage').then((m) => ({ default: m.CoachingPage })),
);
const CohortsPage = lazy(() =>
  import('../features/cohorts/CohortsPage').then((m) => ({ default: m.CohortsPage })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const GapsPage = lazy(() => import('../features/gaps/GapsPage').then((m) => ({ default: m.GapsPage })));
const ReportsPage = lazy(() =>
  import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const SurveysPage = lazy(() =>
  import('../features/surveys/SurveysPage').then((m) => ({ default: m.SurveysPage })),
);
const CaseworkerTimelinePage = lazy(() =>
  import('../features/timeline/CaseworkerTimelinePage').then((m) => ({ default: m.CaseworkerTimelinePage })),
);

export function Routes() {
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
