// Gaps area (knowledge-vs-execution diagnosis after Mager & Pipe): routes of the list, board, measures, wizard and detail.
import { Route, Switch } from 'wouter';
import { DiagnosisWizardPage } from './DiagnosisWizardPage';
import { GapBoardPage } from './GapBoardPage';
import { GapDetailPage } from './GapDetailPage';
import { GapListPage } from './GapListPage';
import { ImportMeasuresPage } from './ImportMeasuresPage';
import { MeasuresPage } from './MeasuresPage';
import './gaps.css';

export function GapsPage() {
  return (
    <Switch>
      <Route path="/" component={GapListPage} />
      <Route path="/board" component={GapBoardPage} />
      <Route path="/measures" component={MeasuresPage} />
      <Route path="/measures/import" component={ImportMeasuresPage} />
      <Route path="/new" component={DiagnosisWizardPage} />
      <Route path="/new/:caseworkerId" component={DiagnosisWizardPage} />
      <Route path="/:id/diagnose" component={DiagnosisWizardPage} />
      <Route path="/:id" component={GapDetailPage} />
    </Switch>
  );
}
