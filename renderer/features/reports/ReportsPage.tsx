// The reports area: an index, and three documents to print, save as PDF or export as CSV. Routed under /reports with
// `nest`, so every path here is relative.
import { Route, Switch } from 'wouter';
import { CaseworkerReportPage } from './CaseworkerReportPage';
import { CohortReportPage } from './CohortReportPage';
import { ReportsIndexPage } from './ReportsIndexPage';
import { RolloutReportPage } from './RolloutReportPage';
import './reports.css';

export function ReportsPage() {
  return (
    <Switch>
      <Route path="/" component={ReportsIndexPage} />
      <Route path="/caseworker/:id" component={CaseworkerReportPage} />
      <Route path="/cohort/:id" component={CohortReportPage} />
      <Route path="/rollout" component={RolloutReportPage} />
      <Route>
        <p>
          That report does not exist. <a href="#/reports">Back to reports</a>
        </p>
      </Route>
    </Switch>
  );
}
