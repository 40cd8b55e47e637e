// Training sessions of the current rollout: plan a session (date, topic, trainer, for which cohort and wave) and take
// attendance grouped by cohort and wave. The tool brief sits beside it, since training is where people learn it.
import { useState, type FormEvent } from 'react';
import { ClipboardCheck, Plus, Trash2 } from 'lucide-react';
import { fieldErrors, type TrainingSession } from '../../domain/model';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { sessionAttendance } from '../../domain/cohorts/trainingAttendance';
import { ToolBrief } from '../../ui/ToolBrief';
import { formatDayOr } from '../../domain/format/format';
import type { CohortModel } from './useCohortModel';
import { trainingRepository } from '../../data/cohortRepository';
import { runAction } from '../../ui/runAction';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';

const SESSIONS_PAGE = 50;

export function TrainingPage({ model }: { model: CohortModel }) {
  const [adding, setAdding] = useState(false);
  const [attending, setAttending] = useState<TrainingSession | null>(null);
  // An agency plans a session per cohort: hundreds of rows, drawn 50 at a time (the place kept across edits).
  const sessions = usePaged(model.trainingSessions, SESSIONS_PAGE, model.rollout?.id);
  const rollout = model.rollout;
  const forWhom = (s: TrainingSession) =>
    `${s.cohortId ? (model.cohorts.find((c) => c.id === s.cohortId)?.name ?? 'a cohort in Trash') : 'All cohorts'}, ${s.wave ? `wave ${s.wave}` : 'all waves'}`;

  async function remove(s: TrainingSession) {
    await trainingRepository.remove(s.id);
    showToast({
      message: `${s.topic} moved to Trash.`,
      action: {
        label: 'Undo',
        run: () => runAction('restore the training session', () => trainingRepository.restore(s.id)),
      },
    });
  }

  if (!rollout) return null;
  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          <Plus size={16} aria-hidden="true" /> Add training session
        </button>
      </div>
      {model.trainingSessions.length === 0 ? (
        <div className="card">
          <EmptyState title="No training sessions yet">
            Plan the first session for wave 1: the assistant coaches learn the tool first.
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>
              {model.trainingSessions.length} sessions for {rollout.name}, oldest first.
              {sessions.remaining > 0 && ` The first ${String(sessions.shown)} are listed.`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Topic</th>
                <th scope="col">Trainer</th>
                <th scope="col">For</th>
                <th scope="col" className="num">
                  Attended
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.rows.map((s) => (
                <tr key={s.id}>
                  <td>{formatDayOr(s.date)}</td>
                  <td>{s.topic}</td>
                  <td>{s.trainer || <span className="muted">Not set</span>}</td>
                  <td>{forWhom(s)}</td>
                  <td className="num">{sessionAttendance(s, model.cohorts).text}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => setAttending(s)}
                        aria-label={`Take attendance for ${s.topic} on ${formatDayOr(s.date)}`}
                      >
                        <ClipboardCheck size={14} aria-hidden="true" /> Attendance
                      </button>
                      <button
                        data-write
                        type="button"
                        className="btn btn-small btn-danger"
                        onClick={() => runAction('move the training session to Trash', () => remove(s))}
                        aria-label={`Delete ${s.topic} on ${formatDayOr(s.date)}`}
                      >
                        <Trash2 size={14} aria-hidden="true" /> Delete
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMore page={sessions} onMore={sessions.showMore} ofRemaining />
        </div>
      )}
      <section className="card" aria-labelledby="training-brief">
        <h2 id="training-brief">Tool brief: {rollout.name}</h2>
        <p className="small muted">Cover these four answers in every session.</p>
        <ToolBrief rollout={rollout} />
      </section>
      <Dialog title="Add a training session" open={adding} onClose={() => setAdding(false)}>
        {adding && <SessionForm model={model} onDone={() => setAdding(false)} />}
      </Dialog>
      <Dialog
        wide
        title={attending ? `Attendance: ${attending.topic}` : 'Attendance'}
        open={attending !== null}
        onClose={() => setAttending(null)}
      >
        {attending && <AttendanceForm model={model} session={attending} onDone={() => setAttending(null)} />}
      </Dialog>
    </div>
  );
}

function SessionForm({ model, onDone }: { model: CohortModel; onDone: () => void }) {
  const [values, setValues] = useState({
    date: model.today,
    topic: '',
    trainer: '',
    cohortId: '',
    wave: '1',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await trainingRepository.create({
        rolloutId: model.rollout?.id ?? '',
        date: values.date,
        topic: values.topic,
        trainer: values.trainer,
        cohortId: values.cohortId || null,
        wave: values.wave ? Number(values.wave) : null,
        attendeeIds: [],
      });
      showToast({ message: `${saved.topic} added. Take attendance when it has happened.` });
      onDone();
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }
  return (
    <form
      className="form"
      onSubmit={(e) => runAction('save the training session', () => submit(e))}
      noValidate
    >
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <TextField
        label="Date"
        type="date"
        required
        value={values.date}
        error={errors.date}
        onChange={(e) => setValues({ ...values, date: e.target.value })}
      />
      <TextField
        label="Topic"
        required
        autoFocus
        value={values.topic}
        error={errors.topic}
        onChange={(e) => setValues({ ...values, topic: e.target.value })}
      />
      <TextField
        label="Trainer"
        value={values.trainer}
        error={errors.trainer}
        onChange={(e) => setValues({ ...values, trainer: e.target.value })}
      />
      <SelectField
        label="For cohort"
        value={values.cohortId}
        onChange={(e) => setValues({ ...values, cohortId: e.target.value })}
        options={[
          { value: '', label: 'All cohorts' },
          ...model.cohorts.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <SelectField
        label="For wave"
        value={values.wave}
        onChange={(e) => setValues({ ...values, wave: e.target.value })}
        options={[
          { value: '', label: 'All waves' },
          ...[1, 2, 3, 4].map((w) => ({ value: String(w), label: `Wave ${w}` })),
        ]}
      />
      <div className="form-footer">
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          Add session
        </button>
      </div>
    </form>
  );
}

function AttendanceForm({
  model,
  session,
  onDone,
}: {
  model: CohortModel;
  session: TrainingSession;
  onDone: () => void;
}) {
  const [present, setPresent] = useState(() => new Set(session.attendeeIds));
  const { expected, catchingUp: extra } = sessionAttendance(session, model.cohorts);
  const groups = new Map<string, string[]>();
  for (const e of expected) {
    const key = `${e.cohort} · wave ${e.wave}`;
    groups.set(key, [...(groups.get(key) ?? []), e.id]);
  }
  if (extra.length) groups.set('Also attended (catching up)', extra);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(present);
    if (on) next.add(id);
    else next.delete(id);
    setPresent(next);
  };
  async function save() {
    await trainingRepository.setAttendance(session.id, [...present]);
    showToast({ message: `Attendance saved: ${present.size} present.` });
    onDone();
  }
  return (
    <div className="stack">
      <p className="small muted">
        {formatDayOr(session.date)} · {session.trainer || 'trainer not set'}. Tick who was there.
      </p>
      {groups.size === 0 && <p className="muted">No cohort member is expected at this session.</p>}
      <div className="attendance-groups">
        {[...groups].map(([title, ids]) => (
          <fieldset key={title} className="attendance-group">
            <legend>{title}</legend>
            {ids.map((id) => (
              <CheckboxField
                key={id}
                label={model.person(id)?.name ?? 'Not on the roster'}
                checked={present.has(id)}
                onChange={(e) => toggle(id, e.target.checked)}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <div className="form-footer">
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => runAction('save the attendance', () => save())}
        >
          Save attendance
        </button>
      </div>
    </div>
  );
}
