// The coaching area: the log of entries, the due list, incomplete ride-alongs, daily standups, rubrics and tool usage.
// Routed under /coaching with `nest`, so every path here is relative.
import { Route, Switch } from 'wouter';
import { DuePage } from './DuePage';
import { EntriesPage } from './EntriesPage';
import { EntryFormPage } from './EntryFormPage';
import { IncompleteRideAlongsPage } from './IncompleteRideAlongsPage';
import { ImportUsagePage } from './ImportUsagePage';
import { RubricsPage } from './RubricsPage';
import { StandupFormPage } from './StandupFormPage';
import { StandupHistoryPage } from './StandupHistoryPage';
import { StandupsPage } from './StandupsPage';
import { ToolUsagePage } from './ToolUsagePage';
import './coaching.css';

export function CoachingPage() {
  return (
    <Switch>
      <Route path="/" component={EntriesPage} />
      <Route path="/entries/new" component={EntryFormPage} />
      <Route path="/entries/:id" component={EntryFormPage} />
      <Route path="/due" component={DuePage} />
      <Route path="/ride-alongs" component={IncompleteRideAlongsPage} />
      <Route path="/standups" component={StandupsPage} />
      <Route path="/standups/:cohortId" component={StandupHistoryPage} />
      <Route path="/standups/:cohortId/:date" component={StandupFormPage} />
      <Route path="/rubrics" component={RubricsPage} />
      <Route path="/usage" component={ToolUsagePage} />
      <Route path="/usage/import" component={ImportUsagePage} />
      <Route>
        <p>
          That coaching page does not exist. <a href="#/coaching">Back to the coaching log</a>
        </p>
      </Route>
    </Switch>
  );
}
