// Coaches: the people who can lead a cohort as head coach, with their expertise.
import { useState, type FormEvent } from 'react';
import { Plus } from 'lucide-react';
import { fieldErrors, type Coach } from '../../domain/model';
import { coachRepository } from '../../data/coachRepository';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import type { CohortModel } from './useCohortModel';
import { RowActions } from '../../ui/RowActions';
import { runAction } from '../../ui/runAction';

function CoachForm({ existing, onDone }: { existing: Coach | null; onDone: () => void }) {
  // The record as the form opened it: saving checks it against changes made elsewhere (another window) since.
  const [opened] = useState(existing);
  const [values, setValues] = useState({ name: existing?.name ?? '', expertise: existing?.expertise ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = opened
        ? await coachRepository.update(opened.id, values, { opened })
        : await coachRepository.create(values);
      showToast({ message: `${saved.name} saved.` });
      onDone();
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }
  return (
    <form className="form" onSubmit={(e) => runAction('save the coach', () => submit(e))} noValidate>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <TextField
        label="Name"
        required
        autoFocus
        value={values.name}
        error={errors.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
      />
      <TextAreaField
        label="Expertise"
        hint="In the tool and in the job: a head coach is expert in both, encouraging, and from inside the agency."
        value={values.expertise}
        error={errors.expertise}
        onChange={(e) => setValues({ ...values, expertise: e.target.value })}
      />
      <div className="form-footer">
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          {existing ? 'Save changes' : 'Add coach'}
        </button>
      </div>
    </form>
  );
}

export function CoachesPage({ model }: { model: CohortModel }) {
  const [editing, setEditing] = useState<{ coach: Coach | null } | null>(null);
  const leads = (id: string) => model.cohorts.filter((c) => c.headCoachId === id).map((c) => c.name);
  async function remove(c: Coach) {
    await coachRepository.remove(c.id);
    showToast({
      message: `${c.name} moved to Trash.`,
      action: {
        label: 'Undo',
        run: () => runAction('restore the coach', () => coachRepository.restore(c.id)),
      },
    });
  }
  return (
    <div className="stack">
      <div className="row">
        <button
          data-write
          type="button"
          className="btn btn-primary"
          onClick={() => setEditing({ coach: null })}
        >
          <Plus size={16} aria-hidden="true" /> Add coach
        </button>
      </div>
      {model.coaches.length === 0 ? (
        <div className="card">
          <EmptyState title="No coaches yet">
            Add the people who will lead cohorts as head coaches.
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>{model.coaches.length} coaches</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Expertise</th>
                <th scope="col">Head coach of</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {model.coaches.map((c) => (
                <tr key={c.id}>
                  <td>
                    <strong>{c.name}</strong>
                  </td>
                  <td className="small">{c.expertise || <span className="muted">Not set</span>}</td>
                  <td>{leads(c.id).join(', ') || <span className="muted">No cohort</span>}</td>
                  <td>
                    <RowActions
                      name={c.name}
                      onEdit={() => setEditing({ coach: c })}
                      onDelete={() => runAction('move the coach to Trash', () => remove(c))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        title={editing?.coach ? `Edit ${editing.coach.name}` : 'Add a coach'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && <CoachForm existing={editing.coach} onDone={() => setEditing(null)} />}
      </Dialog>
    </div>
  );
}
