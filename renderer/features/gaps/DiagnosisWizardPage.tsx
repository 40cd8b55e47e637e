// The diagnosis wizard: the gap's details, then the Mager & Pipe questions one at a time with back and forward, the
// path so far and the evidence the app has, then the classification and remedies to confirm. The steps are a state
// machine in the domain (diagnosisWizard); every change is kept as a draft, offered back on return.
import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { Gap } from '../../domain/model';
import { currentQuestion, questionNumber, stepOf } from '../../domain/gaps/diagnosisWizard';
import { workerEvidence } from '../../domain/gaps/gapEvidence';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import { localToday } from '../../ui/useToday';
import { EvidencePanel } from './EvidencePanel';
import { useDiagnosisWorkspace, useWorkerEvidence, type DiagnosisWorkspace } from './useGaps';
import { DetailsStep } from './wizard/DetailsStep';
import { DraftOffer } from './wizard/DraftOffer';
import { PathPanel } from './wizard/PathPanel';
import { QuestionStep } from './wizard/QuestionStep';
import { ResultStep } from './wizard/ResultStep';
import { useDiagnosisWizard } from './wizard/useDiagnosisWizard';

const DESCRIPTION =
  'Is it a gap in knowledge or a gap in execution? Answer one question at a time; your answers are kept if you stop half-way.';

export function DiagnosisWizardPage() {
  const params = useParams<{ id?: string; caseworkerId?: string }>();
  const found = useDiagnosisWorkspace(params.id);
  if (!found) return <PageHeader title="Diagnose a gap" />;
  const { ws, gap } = found;
  if (gap === null)
    return (
      <>
        <PageHeader title="Diagnose a gap" />
        <Notice tone="warning" title="This gap no longer exists">
          <Link href="/">Back to the gaps</Link>
        </Notice>
      </>
    );
  return (
    <Wizard
      key={params.id ?? params.caseworkerId ?? 'new'}
      ws={ws}
      gap={gap}
      resumeFor={params.caseworkerId}
    />
  );
}

const stepNames = { details: 'The gap', questions: 'Questions', result: 'Result' } as const;

function Wizard({
  ws,
  gap,
  resumeFor,
}: {
  ws: DiagnosisWorkspace;
  gap: Gap | undefined;
  resumeFor?: string;
}) {
  const [, navigate] = useLocation();
  const today = localToday();
  const wizard = useDiagnosisWizard({ gap, resumeFor, expectations: ws.settings.expectations });
  const { state, dispatch, diagnosis } = wizard;
  const step = stepOf(state.at);
  const question = currentQuestion(state);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const caseworker = ws.caseworker(state.caseworkerId);
  // The chosen person's measures and entries (and the records the gap links), read through the indexes.
  const records = useWorkerEvidence(state.caseworkerId, gap?.evidence);
  const evidence = useMemo(
    () =>
      workerEvidence({
        measures: records?.measuresOf(state.caseworkerId) ?? [],
        entries: records?.entriesOf(state.caseworkerId) ?? [],
        rosterCaseload: caseworker?.caseload ?? null,
        standards: ws.settings,
      }),
    [records, ws.settings, state.caseworkerId, caseworker],
  );

  useEffect(() => {
    headingRef.current?.focus();
  }, [state.at]);

  const offer = wizard.offer && (
    <DraftOffer
      title={
        gap
          ? 'You have an unfinished diagnosis of this gap'
          : `You have an unfinished diagnosis for ${caseworker?.name ?? 'this caseworker'}`
      }
      offer={wizard.offer}
      onResume={wizard.resumeOffer}
      onDiscard={() =>
        runAction('discard the draft', async () => {
          await wizard.discardOffer();
          showToast({ message: 'The unfinished diagnosis was discarded.' });
        })
      }
    />
  );

  return (
    <>
      <PageHeader
        title={gap ? 'Diagnose the gap again' : 'Diagnose a gap'}
        description={DESCRIPTION}
        actions={
          <Link href={gap ? `/${gap.id}` : '/'} className="btn">
            {state.touched ? 'Close and keep as draft' : 'Cancel'}
          </Link>
        }
      />
      {!wizard.loading && (
        <>
          <ol className="steps" aria-label="Diagnosis steps">
            {(['details', 'questions', 'result'] as const).map((s, i) => (
              <li key={s} aria-current={step === s ? 'step' : undefined}>
                {i + 1}. {stepNames[s]}
              </li>
            ))}
          </ol>
          {gap && offer}
          <div className="wizard-layout">
            <div className="stack">
              {step === 'details' && (
                <DetailsStep
                  ws={ws}
                  state={state}
                  dispatch={dispatch}
                  evidence={evidence}
                  lockedCaseworker={Boolean(gap)}
                  offer={gap ? null : offer}
                  headingRef={headingRef}
                />
              )}
              {question && (
                <QuestionStep
                  question={question}
                  number={questionNumber(state, diagnosis)}
                  answer={state.answers[question.id]}
                  fastFixes={diagnosis.fastFixes}
                  dispatch={dispatch}
                  headingRef={headingRef}
                />
              )}
              {step === 'result' && diagnosis.complete && records && (
                <ResultStep
                  records={{ ...records, settings: ws.settings }}
                  gap={gap}
                  state={state}
                  diagnosis={diagnosis}
                  suggested={evidence.suggested}
                  dispatch={dispatch}
                  headingRef={headingRef}
                  draftKey={wizard.draftKey}
                  stopAutosave={wizard.stopAutosave}
                  onSaved={(id) => navigate(`/${id}`)}
                  today={today}
                />
              )}
            </div>
            <aside className="stack" aria-label="Diagnosis so far">
              {caseworker && (
                <PathPanel
                  who={caseworker.name}
                  what={state.expectation || (state.newExpectation ? 'New expectation' : '')}
                  diagnosis={diagnosis}
                  at={state.at}
                  dispatch={dispatch}
                />
              )}
              {caseworker && (
                <EvidencePanel
                  evidence={evidence}
                  standards={ws.settings}
                  highlight={question ? question.evidence : []}
                />
              )}
            </aside>
          </div>
        </>
      )}
    </>
  );
}
