// Edits a rubric's name, purpose and criteria with a description for each of the four levels.
import { useState, type FormEvent } from 'react';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { rubricLevelNames } from '../../domain/coaching/defaultRubrics';
import type { RubricDraft } from '../../domain/coaching/rubricVersioning';
import { fieldErrors, type Rubric } from '../../domain/model';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { rubricRepository } from '../../data/rubricRepository';
import { runAction } from '../../ui/runAction';

interface Props {
  existing: Rubric | null;
  rated: number;
  onDone: () => void;
}

export function RubricEditor({ existing, rated, onDone }: Props) {
  // The rubric as the editor opened it: an edit in place checks it against changes made elsewhere since.
  const [opened] = useState(existing);
  const [draft, setDraft] = useState<RubricDraft>(() => ({
    name: existing?.name ?? '',
    purpose: existing?.purpose ?? 'other',
    criteria: existing
      ? existing.criteria.map((c) => ({ ...c, descriptors: [...c.descriptors] }))
      : [{ id: crypto.randomUUID(), name: '', descriptors: ['', '', '', ''] }],
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setCriterion = (i: number, p: Partial<RubricDraft['criteria'][number]>) =>
    setDraft((d) => ({ ...d, criteria: d.criteria.map((c, j) => (j === i ? { ...c, ...p } : c)) }));
  const move = (i: number, by: number) =>
    setDraft((d) => {
      const criteria = [...d.criteria];
      const [c] = criteria.splice(i, 1);
      if (c) criteria.splice(i + by, 0, c);
      return { ...d, criteria };
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      if (!existing) {
        const created = await rubricRepository.createFromDraft(draft);
        showToast({ message: `${created.name} added.` });
      } else {
        const { plan, rubric } = await rubricRepository.saveEdit(existing.id, draft, opened ?? undefined);
        showToast({
          message:
            plan.mode === 'new-version'
              ? `Saved as version ${String(rubric.version)}. The ${String(rated)} entries rated on version ${String(existing.version)} keep it.`
              : plan.mode === 'in-place'
                ? `${rubric.name} saved.`
                : 'Nothing was changed.',
        });
      }
      onDone();
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }

  const errorList = Object.values(errors);
  return (
    <form className="form" onSubmit={(e) => runAction('save the rubric', () => submit(e))} noValidate>
      {existing && rated > 0 && (
        <Notice tone="info">
          {rated} entries were rated on this version. Saving changes creates version {existing.version + 1};
          those entries keep version {existing.version}.
        </Notice>
      )}
      {errorList.length > 0 && (
        <Notice tone="danger" title="The rubric was not saved">
          <ul>
            {errorList.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Notice>
      )}
      <div className="form-grid">
        <TextField
          label="Rubric name"
          required
          value={draft.name}
          onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
          error={errors.name}
        />
        <SelectField
          label="Purpose"
          value={draft.purpose}
          onChange={(e) => setDraft((d) => ({ ...d, purpose: e.target.value as Rubric['purpose'] }))}
          options={[
            { value: 'visit-quality', label: 'Face-to-face visit quality' },
            { value: 'tool-use', label: 'Use of the new tool' },
            { value: 'other', label: 'Other' },
          ]}
        />
      </div>
      {draft.criteria.map((c, i) => {
        const n = String(i + 1);
        return (
          <fieldset className="criterion-editor" key={c.id}>
            <legend>Criterion {n}</legend>
            <div className="row" style={{ alignItems: 'flex-end' }}>
              <TextField
                className="grow"
                label={`Criterion ${n} name`}
                value={c.name}
                onChange={(e) => setCriterion(i, { name: e.target.value })}
                error={errors[`criteria.${String(i)}.name`]}
              />
              <button
                type="button"
                className="btn btn-small btn-ghost"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Move criterion ${n} up`}
              >
                <ArrowUp size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                disabled={i === draft.criteria.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Move criterion ${n} down`}
              >
                <ArrowDown size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                onClick={() => setDraft((d) => ({ ...d, criteria: d.criteria.filter((_, j) => j !== i) }))}
                aria-label={`Remove criterion ${n}`}
              >
                <Trash2 size={14} aria-hidden="true" />
              </button>
            </div>
            <div className="grid-2">
              {c.descriptors.map((d, level) => (
                <TextAreaField
                  key={level}
                  label={`Criterion ${n}, level ${String(level + 1)} (${rubricLevelNames[level] ?? ''})`}
                  rows={2}
                  value={d}
                  onChange={(e) => {
                    const descriptors = [...c.descriptors] as RubricDraft['criteria'][number]['descriptors'];
                    descriptors[level] = e.target.value;
                    setCriterion(i, { descriptors });
                  }}
                  error={errors[`criteria.${String(i)}.descriptors.${String(level)}`]}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      <div>
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            setDraft((d) => ({
              ...d,
              criteria: [...d.criteria, { id: crypto.randomUUID(), name: '', descriptors: ['', '', '', ''] }],
            }))
          }
        >
          <Plus size={14} aria-hidden="true" /> Add criterion
        </button>
      </div>
      <div className="form-footer">
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          {existing && rated > 0 ? 'Save as new version' : 'Save rubric'}
        </button>
      </div>
    </form>
  );
}
