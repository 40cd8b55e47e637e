// One cohort's wave plan: each wave's members with their mastery level and its reason, and the wave gate (ready when
// everyone is practicing, or opened by the coach with a recorded reason). Also the coaches, the tool brief and training.
import { saveHeadCoach } from './saveHeadCoach';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { Printer } from 'lucide-react';
import { fieldErrors, type Cohort } from '../../domain/model';
import { waveGates, type WaveGateStatus } from '../../domain/cohorts/waveGates';
import { cohortSchedule } from '../../domain/cohorts/cohortRoster';
import { sessionAttendance } from '../../domain/cohorts/trainingAttendance';
import { masteryLabel, type Mastery } from '../../domain/mastery/mastery';
import { masteryScorecard } from '../../domain/mastery/scorecard';
import { ScorecardGrid } from '../../ui/ScorecardGrid';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { coachChoices } from '../../domain/roster/pickerOptions';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { ToolBrief } from '../../ui/ToolBrief';
import { CohortTabs } from './CohortTabs';
import { waveTitle } from '../../domain/cohorts/waveTitle';
import { masteryTone } from '../../ui/tones';
import { formatDayOr } from '../../domain/format/format';
import type { CohortModel } from './useCohortModel';
import { cohortRepository } from '../../data/cohortRepository';
import { runAction } from '../../ui/runAction';

export function CohortDetailPage({
  model,
  cohort,
  mastery: masteryOf,
}: {
  model: CohortModel;
  cohort: Cohort;
  /** The members' mastery (read for them only). */
  mastery: ReadonlyMap<string, Mastery>;
}) {
  const [overriding, setOverriding] = useState<WaveGateStatus | null>(null);
  const gates = waveGates(cohort, (id) => masteryOf.get(id)?.level ?? 'not-started');
  const breaks = model.breaks.byCohort.get(cohort.id) ?? [];
  const schedule = cohortSchedule(cohort, model.trainingSessions);
  return (
    <>
      <PageHeader
        title={cohort.name}
        description={`${cohort.role || 'No role'} · ${cohort.members.length} members · wave plan and gates`}
        actions={
          <Link href={`/${cohort.id}/roster`} className="btn">
            <Printer size={16} aria-hidden="true" /> Roster to print or export
          </Link>
        }
      />
      <CohortTabs />
      <div className="stack">
        {breaks.length > 0 && (
          <Notice tone="warning" title="Rule breaks (allowed, but worth a look)">
            <ul className="plain-list">
              {breaks.map((b) => (
                <li key={b.message}>{b.message}</li>
              ))}
            </ul>
          </Notice>
        )}
        <section className="card" aria-labelledby="coaches-title">
          <h2 id="coaches-title">Coaches</h2>
          <div className="form-grid">
            <ComboBoxField
              label="Head coach"
              hint={<Link href="/coaches">Manage coaches</Link>}
              options={coachChoices(model.coaches)}
              value={cohort.headCoachId ?? ''}
              placeholder="Not chosen yet"
              onChange={(id) => saveHeadCoach(cohort.id, id, 'Head coach saved.')}
            />
            <SelectField
              label="Assistant coach"
              hint="Usually the highest-scoring cheerleader, coached first by the head coach."
              value={cohort.assistantCoachId ?? ''}
              onChange={(e) =>
                runAction('change the assistant coach', () =>
                  cohortRepository
                    .setAssistantCoach(cohort.id, e.target.value || null)
                    .then(() => showToast({ message: 'Assistant coach saved.' })),
                )
              }
              options={[
                { value: '', label: 'None yet' },
                ...cohort.members.map((m) => ({
                  value: m.caseworkerId,
                  label: model.person(m.caseworkerId)?.name ?? 'Not on the roster',
                })),
              ]}
            />
          </div>
        </section>
        {cohort.members.length > 0 && (
          <section className="card" aria-labelledby="scorecards-title">
            <h2 id="scorecards-title">Mastery scorecards</h2>
            <p className="small muted">
              Each member on the five parts of mastery, against the rules in Settings. Hover a cell for the
              figure, the rule and what is still needed; open a name for the full scorecard.
            </p>
            <ScorecardGrid
              caption={`Mastery scorecards of the members of ${cohort.name}`}
              rows={cohort.members.flatMap((m) => {
                const mastery = masteryOf.get(m.caseworkerId);
                return mastery
                  ? [
                      {
                        id: m.caseworkerId,
                        name: model.person(m.caseworkerId)?.name ?? 'Not on the roster',
                        group: `Wave ${m.wave}`,
                        card: masteryScorecard(mastery, model.settings.mastery),
                      },
                    ]
                  : [];
              })}
            />
          </section>
        )}
        <section aria-labelledby="plan-title" className="stack">
          <h2 id="plan-title">Wave plan</h2>
          {gates.length === 0 && <p className="muted">This cohort has no members yet.</p>}
          {gates.map((gate) => (
            <section key={gate.wave} className="card" aria-labelledby={`gate-${gate.wave}`}>
              <div className="card-title">
                <h3 id={`gate-${gate.wave}`}>{waveTitle[gate.wave]}</h3>
                <Badge tone={gate.ready ? 'success' : gate.open ? 'accent' : 'warning'}>
                  {gate.ready
                    ? 'Gate open: ready to hand over'
                    : gate.open
                      ? 'Gate opened by the coach'
                      : 'Gate closed'}
                </Badge>
              </div>
              <p className="small">{gate.explanation}</p>
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">Members of wave {gate.wave} and their mastery</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Unit</th>
                      <th scope="col">Mastery</th>
                      <th scope="col">Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    {gate.memberIds.map((id) => {
                      const m = masteryOf.get(id);
                      const p = model.person(id);
                      return (
                        <tr key={id}>
                          <td>{p?.name ?? 'Not on the roster'}</td>
                          <td>{model.unitName(p?.unitId ?? null)}</td>
                          <td>{m && <Badge tone={masteryTone[m.level]}>{masteryLabel[m.level]}</Badge>}</td>
                          <td className="small">{m?.reason}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {!gate.open && (
                <div className="row" style={{ marginTop: 12 }}>
                  <button type="button" className="btn" onClick={() => setOverriding(gate)}>
                    Override the gate for wave {gate.wave}
                  </button>
                </div>
              )}
            </section>
          ))}
        </section>
        <div className="grid-2">
          <section className="card" aria-labelledby="training-title">
            <h2 id="training-title">Training</h2>
            {schedule.length === 0 ? (
              <p className="muted">
                No training sessions yet. <Link href="/training">Plan one</Link>.
              </p>
            ) : (
              <ul className="plain-list">
                {schedule.map((s) => {
                  const attendance = sessionAttendance(s, model.cohorts, cohort);
                  return (
                    <li key={s.id}>
                      <strong>{formatDayOr(s.date)}</strong> · {s.topic}{' '}
                      <span className="muted small">
                        ({s.wave ? `wave ${s.wave}` : 'all waves'}; attended from this cohort:{' '}
                        {attendance.text})
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="brief-title">
            <h2 id="brief-title">Tool brief{model.rollout ? `: ${model.rollout.name}` : ''}</h2>
            {model.rollout ? (
              <ToolBrief rollout={model.rollout} compact />
            ) : (
              <p className="muted">No current rollout.</p>
            )}
          </section>
        </div>
      </div>
      <Dialog
        title={overriding ? `Override the gate for wave ${overriding.wave}` : 'Override a gate'}
        open={overriding !== null}
        onClose={() => setOverriding(null)}
      >
        {overriding && (
          <OverrideForm
            cohort={cohort}
            gate={overriding}
            defaultBy={cohort.headCoachId ? model.coachName(cohort.headCoachId) : ''}
            today={model.today}
            onDone={() => setOverriding(null)}
          />
        )}
      </Dialog>
    </>
  );
}

function OverrideForm({
  cohort,
  gate,
  defaultBy,
  today,
  onDone,
}: {
  cohort: Cohort;
  gate: WaveGateStatus;
  defaultBy: string;
  today: string;
  onDone: () => void;
}) {
  const [by, setBy] = useState(defaultBy);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!by.trim()) missing.by = 'Say who opened the gate';
    if (!reason.trim()) missing.reason = 'A reason is required to override a gate';
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      await cohortRepository.overrideWaveGate(cohort.id, {
        wave: gate.wave,
        overriddenOn: today,
        by,
        reason,
      });
      showToast({ message: `Wave ${gate.wave} gate opened; the reason is recorded.` });
      onDone();
    } catch (error) {
      setErrors({ '': Object.values(fieldErrors(error))[0] ?? 'Could not save the override.' });
    }
  }
  return (
    <form className="form" onSubmit={(e) => runAction('save the gate override', () => submit(e))} noValidate>
      <p className="small">{gate.explanation}</p>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <TextField
        label="Opened by"
        required
        value={by}
        error={errors.by}
        onChange={(e) => setBy(e.target.value)}
      />
      <TextAreaField
        label="Reason"
        required
        hint="Why this wave can hand over before everyone is practicing."
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="form-footer">
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          Open the gate
        </button>
      </div>
    </form>
  );
}
