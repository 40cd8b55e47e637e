// The coaching entry form: the visit, the ride-along's prep and debrief, rubric ratings, the seven-element note,
// action items and flags. Autosaved as a draft; bad input is named next to its field and nothing typed is lost.
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { Plus, Trash2 } from 'lucide-react';
import { coachingKinds, fieldErrors, renegadeKinds, type CoachingEntry } from '../../domain/model';
import { coachingKindLabel, noteElements, renegadeLabel } from '../../domain/coaching/coachingLabels';
import { rubricLevelNames } from '../../domain/coaching/defaultRubrics';
import {
  checkEntryForm,
  entryFormValuesSchema,
  summarizeIssues,
  type EntryFormValues,
} from '../../domain/coaching/entryForm';
import { missingParts, rideAlongPartLabel } from '../../domain/coaching/rideAlongs';
import { latestRubricVersions } from '../../domain/coaching/rubricVersioning';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { Badge } from '../../ui/Badge';
import { caseworkerChoices, coachChoices, ownerChoices } from '../../domain/roster/pickerOptions';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import type { CoachingLookups } from './useCoaching';
import { useDraft } from '../shared/useDraft';
import { settingsRepository } from '../../data/settingsRepository';
import { glossary } from '../../domain/glossary';
import { runAction } from '../../ui/runAction';
import { formatInstant } from '../../domain/format/format';
import { formatDay } from '../../domain/format/format';

interface Props {
  existing: CoachingEntry | null;
  initial: EntryFormValues;
  lookups: CoachingLookups;
  focusSkills: string[];
  /** Runs after a save, e.g. to link a planned visit to the entry that now holds its prep. */
  onSaved?: (entry: CoachingEntry) => Promise<void>;
}

export function EntryForm({ existing, initial, lookups, focusSkills, onSaved }: Props) {
  const [, navigate] = useLocation();
  const draftKey = `coaching-entry:${existing?.id ?? 'new'}`;
  // The entry as the form opened it: saving checks it against changes made elsewhere (another window) since.
  const [opened] = useState(existing);
  const draft = useDraft(draftKey, entryFormValuesSchema);
  const [values, setValues] = useState<EntryFormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [newSkill, setNewSkill] = useState('');

  const update = (next: EntryFormValues) => {
    setValues(next);
    draft.save(next);
  };
  const patch = (p: Partial<EntryFormValues>) => update({ ...values, ...p });

  const rubricOptions = useMemo(() => {
    const latest = latestRubricVersions(lookups.rubrics);
    const current = lookups.rubrics.find((r) => r.id === values.rubricId);
    const list = current && !latest.some((r) => r.id === current.id) ? [...latest, current] : latest;
    return list.map((r) => ({
      value: r.id,
      label: latest.some((l) => l.id === r.id)
        ? r.name
        : `${r.name} (version ${String(r.version)}, as rated)`,
    }));
  }, [lookups.rubrics, values.rubricId]);
  const rubric = lookups.rubrics.find((r) => r.id === values.rubricId) ?? null;
  const people = useMemo(
    () => caseworkerChoices(lookups.caseworkers, lookups.units, [initial.caseworkerId]),
    [lookups.caseworkers, lookups.units, initial.caseworkerId],
  );
  const coaches = useMemo(() => coachChoices(lookups.coaches), [lookups.coaches]);
  const owners = useMemo(
    () =>
      ownerChoices(
        lookups.coaches,
        lookups.caseworkers,
        lookups.units,
        initial.actionItems.map((a) => a.ownerId).filter(Boolean),
      ),
    [lookups.coaches, lookups.caseworkers, lookups.units, initial.actionItems],
  );
  const isRideAlong = values.kind === 'ride-along';
  const skills =
    values.focusSkill && !focusSkills.includes(values.focusSkill)
      ? [...focusSkills, values.focusSkill]
      : focusSkills;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkEntryForm(values, rubric);
    if (!check.ok) {
      setErrors(Object.fromEntries(check.issues.map((i) => [i.field, i.message])));
      setProblems(check.issues.map((i) => i.message));
      await draft.saveNow(values);
      return;
    }
    setSaving(true);
    try {
      draft.cancel();
      const saved = await coachingEntryRepository.save(check.input, { opened, draftKey });
      await onSaved?.(saved);
      showToast({
        message: `${coachingKindLabel[saved.kind]} with ${lookups.caseworkerName(saved.caseworkerId)} saved.`,
      });
      navigate('/');
    } catch (error) {
      const found = fieldErrors(error);
      setErrors(found);
      setProblems(Object.values(found));
      await draft.saveNow(values);
    } finally {
      setSaving(false);
    }
  }

  async function addSkill() {
    const skill = newSkill.trim();
    if (!skill) return;
    if (!focusSkills.some((s) => s.toLocaleLowerCase() === skill.toLocaleLowerCase()))
      await settingsRepository.save({ focusSkills: [...focusSkills, skill] });
    setNewSkill('');
    patch({ focusSkill: skill });
  }

  async function remove() {
    if (!existing) return;
    draft.cancel();
    await coachingEntryRepository.remove(existing.id);
    showToast({
      message: 'Entry moved to Trash.',
      action: {
        label: 'Undo',
        run: () =>
          runAction('restore the coaching entry', () => coachingEntryRepository.restore(existing.id)),
      },
    });
    navigate('/');
  }

  const setItem = (i: number, p: Partial<EntryFormValues['actionItems'][number]>) =>
    patch({ actionItems: values.actionItems.map((a, j) => (j === i ? { ...a, ...p } : a)) });

  const actionItems = (
    <div className="stack">
      <h3 className="small-heading">Action items</h3>
      {values.actionItems.length === 0 && <p className="muted small">No action items yet.</p>}
      {values.actionItems.map((item, i) => {
        const n = String(i + 1);
        return (
          <div className="action-item" key={item.id}>
            <TextField
              label={`Action item ${n}`}
              value={item.text}
              onChange={(e) => setItem(i, { text: e.target.value })}
              error={errors[`actionItems.${String(i)}.text`]}
            />
            <ComboBoxField
              label={`Owner of item ${n}`}
              options={owners}
              value={item.ownerId}
              // Choosing a person replaces a name typed on an older entry.
              onChange={(id) => setItem(i, { ownerId: id, owner: id ? '' : item.owner })}
              hint={!item.ownerId && item.owner ? `Written before: ${item.owner}` : undefined}
              placeholder="A coach or a caseworker"
            />
            <DateField
              label={`Due date of item ${n}`}
              value={item.dueDate}
              // A new due date deserves a new reminder.
              onChange={(date) => setItem(i, { dueDate: date, notifiedAt: null })}
              error={errors[`actionItems.${String(i)}.dueDate`]}
            />
            <CheckboxField
              label={`Item ${n} done`}
              checked={item.done}
              onChange={(e) => setItem(i, { done: e.target.checked })}
            />
            <button
              type="button"
              className="btn btn-small btn-ghost"
              aria-label={`Remove action item ${n}`}
              onClick={() => patch({ actionItems: values.actionItems.filter((_, j) => j !== i) })}
            >
              <Trash2 size={14} aria-hidden="true" />
            </button>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            patch({
              actionItems: [
                ...values.actionItems,
                {
                  id: crypto.randomUUID(),
                  text: '',
                  ownerId: '',
                  owner: '',
                  dueDate: '',
                  done: false,
                  notifiedAt: null,
                },
              ],
            })
          }
        >
          <Plus size={14} aria-hidden="true" /> Add action item
        </button>
      </div>
    </div>
  );

  const partsMissing =
    isRideAlong && existing ? missingParts(existing).filter((p) => p !== 'observation') : [];

  return (
    <>
      <PageHeader
        title={existing ? 'Edit coaching entry' : 'New coaching entry'}
        description={
          existing
            ? `${coachingKindLabel[existing.kind]} with ${lookups.caseworkerName(existing.caseworkerId)} on ${formatDay(existing.date)}.`
            : 'Your entry is saved as a draft while you type, so nothing is lost if the window closes.'
        }
        actions={
          existing && (
            <Link href={`~/caseworkers/${existing.caseworkerId}`} className="btn">
              Timeline of {lookups.caseworkerName(existing.caseworkerId)}
            </Link>
          )
        }
      />
      {draft.offer && (
        <div className="notice notice-info" role="status">
          <div className="row" style={{ width: '100%', flexWrap: 'wrap' }}>
            <span>You have an unsaved entry from {formatInstant(draft.offer.savedAt)}.</span>
            <span className="spacer" />
            <button
              type="button"
              className="btn btn-small btn-primary"
              onClick={() => {
                const resumed = draft.resume();
                if (resumed) setValues(resumed);
              }}
            >
              Resume your unsaved entry
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => runAction('discard the draft', () => draft.discard())}
            >
              Discard it
            </button>
          </div>
        </div>
      )}
      {partsMissing.length > 0 && (
        <Notice tone="warning" title="This ride-along is incomplete">
          Missing: {partsMissing.map((p) => rideAlongPartLabel[p].toLowerCase()).join(' and ')}. Fill it in
          below when you can.
        </Notice>
      )}
      <form
        className="form entry-form"
        onSubmit={(e) => runAction('save the coaching entry', () => submit(e))}
        noValidate
        aria-label="Coaching entry"
      >
        {problems.length > 0 && (
          <Notice tone="danger" title={summarizeIssues(problems.map((m) => ({ field: '', message: m })))}>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            Your entry is kept as a draft until you save it.
          </Notice>
        )}
        <fieldset className="entry-section">
          <legend>The visit</legend>
          <div className="form-grid">
            <SelectField
              label="Kind"
              required
              value={values.kind}
              onChange={(e) => patch({ kind: e.target.value as EntryFormValues['kind'] })}
              error={errors.kind}
              options={[
                { value: '', label: 'Choose…' },
                ...coachingKinds.map((k) => ({ value: k, label: coachingKindLabel[k] })),
              ]}
            />
            <ComboBoxField
              label="Caseworker"
              required
              options={people}
              value={values.caseworkerId}
              onChange={(id) => patch({ caseworkerId: id })}
              error={errors.caseworkerId}
              placeholder="Type a name"
            />
            <ComboBoxField
              label="Coach"
              options={coaches}
              value={values.coachId}
              onChange={(id) => patch({ coachId: id })}
              placeholder="Not named"
              hint="Leave empty when no coach is named."
            />
            <DateField
              label="Date"
              required
              value={values.date}
              onChange={(date) => patch({ date })}
              error={errors.date}
            />
            <SelectField
              label="Focus skill"
              value={values.focusSkill}
              onChange={(e) => patch({ focusSkill: e.target.value })}
              options={[{ value: '', label: 'None' }, ...skills.map((s) => ({ value: s, label: s }))]}
            />
            <div className="add-skill">
              <TextField
                className="grow"
                label="Add a focus skill"
                value={newSkill}
                onChange={(e) => setNewSkill(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    runAction('add the skill', () => addSkill());
                  }
                }}
              />
              <button
                type="button"
                className="btn"
                onClick={() => runAction('add the skill', () => addSkill())}
                disabled={!newSkill.trim()}
              >
                Add to list
              </button>
            </div>
          </div>
        </fieldset>

        {isRideAlong && (
          <fieldset className="entry-section">
            <legend>Part 1: Prep before leaving the office</legend>
            <p className="section-hint small muted">Agree on the plan for the visit before you go.</p>
            {errors.prep && (
              <p className="error-text" role="alert">
                {errors.prep}
              </p>
            )}
            <div className="grid-3">
              <TextAreaField
                label="Goals for the visit"
                rows={3}
                value={values.prep.goals}
                onChange={(e) => patch({ prep: { ...values.prep, goals: e.target.value } })}
              />
              <TextAreaField
                label="Information to gather"
                rows={3}
                value={values.prep.infoToGather}
                onChange={(e) => patch({ prep: { ...values.prep, infoToGather: e.target.value } })}
              />
              <TextAreaField
                label="How the tool will be used"
                rows={3}
                value={values.prep.toolPlan}
                onChange={(e) => patch({ prep: { ...values.prep, toolPlan: e.target.value } })}
              />
            </div>
          </fieldset>
        )}

        <fieldset className="entry-section">
          <legend>{isRideAlong ? 'Part 2: The observation' : 'Note'}</legend>
          <p className="section-hint small muted">
            The seven elements of a good case note. Write only what applies.
          </p>
          <div className="grid-2">
            {noteElements.map((el) => (
              <TextAreaField
                key={el.key}
                label={el.label}
                hint={el.hint}
                rows={3}
                value={values.note[el.key]}
                onChange={(e) => patch({ note: { ...values.note, [el.key]: e.target.value } })}
              />
            ))}
          </div>
        </fieldset>

        <fieldset className="entry-section">
          <legend>Rubric ratings</legend>
          <SelectField
            label="Rubric"
            value={values.rubricId}
            onChange={(e) => patch({ rubricId: e.target.value, ratings: {} })}
            hint={
              lookups.rubrics.length === 0 ? (
                <>
                  No rubrics yet. <Link href="/rubrics">Add the default rubrics</Link>.
                </>
              ) : (
                'Rate each criterion from 1 (beginning) to 4 (exemplary). Leave a criterion unrated if you did not see it.'
              )
            }
            options={[{ value: '', label: 'No rubric' }, ...rubricOptions]}
          />
          {rubric &&
            rubric.criteria.map((c) => (
              <fieldset
                className="rating-group"
                key={c.id}
                aria-describedby={errors[`ratings.${c.id}`] ? `err-${c.id}` : undefined}
              >
                <legend>{c.name}</legend>
                <div className="rating-options">
                  {c.descriptors.map((d, level) => (
                    <label className="rating-option" key={level}>
                      <input
                        type="radio"
                        name={`rating-${c.id}`}
                        value={String(level + 1)}
                        checked={values.ratings[c.id] === String(level + 1)}
                        onChange={() => patch({ ratings: { ...values.ratings, [c.id]: String(level + 1) } })}
                      />
                      <span>
                        <strong>
                          {level + 1} {rubricLevelNames[level]}
                        </strong>
                        <br />
                        {d}
                      </span>
                    </label>
                  ))}
                </div>
                {values.ratings[c.id] && (
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => {
                      const next = { ...values.ratings };
                      delete next[c.id];
                      patch({ ratings: next });
                    }}
                  >
                    Clear rating for {c.name}
                  </button>
                )}
                {errors[`ratings.${c.id}`] && (
                  <p className="error-text" id={`err-${c.id}`}>
                    {errors[`ratings.${c.id}`]}
                  </p>
                )}
              </fieldset>
            ))}
        </fieldset>

        <fieldset className="entry-section">
          <legend>Strengths and growth areas</legend>
          <div className="grid-2">
            <TextAreaField
              label="Strengths"
              rows={3}
              value={values.strengths}
              onChange={(e) => patch({ strengths: e.target.value })}
            />
            <TextAreaField
              label="Growth areas"
              rows={3}
              value={values.growthAreas}
              onChange={(e) => patch({ growthAreas: e.target.value })}
            />
          </div>
        </fieldset>

        <fieldset className="entry-section">
          <legend>{isRideAlong ? 'Part 3: Debrief' : 'Next steps'}</legend>
          {isRideAlong && (
            <div className="grid-2" style={{ marginBottom: 12 }}>
              <TextAreaField
                label="What went well"
                rows={3}
                value={values.debrief.wentWell}
                onChange={(e) => patch({ debrief: { ...values.debrief, wentWell: e.target.value } })}
              />
              <TextAreaField
                label="What to change"
                rows={3}
                value={values.debrief.toChange}
                onChange={(e) => patch({ debrief: { ...values.debrief, toChange: e.target.value } })}
              />
            </div>
          )}
          {actionItems}
          <div className="form-grid" style={{ marginTop: 12 }}>
            <DateField
              label="Follow-up date"
              hint="When you plan to coach this person again. It appears on the due list."
              value={values.followUpDate}
              onChange={(date) => patch({ followUpDate: date, followUpNotifiedAt: null })}
              error={errors.followUpDate}
            />
          </div>
        </fieldset>

        <fieldset className="entry-section">
          <legend>Flags</legend>
          <div className="form-grid">
            <CheckboxField
              label="The tool was used in the field"
              hint="Counts as an opportunity to practise (one of the five components of mastery)."
              checked={values.toolUsed}
              onChange={(e) => patch({ toolUsed: e.target.checked })}
            />
            <SelectField
              label="Workaround seen (renegade system)"
              hint={glossary.renegade.plain}
              value={values.renegade}
              onChange={(e) => patch({ renegade: e.target.value as EntryFormValues['renegade'] })}
              options={[
                { value: '', label: 'None seen' },
                ...renegadeKinds.map((k) => ({ value: k, label: renegadeLabel[k] })),
              ]}
            />
            {values.renegade && (
              <TextField
                label="What was seen"
                value={values.renegadeNote}
                onChange={(e) => patch({ renegadeNote: e.target.value })}
              />
            )}
          </div>
        </fieldset>

        <div className="form-footer">
          {existing && (
            <button
              data-write
              type="button"
              className="btn btn-danger"
              onClick={() => runAction('move the coaching entry to Trash', () => remove())}
            >
              <Trash2 size={16} aria-hidden="true" /> Delete entry
            </button>
          )}
          <span className="spacer" />
          {isRideAlong && (
            <span className="part-status" aria-label="Ride-along parts">
              {(['prep', 'debrief'] as const).map((p) => {
                const has = Object.values(values[p]).some((v) => v.trim());
                return (
                  <Badge key={p} tone={has ? 'success' : 'warning'}>
                    {rideAlongPartLabel[p]}: {has ? 'filled in' : 'missing'}
                  </Badge>
                );
              })}
            </span>
          )}
          <Link href="/" className="btn">
            Cancel
          </Link>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {existing ? 'Save changes' : 'Save entry'}
          </button>
        </div>
      </form>
    </>
  );
}
