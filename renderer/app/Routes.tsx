// Which screen each address shows. Hash addresses, so the same bundle works from app:// and from a plain web server.
// Areas with several screens are nested: each feature owns its sub-routes (e.g. /coaching/entries/:id) in its own page.
import { Route, Switch } from 'wouter';
import { CoachingPage } from '../features/coaching/CoachingPage';
import { CohortsPage } from '../features/cohorts/CohortsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { GapsPage } from '../features/gaps/GapsPage';
import { HomePage } from '../features/home/HomePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RolloutsPage } from '../features/rollouts/RolloutsPage';
import { CaseworkersPage } from '../features/roster/CaseworkersPage';
import { ImportRosterPage } from '../features/roster/ImportRosterPage';
import { UnitsPage } from '../features/roster/UnitsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { KioskGate } from '../features/surveys/KioskGate';
import { SurveysPage } from '../features/surveys/SurveysPage';
import { CaseworkerTimelinePage } from '../features/timeline/CaseworkerTimelinePage';
import { TrashPage } from '../features/trash/TrashPage';
import { PageHeader } from '../ui/PageHeader';

export function Routes() {
  // Kiosk mode (surveys) locks every address to one caseworker's survey until the supervisor's PIN ends it.
  return (
    <KioskGate>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/roster" component={CaseworkersPage} />
        <Route path="/roster/units" component={UnitsPage} />
        <Route path="/roster/import" component={ImportRosterPage} />
        <Route path="/rollouts" component={RolloutsPage} />
        <Route path="/surveys" nest component={SurveysPage} />
        <Route path="/cohorts" nest component={CohortsPage} />
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
    </KioskGate>
  );
}
