// Create or edit a rollout and its tool brief: where the tool is, how it works, its limits, how it compares.
import { useState, type FormEvent } from 'react';
import { briefQuestions, fieldErrors, type Rollout } from '../../domain/model';
import { rolloutRepository } from '../../data/rolloutRepository';
import { TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { runAction } from '../../ui/runAction';

export function RolloutForm({
  existing,
  onDone,
}: {
  existing: Rollout | null;
  onDone: (saved: Rollout | null) => void;
}) {
  // The record as the form opened it: saving checks it against changes made elsewhere (another window) since.
  const [opened] = useState(existing);
  const [values, setValues] = useState({
    name: existing?.name ?? '',
    description: existing?.description ?? '',
    startDate: existing?.startDate ?? '',
    targetDate: existing?.targetDate ?? '',
    brief: existing?.brief ?? { where: '', how: '', limits: '', comparison: '' },
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { ...values, startDate: values.startDate || null, targetDate: values.targetDate || null };
    try {
      onDone(
        opened
          ? await rolloutRepository.update(opened.id, input, { opened })
          : await rolloutRepository.create(input),
      );
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }

  return (
    <form className="form" onSubmit={(e) => runAction('save the rollout', () => submit(e))} noValidate>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <div className="form-grid">
        <TextField
          label="Name of the technology"
          required
          autoFocus
          value={values.name}
          error={errors.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
        />
        <TextField
          label="Start date"
          type="date"
          value={values.startDate}
          error={errors.startDate}
          onChange={(e) => setValues({ ...values, startDate: e.target.value })}
        />
        <TextField
          label="Target date"
          type="date"
          hint="When everyone should be using it."
          value={values.targetDate}
          error={errors.targetDate}
          onChange={(e) => setValues({ ...values, targetDate: e.target.value })}
        />
      </div>
      <TextAreaField
        label="Description"
        value={values.description}
        error={errors.description}
        onChange={(e) => setValues({ ...values, description: e.target.value })}
      />
      <fieldset>
        <legend>Tool brief</legend>
        <p className="small muted">
          People must understand the tool up front. Coaches see this brief on the cohort and training screens.
        </p>
        <div className="form-grid">
          {briefQuestions.map((q) => (
            <TextAreaField
              key={q.key}
              label={q.label}
              hint={q.hint}
              value={values.brief[q.key]}
              error={errors.brief}
              onChange={(e) => setValues({ ...values, brief: { ...values.brief, [q.key]: e.target.value } })}
            />
          ))}
        </div>
      </fieldset>
      <div className="form-footer">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          {existing ? 'Save changes' : 'Add rollout'}
        </button>
      </div>
    </form>
  );
}
