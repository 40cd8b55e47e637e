// The surveys area: results, people, round comparison, rounds, answering, import and the questions.
// Routed under /surveys with `nest`, so every path here is relative ("~/..." leaves the area).
import { Route, Switch } from 'wouter';
import { AnswerPage } from './AnswerPage';
import { ComparePage } from './ComparePage';
import { ImportResponsesPage } from './ImportResponsesPage';
import { InstrumentPage } from './InstrumentPage';
import { PeoplePage } from './PeoplePage';
import { PersonResultsPage } from './PersonResultsPage';
import { ResultsPage } from './ResultsPage';
import { RoundsPage } from './RoundsPage';
import './surveys.css';

export function SurveysPage() {
  return (
    <Switch>
      <Route path="/" component={ResultsPage} />
      <Route path="/people" component={PeoplePage} />
      <Route path="/people/:id" component={PersonResultsPage} />
      <Route path="/compare" component={ComparePage} />
      <Route path="/rounds" component={RoundsPage} />
      <Route path="/answer" component={AnswerPage} />
      <Route path="/answer/:roundId" component={AnswerPage} />
      <Route path="/answer/:roundId/:caseworkerId" component={AnswerPage} />
      <Route path="/import" component={ImportResponsesPage} />
      <Route path="/import/:roundId" component={ImportResponsesPage} />
      <Route path="/questions" component={InstrumentPage} />
      <Route>
        <p>
          That survey page does not exist. <a href="#/surveys">Back to the survey results</a>
        </p>
      </Route>
    </Switch>
  );
}
