// Step 2 of the wizard: one Mager & Pipe question with why it is asked, its answers as radio buttons, a description
// where the answer asks for one, and back and forward along the path.
import type { Dispatch, RefObject } from 'react';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { diagnosisStages, type DiagnosisQuestion } from '../../../domain/gaps/diagnosisQuestions';
import { optionFor, type DiagnosisResult } from '../../../domain/gaps/evaluateDiagnosis';
import type { WizardEvent } from '../../../domain/gaps/diagnosisWizard';
import type { AnswerValue } from '../../../domain/gaps/diagnosisQuestions';
import { TextField } from '../../../ui/Field';

export function QuestionStep({
  question,
  number,
  answer,
  fastFixes,
  dispatch,
  headingRef,
}: {
  question: DiagnosisQuestion;
  /** What the fast-fix questions found, shown with the question that asks whether fixing them is enough. */
  fastFixes: DiagnosisResult['fastFixes'];
  number: number;
  answer: AnswerValue | undefined;
  dispatch: Dispatch<WizardEvent>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const current = optionFor(question, answer);
  return (
    <section className="card wizard-question" aria-labelledby="wizard-step-title">
      <p className="wizard-stage">
        {diagnosisStages[question.stage]} · question {number}
      </p>
      <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
        {question.text}
      </h2>
      <p className="muted">{question.explanation}</p>
      {question.askedIf && fastFixes.length > 0 && (
        <ul className="fast-fix-list" aria-label="Fast fixes found">
          {fastFixes.map((f) => (
            <li key={f.reason}>
              {f.reason} <strong>{f.remedies.join('; ')}</strong>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="wizard-options">
        <legend className="visually-hidden">{question.text}</legend>
        {question.options.map((o) => {
          const checked = current === o;
          return (
            <label key={String(o.value)} className={`wizard-option${checked ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name={`answer-${question.id}`}
                checked={checked}
                onChange={() => dispatch({ type: 'answer', value: o.value })}
              />
              {o.label}
            </label>
          );
        })}
      </fieldset>
      {current?.describe && (
        <TextField
          label={current.describe}
          hint="Optional; kept with the answer."
          value={typeof answer === 'string' && answer !== current.value ? answer : ''}
          onChange={(e) => dispatch({ type: 'describe', text: e.target.value })}
          maxLength={300}
        />
      )}
      <div className="form-footer">
        <button type="button" className="btn" onClick={() => dispatch({ type: 'back' })}>
          <ArrowLeft size={16} aria-hidden="true" /> Back
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => dispatch({ type: 'next' })}
          disabled={!current}
        >
          {current?.next === null ? 'See the result' : 'Next'} <ArrowRight size={16} aria-hidden="true" />
        </button>
      </div>
    </section>
  );
}
