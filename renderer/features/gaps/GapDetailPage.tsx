// One gap: what is expected and what is seen, the diagnosis path, the chosen remedies, the status with its dated
// history, and the evidence linked to it (coaching entries and monthly measures), all editable here.
import { useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { Plus, RotateCcw, Trash2, X } from 'lucide-react';
import type { Gap } from '../../domain/model';
import { gapStatuses } from '../../domain/model';
import { describeAnswer, evaluateDiagnosis } from '../../domain/gaps/evaluateDiagnosis';
import { diagnosisStages } from '../../domain/gaps/diagnosisQuestions';
import { workerEvidence } from '../../domain/gaps/gapEvidence';
import { classificationMeaning, statusLabel, type GapStatus } from '../../domain/gaps/gapLabels';
import { SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { EvidencePanel } from './EvidencePanel';
import { CauseList } from './CauseList';
import { GapStatusBadge, GapTypeBadge } from './GapBadges';
import { describeEvidence } from './describeEvidence';
import { localToday } from '../../ui/useToday';
import { useGapDetail, type GapEvidenceSource } from './useGaps';
import { gapRepository } from '../../data/gapRepository';
import { runAction } from '../../ui/runAction';
import { DayText } from '../../ui/DayText';
import { formatDay } from '../../domain/format/format';

export function GapDetailPage() {
  const { id } = useParams<{ id: string }>();
  // The gap and its evidence through the indexes, not the whole workspace.
  const found = useGapDetail(id);
  if (!found) return <PageHeader title="Gap" />;
  const { gap, source: ws } = found;
  if (!gap || !ws)
    return (
      <>
        <PageHeader title="Gap" />
        <Notice tone="warning" title="This gap no longer exists">
          It may have been moved to Trash. <Link href="/">Back to the gaps</Link>
        </Notice>
      </>
    );
  return <GapDetail ws={ws} gap={gap} />;
}

function GapDetail({ ws, gap }: { ws: GapEvidenceSource; gap: Gap }) {
  const [, navigate] = useLocation();
  const today = localToday();
  const caseworker = ws.caseworker(gap.caseworkerId);
  const diagnosis = evaluateDiagnosis(gap.answers);
  const evidence = useMemo(
    () =>
      workerEvidence({
        measures: ws.measuresOf(gap.caseworkerId),
        entries: ws.entriesOf(gap.caseworkerId),
        rosterCaseload: caseworker?.caseload ?? null,
        standards: ws.settings,
      }),
    [ws, gap.caseworkerId, caseworker],
  );
  const [nextStatus, setNextStatus] = useState<GapStatus>(gap.status === 'open' ? 'in-progress' : 'resolved');
  const [statusOn, setStatusOn] = useState(today);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [remedy, setRemedy] = useState('');
  const [addEvidence, setAddEvidence] = useState('');

  async function changeStatus() {
    setStatusError(null);
    try {
      await gapRepository.setStatus(gap.id, nextStatus, statusOn, today);
      showToast({ message: `Status changed to ${statusLabel[nextStatus].toLowerCase()}.` });
    } catch (e) {
      setStatusError(e instanceof Error ? e.message : String(e));
    }
  }

  async function remove() {
    await gapRepository.remove(gap.id);
    navigate('/');
    showToast({
      message: 'The gap was moved to Trash.',
      action: { label: 'Undo', run: () => runAction('restore the gap', () => gapRepository.restore(gap.id)) },
    });
  }

  const candidates = [
    ...ws
      .measuresOf(gap.caseworkerId)
      .slice()
      .sort((a, b) => b.month.localeCompare(a.month))
      .map((m) => ({ kind: 'measure' as const, id: m.id })),
    ...ws.entriesOf(gap.caseworkerId).map((e) => ({ kind: 'coaching' as const, id: e.id })),
  ].filter((c) => !gap.evidence.some((e) => e.id === c.id));

  return (
    <>
      <PageHeader
        title={`${caseworker?.name ?? 'Unknown caseworker'}: ${gap.expectation}`}
        description={`${ws.unitName(caseworker?.unitId ?? null)} · opened ${formatDay(gap.openedOn)}`}
        actions={
          <>
            <Link href={`/${gap.id}/diagnose`} className="btn">
              <RotateCcw size={16} aria-hidden="true" /> Diagnose again
            </Link>
            <button
              data-write
              type="button"
              className="btn btn-danger"
              onClick={() => runAction('move the gap to Trash', () => remove())}
            >
              <Trash2 size={16} aria-hidden="true" /> Move to Trash
            </button>
          </>
        }
      />
      <p>
        <Link href="/">← All gaps</Link>
      </p>
      <div className="wizard-layout">
        <div className="stack">
          <section className="card" aria-labelledby="diagnosis-title">
            <h2 id="diagnosis-title" className="card-title">
              Diagnosis
            </h2>
            <div className="row" style={{ marginBottom: 8 }}>
              <GapTypeBadge classification={gap.classification} />
              <GapStatusBadge status={gap.status} />
            </div>
            {diagnosis.complete && diagnosis.classification === gap.classification ? (
              <CauseList causes={diagnosis.causes} mainBadge={false} />
            ) : (
              gap.classification && <p>{classificationMeaning[gap.classification]}</p>
            )}
            <dl className="facts">
              <dt>Expected</dt>
              <dd>{gap.expectedLevel || '—'}</dd>
              <dt>Actual</dt>
              <dd>{gap.actualLevel || '—'}</dd>
            </dl>
            {diagnosis.steps.length > 0 ? (
              <ol className="wizard-path" aria-label="Diagnosis path">
                {diagnosis.steps.map((s) => (
                  <li key={s.question.id}>
                    <span className="small muted">{diagnosisStages[s.question.stage]}</span>
                    <span>{s.question.text}</span>
                    <strong>{describeAnswer(s)}</strong>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">Not diagnosed yet.</p>
            )}
          </section>
          <section className="card" aria-labelledby="remedies-title">
            <h2 id="remedies-title" className="card-title">
              Remedies
            </h2>
            {gap.remedies.length === 0 ? (
              <p className="muted">No remedies chosen.</p>
            ) : (
              <ul className="item-list" aria-label="Chosen remedies">
                {gap.remedies.map((r) => (
                  <li key={r}>
                    <span>{r}</span>
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      aria-label={`Remove remedy: ${r}`}
                      onClick={() =>
                        runAction('remove the remedy', () =>
                          gapRepository.update(
                            gap.id,
                            { remedies: gap.remedies.filter((x) => x !== r) },
                            { opened: gap },
                          ),
                        )
                      }
                    >
                      <X size={16} aria-hidden="true" />
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <form
              className="row"
              style={{ alignItems: 'flex-end' }}
              onSubmit={(e) => {
                e.preventDefault();
                const t = remedy.trim();
                if (!t || gap.remedies.includes(t)) return;
                runAction('add the remedy', () =>
                  gapRepository
                    .update(gap.id, { remedies: [...gap.remedies, t] }, { opened: gap })
                    .then(() => setRemedy('')),
                );
              }}
            >
              <TextField
                className="grow"
                label="Add a remedy"
                value={remedy}
                maxLength={300}
                onChange={(e) => setRemedy(e.target.value)}
              />
              <button type="submit" className="btn">
                <Plus size={16} aria-hidden="true" /> Add
              </button>
            </form>
          </section>
          <section className="card" aria-labelledby="status-title">
            <h2 id="status-title" className="card-title">
              Status
            </h2>
            <ol className="status-history" aria-label="Status history">
              {gap.statusHistory.map((h, i) => (
                <li key={`${h.status}-${h.on}-${String(i)}`}>
                  <GapStatusBadge status={h.status} />{' '}
                  <span>
                    on <DayText day={h.on} />
                  </span>
                </li>
              ))}
            </ol>
            <div className="row" style={{ alignItems: 'flex-end' }}>
              <SelectField
                label="New status"
                value={nextStatus}
                onChange={(e) => setNextStatus(e.target.value as GapStatus)}
                options={gapStatuses.map((s) => ({ value: s, label: statusLabel[s] }))}
              />
              <TextField
                label="On"
                type="date"
                value={statusOn}
                max={today}
                onChange={(e) => setStatusOn(e.target.value)}
              />
              <button
                data-write
                type="button"
                className="btn btn-primary"
                onClick={() => runAction('change the status', () => changeStatus())}
              >
                Change status
              </button>
            </div>
            {statusError && (
              <Notice tone="danger" title="The status was not changed">
                {statusError}
              </Notice>
            )}
          </section>
          <section className="card" aria-labelledby="evidence-links-title">
            <h2 id="evidence-links-title" className="card-title">
              Linked evidence
            </h2>
            {gap.evidence.length === 0 ? (
              <p className="muted">No evidence linked.</p>
            ) : (
              <ul className="item-list" aria-label="Linked evidence">
                {gap.evidence.map((e) => (
                  <li key={e.id}>
                    <span>{describeEvidence(ws, e)}</span>
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      aria-label={`Unlink: ${describeEvidence(ws, e)}`}
                      onClick={() =>
                        runAction('remove the evidence', () =>
                          gapRepository.update(
                            gap.id,
                            { evidence: gap.evidence.filter((x) => x.id !== e.id) },
                            { opened: gap },
                          ),
                        )
                      }
                    >
                      <X size={16} aria-hidden="true" />
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {candidates.length > 0 && (
              <div className="row" style={{ alignItems: 'flex-end' }}>
                <SelectField
                  className="grow"
                  label="Link more evidence"
                  value={addEvidence}
                  onChange={(e) => setAddEvidence(e.target.value)}
                  options={[
                    { value: '', label: 'Choose a measure or coaching entry…' },
                    ...candidates.map((c) => ({ value: c.id, label: describeEvidence(ws, c) })),
                  ]}
                />
                <button
                  type="button"
                  className="btn"
                  disabled={!addEvidence}
                  onClick={() => {
                    const c = candidates.find((x) => x.id === addEvidence);
                    if (!c) return;
                    runAction('add the evidence', () =>
                      gapRepository
                        .update(gap.id, { evidence: [...gap.evidence, c] }, { opened: gap })
                        .then(() => setAddEvidence('')),
                    );
                  }}
                >
                  <Plus size={16} aria-hidden="true" /> Link
                </button>
              </div>
            )}
          </section>
        </div>
        <aside className="stack" aria-label="About this caseworker">
          <EvidencePanel evidence={evidence} standards={ws.settings} />
        </aside>
      </div>
    </>
  );
}
