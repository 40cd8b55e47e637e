// Step 3 of the wizard: the classification with why, the recommended remedies (others can be picked or typed), the
// evidence to link and the status; saving writes the gap and drops the draft in one go.
import { useMemo, useState, type Dispatch, type RefObject } from 'react';
import { ArrowLeft, Check, Plus } from 'lucide-react';
import { gapStatuses, type Gap } from '../../../domain/model';
import { remedyCatalogue, remedyIds } from '../../../domain/gaps/diagnosisQuestions';
import type { DiagnosisResult } from '../../../domain/gaps/evaluateDiagnosis';
import type { WizardEvent, WizardState } from '../../../domain/gaps/diagnosisWizard';
import { recordDiagnosis } from '../../../domain/gaps/diagnosisRecord';
import { statusLabel, type GapStatus } from '../../../domain/gaps/gapLabels';
import { gapRepository } from '../../../data/gapRepository';
import { CheckboxField, SelectField, TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { runAction } from '../../../ui/runAction';
import { showToast } from '../../../ui/toast';
import { CauseList } from '../CauseList';
import { describeEvidence } from '../describeEvidence';
import type { GapEvidenceSource } from '../useGaps';

const catalogue = remedyIds.map((id) => remedyCatalogue[id]);
const detailOf = (label: string) => catalogue.find((r) => r.label === label)?.detail;

export function ResultStep({
  records,
  gap,
  state,
  diagnosis,
  suggested,
  dispatch,
  headingRef,
  draftKey,
  stopAutosave,
  onSaved,
  today,
}: {
  /** Where the evidence links are described from: the caseworker's records and the gap's linked ones. */
  records: Pick<GapEvidenceSource, 'measures' | 'entries' | 'settings'>;
  gap: Gap | undefined;
  state: WizardState;
  diagnosis: DiagnosisResult;
  suggested: { kind: 'measure' | 'coaching'; id: string }[];
  dispatch: Dispatch<WizardEvent>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  draftKey: string | null;
  stopAutosave: () => void;
  onSaved: (id: string) => void;
  today: string;
}) {
  const classification = diagnosis.classification ?? 'execution-motivation';
  const recommended: string[] = diagnosis.remedies;
  const others = catalogue.map((r): string => r.label).filter((l) => !recommended.includes(l));
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
    setError(null);
    const record = recordDiagnosis({
      draft: state,
      gap: gap ?? null,
      remedies: chosen,
      evidence: evidenceOptions.filter((e) => linked.includes(e.id)),
      status,
      today,
    });
    if (!record.ok) {
      setError(record.message);
      return;
    }
    setBusy(true);
    try {
      stopAutosave();
      if (state.newExpectation) await gapRepository.addExpectation(state.expectation);
      const saved = await gapRepository.saveDiagnosis(record, draftKey);
      showToast({ message: gap ? 'The diagnosis was updated.' : 'The gap was saved.' });
      onSaved(saved.id);
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

  return (
    <section className="card" aria-labelledby="wizard-step-title">
      <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
        Result
      </h2>
      <div className="result-classification" role="status">
        <CauseList causes={diagnosis.causes} />
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
                  label={describeEvidence(records, e)}
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
        onChange={(e) => setStatus(gapStatuses.find((s) => s === e.target.value) ?? status)}
        options={gapStatuses.map((s) => ({ value: s, label: statusLabel[s] }))}
      />
      {error && (
        <Notice tone="danger" title="The gap was not saved">
          {error}
        </Notice>
      )}
      <div className="form-footer">
        <button type="button" className="btn" onClick={() => dispatch({ type: 'back' })}>
          <ArrowLeft size={16} aria-hidden="true" /> Back
        </button>
        <button
          data-write
          type="button"
          className="btn btn-primary"
          onClick={() => runAction(gap ? 'save the diagnosis' : 'save the gap', () => save())}
          disabled={busy}
        >
          <Check size={16} aria-hidden="true" /> {gap ? 'Save the diagnosis' : 'Save the gap'}
        </button>
      </div>
    </section>
  );
}
