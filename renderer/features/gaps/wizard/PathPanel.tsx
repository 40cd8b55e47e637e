// "Path so far": the questions answered along the path with their answers, each a way back to that question.
import type { Dispatch } from 'react';
import { diagnosisStages } from '../../../domain/gaps/diagnosisQuestions';
import { describeAnswer, type DiagnosisResult } from '../../../domain/gaps/evaluateDiagnosis';
import type { WizardEvent } from '../../../domain/gaps/diagnosisWizard';
import type { WizardAt } from '../../../domain/gaps/wizardDraft';

export function PathPanel({
  who,
  what,
  diagnosis,
  at,
  dispatch,
}: {
  who: string;
  what: string;
  diagnosis: DiagnosisResult;
  at: WizardAt;
  dispatch: Dispatch<WizardEvent>;
}) {
  return (
    <section className="card" aria-labelledby="path-title">
      <h2 id="path-title" className="card-title">
        Path so far
      </h2>
      <p className="small muted">
        {who} · {what}
      </p>
      {diagnosis.steps.length === 0 ? (
        <p className="muted small">No answers yet.</p>
      ) : (
        <ol className="wizard-path" aria-label="Answers on the path">
          {diagnosis.steps.map((s) => (
            <li key={s.question.id} aria-current={s.question.id === at ? 'step' : undefined}>
              <span className="small muted">{diagnosisStages[s.question.stage]}</span>
              <button
                type="button"
                className="link-button"
                onClick={() => dispatch({ type: 'go-to', question: s.question.id })}
              >
                {s.question.text}
              </button>
              <strong>{describeAnswer(s)}</strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
