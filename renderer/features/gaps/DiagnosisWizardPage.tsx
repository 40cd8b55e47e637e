// The diagnosis wizard: the gap's details, then the Mager & Pipe questions one at a time with back and forward, the
// path so far and the evidence the app has, then the classification and remedies to confirm. Every change is kept
// as a draft, so a wizard closed half-way is offered back on return.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ArrowLeft, ArrowRight, Check, Plus } from 'lucide-react';
import type { Gap } from '../../domain/model';
import {
  diagnosisStages,
  questionById,
  remedyCatalogue,
  remedyIds,
  type AnswerValue,
  type QuestionId,
} from '../../domain/gaps/diagnosisQuestions';
import {
  answersOnPath,
  describeAnswer,
  evaluateDiagnosis,
  optionFor,
} from '../../domain/gaps/evaluateDiagnosis';
import { workerEvidence } from '../../domain/gaps/gapEvidence';
import { classificationMeaning, type GapStatus } from '../../domain/gaps/gapLabels';
import {
  draftProgress,
  wizardDraftKey,
  wizardDraftSchema,
  type WizardDraft,
} from '../../domain/gaps/wizardDraft';
import { localDateOf } from '../../domain/localDate';
import { addExpectation, saveDiagnosis } from '../../data/gapRepository';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { EvidencePanel } from './EvidencePanel';
import { GapTypeBadge } from './GapBadges';
import { describeEvidence } from './describeEvidence';
import { localToday } from '../../ui/useToday';
import { useDraft, type OfferedDraft } from '../shared/useDraft';
import { useGapWorkspace, type GapWorkspace } from './useGaps';

const NEW_EXPECTATION = '__new__';

type Step = 'details' | 'questions' | 'result';

export function DiagnosisWizardPage() {
  const params = useParams<{ id?: string; caseworkerId?: string }>();
  const ws = useGapWorkspace();
  if (!ws) return <PageHeader title="Diagnose a gap" />;
  const gap = params.id ? ws.gaps.find((g) => g.id === params.id) : undefined;
  if (params.id && !gap)
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

const stepOf = (d: WizardDraft): Step => (d.at === 'result' ? 'result' : d.at ? 'questions' : 'details');
const cursorOf = (d: WizardDraft): QuestionId =>
  d.at && d.at !== 'result' && questionById.has(d.at as QuestionId) ? (d.at as QuestionId) : 'worth-pursuing';

function DraftOffer({
  title,
  offer,
  onResume,
  onDiscard,
}: {
  title: string;
  offer: OfferedDraft<WizardDraft>;
  onResume: () => void;
  onDiscard: () => void;
}) {
  return (
    <Notice tone="info" title={title}>
      <p>
        Saved {localDateOf(new Date(offer.savedAt))} with {draftProgress(offer.value)} questions answered.
      </p>
      <div className="row">
        <button type="button" className="btn btn-primary btn-small" onClick={onResume}>
          Resume the draft
        </button>
        <button type="button" className="btn btn-small" onClick={onDiscard}>
          Discard the draft
        </button>
      </div>
    </Notice>
  );
}

function Wizard({
  ws,
  gap,
  resumeFor,
}: {
  ws: GapWorkspace;
  gap: Gap | undefined;
  resumeFor?: string | undefined;
}) {
  const [, navigate] = useLocation();
  const today = localToday();
  const start: WizardDraft = {
    caseworkerId: gap?.caseworkerId ?? resumeFor ?? '',
    gapId: gap?.id ?? null,
    expectation: gap?.expectation ?? ws.settings.expectations[0] ?? '',
    expectedLevel: gap?.expectedLevel ?? '',
    actualLevel: gap?.actualLevel ?? '',
    answers: gap?.answers ?? {},
    at: null,
  };
  const [form, setForm] = useState<WizardDraft>(start);
  const [step, setStep] = useState<Step>('details');
  const [cursor, setCursor] = useState<QuestionId>('worth-pursuing');
  const [newExpectation, setNewExpectation] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);
  // A resume link picks the draft up at once; otherwise a waiting draft is offered first.
  const [autoResume, setAutoResume] = useState(Boolean(resumeFor && !gap));
  const headingRef = useRef<HTMLHeadingElement>(null);

  const caseworker = ws.caseworker(form.caseworkerId);
  const standards = ws.settings;
  const evidence = useMemo(
    () =>
      workerEvidence({
        measures: ws.measuresOf(form.caseworkerId),
        entries: ws.entriesOf(form.caseworkerId),
        rosterCaseload: caseworker?.caseload ?? null,
        standards,
      }),
    [ws, form.caseworkerId, caseworker, standards],
  );
  const diagnosis = useMemo(() => evaluateDiagnosis(form.answers), [form.answers]);
  const draftKey = form.gapId
    ? wizardDraftKey(form.gapId)
    : form.caseworkerId
      ? wizardDraftKey(form.caseworkerId)
      : null;
  const draft = useDraft(draftKey, wizardDraftSchema);
  const offer = autoResume ? null : draft.offer;

  // Keep the draft as the user goes (only once they have started answering or typed details).
  const saveDraft = draft.save;
  useEffect(() => {
    if (!touched) return;
    const at = step === 'details' ? null : step === 'result' ? 'result' : cursor;
    saveDraft({ ...form, at });
  }, [form, step, cursor, touched, saveDraft]);

  const takeDraft = draft.resume;
  useEffect(() => {
    if (!autoResume || !draft.ready) return;
    setAutoResume(false);
    const saved = takeDraft();
    if (!saved) return;
    setForm(saved);
    setStep(stepOf(saved));
    setCursor(cursorOf(saved));
    setTouched(true);
  }, [autoResume, draft.ready, takeDraft]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [step, cursor]);

  const update = (patch: Partial<WizardDraft>) => {
    setTouched(true);
    setForm((f) => ({ ...f, ...patch }));
  };

  function resumeOffer() {
    const saved = draft.resume();
    if (!saved) return;
    setForm(saved);
    setStep(stepOf(saved));
    setCursor(cursorOf(saved));
    setTouched(true);
  }

  async function discard() {
    await draft.discard();
    showToast({ message: 'The unfinished diagnosis was discarded.' });
  }

  function startQuestions() {
    const next: Record<string, string> = {};
    if (!form.caseworkerId) next.caseworker = 'Caseworker is required: choose who the gap is about.';
    const expectation =
      form.expectation === NEW_EXPECTATION ? newExpectation.trim() : form.expectation.trim();
    if (!expectation) next.expectation = 'Expectation is required: choose one or write a new one.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    if (form.expectation === NEW_EXPECTATION) update({ expectation });
    else setTouched(true);
    setStep('questions');
    setCursor(diagnosis.complete ? 'worth-pursuing' : (diagnosis.next ?? 'worth-pursuing'));
  }

  const question = questionById.get(cursor);
  const currentOption = question ? optionFor(question, form.answers[cursor]) : null;

  function answer(value: AnswerValue) {
    update({ answers: { ...form.answers, [cursor]: value } });
  }

  function forward() {
    if (!currentOption) return;
    if (currentOption.next === null) setStep('result');
    else setCursor(currentOption.next);
  }

  function back() {
    const at = diagnosis.path.indexOf(cursor);
    const previous = at > 0 ? diagnosis.path[at - 1] : at === -1 ? diagnosis.path.at(-1) : undefined;
    if (previous) setCursor(previous);
    else setStep('details');
  }

  const title = gap ? 'Diagnose the gap again' : 'Diagnose a gap';
  const active = ws.caseworkers.filter((c) => c.status !== 'left' || c.id === form.caseworkerId);
  const expectations = [...ws.settings.expectations];
  if (form.expectation && form.expectation !== NEW_EXPECTATION && !expectations.includes(form.expectation))
    expectations.push(form.expectation);

  return (
    <>
      <PageHeader
        title={title}
        description="Is it a gap in knowledge or a gap in execution? Answer one question at a time; your answers are kept if you stop half-way."
        actions={
          <Link href={gap ? `/${gap.id}` : '/'} className="btn">
            {touched ? 'Close and keep as draft' : 'Cancel'}
          </Link>
        }
      />
      <ol className="steps" aria-label="Diagnosis steps">
        {(['details', 'questions', 'result'] as const).map((s, i) => (
          <li key={s} aria-current={step === s ? 'step' : undefined}>
            {i + 1}. {s === 'details' ? 'The gap' : s === 'questions' ? 'Questions' : 'Result'}
          </li>
        ))}
      </ol>
      {offer && gap && (
        <DraftOffer
          title="You have an unfinished diagnosis of this gap"
          offer={offer}
          onResume={resumeOffer}
          onDiscard={() => void discard()}
        />
      )}
      <div className="wizard-layout">
        <div className="stack">
          {step === 'details' && (
            <section className="card" aria-labelledby="wizard-step-title">
              <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
                Who and what is the gap about?
              </h2>
              {offer && !gap && (
                <DraftOffer
                  title={`You have an unfinished diagnosis for ${caseworker?.name ?? 'this caseworker'}`}
                  offer={offer}
                  onResume={resumeOffer}
                  onDiscard={() => void discard()}
                />
              )}
              <div className="form">
                <div className="form-grid">
                  <SelectField
                    label="Caseworker"
                    required
                    disabled={Boolean(gap)}
                    value={form.caseworkerId}
                    error={errors.caseworker}
                    onChange={(e) => setForm((f) => ({ ...f, caseworkerId: e.target.value }))}
                    options={[
                      { value: '', label: 'Choose a caseworker…' },
                      ...active.map((c) => ({ value: c.id, label: `${c.name} (${ws.unitName(c.unitId)})` })),
                    ]}
                  />
                  <SelectField
                    label="Expectation"
                    required
                    value={form.expectation}
                    error={errors.expectation}
                    onChange={(e) => update({ expectation: e.target.value })}
                    options={[
                      ...expectations.map((x) => ({ value: x, label: x })),
                      { value: NEW_EXPECTATION, label: 'A new expectation…' },
                    ]}
                  />
                </div>
                {form.expectation === NEW_EXPECTATION && (
                  <TextField
                    label="New expectation"
                    hint="Added to the list in settings when you save the gap."
                    value={newExpectation}
                    onChange={(e) => setNewExpectation(e.target.value)}
                    maxLength={500}
                  />
                )}
                <div className="form-grid">
                  <TextAreaField
                    label="Expected level"
                    hint="What good looks like, e.g. every child seen each month (95%)."
                    rows={2}
                    value={form.expectedLevel}
                    onChange={(e) => update({ expectedLevel: e.target.value })}
                    maxLength={500}
                  />
                  <TextAreaField
                    label="Actual level"
                    hint={
                      evidence.visits.rate !== null
                        ? `The measures say: ${evidence.visits.made} of ${evidence.visits.due} visits made in the last ${evidence.recentMonths.length} months.`
                        : 'What you see now.'
                    }
                    rows={2}
                    value={form.actualLevel}
                    onChange={(e) => update({ actualLevel: e.target.value })}
                    maxLength={500}
                  />
                </div>
                <div className="form-footer">
                  <button type="button" className="btn btn-primary" onClick={startQuestions}>
                    Start the questions <ArrowRight size={16} aria-hidden="true" />
                  </button>
                </div>
              </div>
            </section>
          )}
          {step === 'questions' && question && (
            <section className="card wizard-question" aria-labelledby="wizard-step-title">
              <p className="wizard-stage">
                {diagnosisStages[question.stage]} · question{' '}
                {diagnosis.path.includes(cursor)
                  ? diagnosis.path.indexOf(cursor) + 1
                  : diagnosis.path.length + 1}
              </p>
              <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
                {question.text}
              </h2>
              <p className="muted">{question.explanation}</p>
              <fieldset className="wizard-options">
                <legend className="visually-hidden">{question.text}</legend>
                {question.options.map((o) => {
                  const checked = currentOption === o;
                  return (
                    <label key={String(o.value)} className={`wizard-option${checked ? ' is-checked' : ''}`}>
                      <input
                        type="radio"
                        name={`answer-${cursor}`}
                        checked={checked}
                        onChange={() => answer(o.value)}
                      />
                      {o.label}
                    </label>
                  );
                })}
              </fieldset>
              {currentOption?.describe && (
                <TextField
                  label={currentOption.describe}
                  hint="Optional; kept with the answer."
                  value={typeof form.answers[cursor] === 'string' ? String(form.answers[cursor]) : ''}
                  onChange={(e) =>
                    answer(e.target.value.trim() === '' ? currentOption.value : e.target.value)
                  }
                  maxLength={300}
                />
              )}
              <div className="form-footer">
                <button type="button" className="btn" onClick={back}>
                  <ArrowLeft size={16} aria-hidden="true" /> Back
                </button>
                <button type="button" className="btn btn-primary" onClick={forward} disabled={!currentOption}>
                  {currentOption?.next === null ? 'See the result' : 'Next'}{' '}
                  <ArrowRight size={16} aria-hidden="true" />
                </button>
              </div>
            </section>
          )}
          {step === 'result' && diagnosis.complete && (
            <ResultStep
              ws={ws}
              gap={gap}
              form={form}
              newExpectation={form.expectation === NEW_EXPECTATION ? newExpectation : ''}
              suggested={evidence.suggested}
              headingRef={headingRef}
              onBack={() => {
                setStep('questions');
                setCursor(diagnosis.path.at(-1) ?? 'worth-pursuing');
              }}
              draftKey={draftKey}
              onSaving={draft.cancel}
              onSaved={(id) => navigate(`/${id}`)}
              today={today}
            />
          )}
        </div>
        <aside className="stack" aria-label="Diagnosis so far">
          {caseworker && (
            <section className="card" aria-labelledby="path-title">
              <h2 id="path-title" className="card-title">
                Path so far
              </h2>
              <p className="small muted">
                {caseworker.name} ·{' '}
                {form.expectation === NEW_EXPECTATION
                  ? newExpectation || 'New expectation'
                  : form.expectation}
              </p>
              {diagnosis.steps.length === 0 ? (
                <p className="muted small">No answers yet.</p>
              ) : (
                <ol className="wizard-path" aria-label="Answers on the path">
                  {diagnosis.steps.map((s) => (
                    <li
                      key={s.question.id}
                      aria-current={step === 'questions' && s.question.id === cursor ? 'step' : undefined}
                    >
                      <span className="small muted">{diagnosisStages[s.question.stage]}</span>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setStep('questions');
                          setCursor(s.question.id);
                        }}
                      >
                        {s.question.text}
                      </button>
                      <strong>{describeAnswer(s)}</strong>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
          {caseworker && (
            <EvidencePanel
              evidence={evidence}
              standards={standards}
              highlight={step === 'questions' && question ? question.evidence : []}
            />
          )}
        </aside>
      </div>
    </>
  );
}

function ResultStep({
  ws,
  gap,
  form,
  newExpectation,
  suggested,
  headingRef,
  onBack,
  draftKey,
  onSaving,
  onSaved,
  today,
}: {
  ws: GapWorkspace;
  gap: Gap | undefined;
  form: WizardDraft;
  newExpectation: string;
  suggested: { kind: 'measure' | 'coaching'; id: string }[];
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  draftKey: string | null;
  /** Called before the write, so no pending autosave brings the draft back. */
  onSaving: () => void;
  onSaved: (id: string) => void;
  today: string;
}) {
  const diagnosis = evaluateDiagnosis(form.answers);
  const classification = diagnosis.classification ?? 'execution-motivation';
  const recommended: string[] = diagnosis.remedies;
  const others: string[] = remedyIds
    .map((id): string => remedyCatalogue[id].label)
    .filter((l) => !recommended.includes(l));
  const custom = (gap?.remedies ?? []).filter((r) => !recommended.includes(r) && !others.includes(r));
  const [chosen, setChosen] = useState<string[]>(() => [...recommended, ...custom]);
  const [extra, setExtra] = useState<string[]>(custom);
  const [typed, setTyped] = useState('');
  const evidenceOptions = useMemo(() => {
    const all = [...(gap?.evidence ?? [])];
    for (const s of suggested) if (!all.some((e) => e.id === s.id)) all.push(s);
    return all;
  }, [gap, suggested]);
  const [linked, setLinked] = useState<string[]>(() => evidenceOptions.map((e) => e.id));
  const [status, setStatus] = useState<GapStatus>(
    classification === 'not-worth-pursuing' ? 'dropped' : (gap?.status ?? 'open'),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (label: string) =>
    setChosen((c) => (c.includes(label) ? c.filter((x) => x !== label) : [...c, label]));

  function addTyped() {
    const t = typed.trim();
    if (!t) return;
    if (!extra.includes(t) && !recommended.includes(t) && !others.includes(t)) setExtra((x) => [...x, t]);
    setChosen((c) => (c.includes(t) ? c : [...c, t]));
    setTyped('');
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const expectation = newExpectation.trim() || form.expectation;
      if (newExpectation.trim()) await addExpectation(expectation);
      const fields = {
        caseworkerId: form.caseworkerId,
        expectation,
        expectedLevel: form.expectedLevel,
        actualLevel: form.actualLevel,
        answers: answersOnPath(form.answers),
        path: diagnosis.path,
        classification,
        remedies: chosen,
        evidence: evidenceOptions.filter((e) => linked.includes(e.id)),
      };
      onSaving();
      if (gap) {
        const history =
          status === gap.status ? gap.statusHistory : [...gap.statusHistory, { status, on: today }];
        await saveDiagnosis(
          { update: gap.id, patch: { ...fields, status, statusHistory: history } },
          draftKey,
        );
        showToast({ message: 'The diagnosis was updated.' });
        onSaved(gap.id);
      } else {
        const created = await saveDiagnosis(
          { create: { ...fields, status, statusHistory: [{ status, on: today }], openedOn: today } },
          draftKey,
        );
        showToast({ message: 'The gap was saved.' });
        onSaved(created.id);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const remedyRow = (label: string, detail?: string) => (
    <li key={label}>
      <CheckboxField
        label={label}
        hint={detail}
        checked={chosen.includes(label)}
        onChange={() => toggle(label)}
      />
    </li>
  );
  const detailOf = (label: string) =>
    remedyIds.map((id) => remedyCatalogue[id]).find((r) => r.label === label)?.detail;

  return (
    <section className="card" aria-labelledby="wizard-step-title">
      <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
        Result
      </h2>
      <div className="result-classification" role="status">
        <GapTypeBadge classification={classification} />
        <p>{classificationMeaning[classification]}</p>
      </div>
      {diagnosis.reasons.length > 0 && (
        <ul className="small" aria-label="Why">
          {diagnosis.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <fieldset className="plain-fieldset">
        <legend>Recommended remedies</legend>
        <ul className="remedy-list" aria-label="Recommended remedies">
          {recommended.map((l) => remedyRow(l, detailOf(l)))}
        </ul>
      </fieldset>
      <details className="other-remedies">
        <summary>Other remedies you can pick</summary>
        <ul className="remedy-list" aria-label="Other remedies">
          {others.map((l) => remedyRow(l, detailOf(l)))}
          {extra.map((l) => remedyRow(l))}
        </ul>
        <div className="row" style={{ alignItems: 'flex-end' }}>
          <TextField
            className="grow"
            label="Another remedy"
            value={typed}
            maxLength={300}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTyped();
              }
            }}
          />
          <button type="button" className="btn" onClick={addTyped}>
            <Plus size={16} aria-hidden="true" /> Add remedy
          </button>
        </div>
      </details>
      {evidenceOptions.length > 0 && (
        <fieldset className="plain-fieldset">
          <legend>Evidence to link</legend>
          <ul className="remedy-list">
            {evidenceOptions.map((e) => (
              <li key={e.id}>
                <CheckboxField
                  label={describeEvidence(ws, e)}
                  checked={linked.includes(e.id)}
                  onChange={() =>
                    setLinked((l) => (l.includes(e.id) ? l.filter((x) => x !== e.id) : [...l, e.id]))
                  }
                />
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <SelectField
        label="Status"
        value={status}
        onChange={(e) => setStatus(e.target.value as GapStatus)}
        options={[
          { value: 'open', label: 'Open' },
          { value: 'in-progress', label: 'In progress' },
          { value: 'resolved', label: 'Resolved' },
          { value: 'dropped', label: 'Dropped' },
        ]}
      />
      {error && (
        <Notice tone="danger" title="The gap was not saved">
          {error}
        </Notice>
      )}
      <div className="form-footer">
        <button type="button" className="btn" onClick={onBack}>
          <ArrowLeft size={16} aria-hidden="true" /> Back
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={busy}>
          <Check size={16} aria-hidden="true" /> {gap ? 'Save the diagnosis' : 'Save the gap'}
        </button>
      </div>
    </section>
  );
}
