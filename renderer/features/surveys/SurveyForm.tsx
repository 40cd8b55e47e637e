// The survey as a form: one fieldset per question (scale, pick one or tick all), checked before it is sent, with every
// problem shown next to its question and listed at the top. Used by the supervisor's form and by kiosk mode.
import { useRef, useState, type FormEvent } from 'react';
import type { SurveyItem } from '../../domain/model';
import { formatIssue, ValidationError, type FieldIssue } from '../../domain/model';
import { checkAnswers, NONE_VALUE, type Answers } from '../../domain/survey/answerValidation';
import { constructDescriptions, constructLabels } from '../../domain/survey/defaultInstrument';
import { describeScoring } from '../../domain/survey/instrumentEditing';
import type { Answer } from '../../domain/survey/scoreResponse';
import { Badge } from '../../ui/Badge';
import { Notice } from '../../ui/Notice';
import './surveys.css';
import { runAction } from '../../ui/runAction';

type FormValue = string | string[];

interface SurveyFormProps {
  items: readonly SurveyItem[];
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** Shows what each question measures and how it scores (the supervisor's view; never in kiosk mode). */
  showScoring?: boolean;
  submitLabel: string;
  /** Receives checked answers; a ValidationError it throws is shown question by question. */
  onSubmit: (answers: Answers) => Promise<void>;
  /** Heading level of the section titles inside the form. */
  sectionLevel?: 2 | 3;
  initial?: Readonly<Record<string, Answer>>;
}

const toFormValue = (answer: Answer | undefined): FormValue | undefined =>
  answer === undefined ? undefined : Array.isArray(answer) ? answer : String(answer);

export function SurveyForm({
  items,
  idPrefix,
  showScoring,
  submitLabel,
  onSubmit,
  sectionLevel = 2,
  initial,
}: SurveyFormProps) {
  const [values, setValues] = useState<Record<string, FormValue>>(() => {
    const start: Record<string, FormValue> = {};
    for (const [id, answer] of Object.entries(initial ?? {})) {
      const v = toFormValue(answer);
      if (v !== undefined) start[id] = v;
    }
    return start;
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const itemIds = new Set(items.map((i) => i.id));
  const byItem = new Map<string, string>();
  for (const issue of issues)
    if (itemIds.has(issue.field) && !byItem.has(issue.field)) byItem.set(issue.field, issue.message);
  const Section = sectionLevel === 2 ? 'h2' : 'h3';
  const groupId = (itemId: string) => `${idPrefix}-${itemId}`;

  function set(itemId: string, value: FormValue) {
    setValues((v) => ({ ...v, [itemId]: value }));
    if (byItem.has(itemId)) setIssues((list) => list.filter((i) => i.field !== itemId));
  }

  function toggle(item: SurveyItem, value: string, on: boolean) {
    const current = Array.isArray(values[item.id]) ? (values[item.id] as string[]) : [];
    let next = on ? [...current, value] : current.filter((v) => v !== value);
    // "None of these" and the other answers exclude each other, as people expect from a paper form.
    if (on && value === NONE_VALUE) next = [NONE_VALUE];
    else if (on) next = next.filter((v) => v !== NONE_VALUE);
    set(item.id, next);
  }

  function showIssues(list: FieldIssue[]) {
    setIssues(list);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkAnswers(items, values);
    if (!checked.ok) return showIssues(checked.issues);
    setBusy(true);
    try {
      await onSubmit(checked.answers);
      setIssues([]);
    } catch (error) {
      if (error instanceof ValidationError) showIssues(error.issues);
      else showIssues([{ field: '', message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy(false);
    }
  }

  function focusQuestion(itemId: string) {
    document.getElementById(groupId(itemId))?.querySelector<HTMLInputElement>('input')?.focus();
  }

  const firstAdkar = items.findIndex((i) => i.kind === 'adkar');
  const hasRequired = items.some((i) => !i.optional);

  return (
    <form
      className="sv-survey-form"
      onSubmit={(e) => runAction('save the answers', () => submit(e))}
      noValidate
      aria-label="Survey questions"
    >
      {issues.length > 0 && (
        <div ref={summaryRef} tabIndex={-1}>
          <Notice
            tone="danger"
            title={
              issues.length === 1
                ? 'One answer needs attention'
                : `${String(issues.length)} answers need attention`
            }
          >
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {issues.map((issue) => (
                <li key={`${issue.field}-${issue.message}`}>
                  {issue.field && !byItem.has(issue.field) ? (
                    formatIssue(issue)
                  ) : issue.field ? (
                    <button type="button" className="link-button" onClick={() => focusQuestion(issue.field)}>
                      {issue.message}
                    </button>
                  ) : (
                    issue.message
                  )}
                </li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      {hasRequired && (
        <p className="small muted" style={{ margin: 0 }}>
          Questions marked <span aria-hidden="true">*</span>
          <span className="visually-hidden">as required</span> need an answer. There are no right or wrong
          answers.
        </p>
      )}
      {items.map((item, index) => {
        const error = byItem.get(item.id);
        const errorId = `${groupId(item.id)}-error`;
        const value = values[item.id];
        return (
          <div key={item.id} className="stack" style={{ gap: 10 }}>
            {index === firstAdkar && (
              <div className="sv-survey-section">
                <Section>Optional: where you are with the new tool</Section>
                <p>
                  Rate each sentence from 1 (not at all true for me) to 5 (completely true). You may skip any
                  of them.
                </p>
              </div>
            )}
            <fieldset
              id={groupId(item.id)}
              className="sv-question"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            >
              <legend>
                <span className="sv-question-number">{index + 1}.</span>
                {item.text}
                {item.optional ? (
                  <span className="muted" style={{ fontWeight: 500 }}>
                    {' '}
                    (optional)
                  </span>
                ) : (
                  <>
                    <span className="required-mark" aria-hidden="true">
                      *
                    </span>
                    <span className="visually-hidden"> (required)</span>
                  </>
                )}
              </legend>
              {showScoring && (
                <div className="sv-question-meta small">
                  <span title={constructDescriptions[item.construct]}>
                    <Badge tone="accent">{constructLabels[item.construct]}</Badge>
                  </span>
                  {item.reverse && <Badge tone="warning">Reverse-scored</Badge>}
                  {!item.scored && <Badge>Not scored</Badge>}
                  <details>
                    <summary>How it scores</summary>
                    <span className="muted">{describeScoring(item)}</span>
                  </details>
                </div>
              )}
              {item.kind === 'multi' ? (
                <div className="sv-choices sv-two-columns">
                  {item.options.map((o) => (
                    <label key={o.value} className="sv-answer-option">
                      <input
                        type="checkbox"
                        name={groupId(item.id)}
                        value={o.value}
                        checked={Array.isArray(value) && value.includes(o.value)}
                        onChange={(e) => toggle(item, o.value, e.target.checked)}
                      />
                      <span>{o.label}</span>
                    </label>
                  ))}
                </div>
              ) : (
                <div className={item.kind === 'single' ? 'sv-choices' : 'sv-scale'}>
                  {item.options.map((o) => (
                    <label key={o.value} className="sv-answer-option">
                      <input
                        type="radio"
                        name={groupId(item.id)}
                        value={o.value}
                        checked={value === o.value}
                        onChange={() => set(item.id, o.value)}
                      />
                      <span>{o.label}</span>
                    </label>
                  ))}
                </div>
              )}
              {error && (
                <div className="error" id={errorId}>
                  {error}
                </div>
              )}
            </fieldset>
          </div>
        );
      })}
      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
