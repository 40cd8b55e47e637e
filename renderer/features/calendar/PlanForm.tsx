// Plan a recurring standup for a cohort (days and time), or a ride-along, observation or one-to-one with a caseworker.
import { useMemo, useState, type FormEvent } from 'react';
import { fieldErrors, scheduleKinds, type Schedule } from '../../domain/model';
import { caseworkerChoices, coachChoices } from '../../domain/roster/pickerOptions';
import { scheduleKindLabel, weekdayNames } from '../../domain/schedule/scheduleRules';
import { scheduleRepository } from '../../data/scheduleRepository';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import type { ScheduleModel } from './useSchedules';

interface Props {
  model: ScheduleModel;
  kind: Schedule['kind'];
  date: string;
  onDone: () => void;
}

export function PlanForm({ model, kind: initialKind, date, onDone }: Props) {
  const [kind, setKind] = useState<Schedule['kind']>(initialKind);
  const [cohortId, setCohortId] = useState('');
  const [caseworkerId, setCaseworkerId] = useState('');
  const [coachId, setCoachId] = useState('');
  const [startDate, setStartDate] = useState(date);
  const [until, setUntil] = useState('');
  const [time, setTime] = useState(initialKind === 'standup' ? '08:45' : '10:00');
  const [minutes, setMinutes] = useState(initialKind === 'standup' ? '15' : '90');
  const [days, setDays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [place, setPlace] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const standup = kind === 'standup';
  const people = useMemo(() => caseworkerChoices(model.caseworkers, model.units), [model]);
  const coaches = useMemo(() => coachChoices(model.coaches), [model]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!/^\d+$/.test(minutes.trim()))
      return setErrors({ durationMinutes: 'Length must be whole minutes, like 15.' });
    if (standup && days.length === 0)
      return setErrors({ repeatDays: 'Choose at least one day of the week.' });
    try {
      const cohort = model.cohorts.find((c) => c.id === cohortId);
      await scheduleRepository.save(null, {
        kind,
        cohortId: standup ? cohortId || null : null,
        caseworkerId: standup ? null : caseworkerId || null,
        coachId: coachId || (standup ? (cohort?.headCoachId ?? null) : null),
        startDate,
        until: standup && until ? until : null,
        time,
        durationMinutes: Number(minutes),
        repeatDays: standup ? days : [],
        place,
      });
      showToast({
        message: standup
          ? `Standup of ${model.cohortName(cohortId)} planned.`
          : `${scheduleKindLabel[kind]} with ${model.personName(caseworkerId)} planned.`,
      });
      onDone();
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }

  return (
    <form
      className="form"
      onSubmit={(e) => runAction('save the plan', () => submit(e))}
      noValidate
      aria-label="Plan"
    >
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <div className="form-grid">
        <SelectField
          label="What"
          value={kind}
          onChange={(e) => {
            const next = e.target.value as Schedule['kind'];
            setKind(next);
            setMinutes(next === 'standup' ? '15' : '90');
          }}
          options={scheduleKinds.map((k) => ({
            value: k,
            label: k === 'standup' ? 'Daily standup (repeats)' : scheduleKindLabel[k],
          }))}
        />
        {standup ? (
          <SelectField
            label="Cohort"
            required
            value={cohortId}
            error={errors.cohortId}
            onChange={(e) => setCohortId(e.target.value)}
            options={[
              { value: '', label: 'Choose a cohort' },
              ...model.cohorts.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        ) : (
          <ComboBoxField
            label="Caseworker"
            required
            options={people}
            value={caseworkerId}
            onChange={setCaseworkerId}
            error={errors.caseworkerId}
            placeholder="Type a name"
          />
        )}
        <ComboBoxField
          label="Coach"
          options={coaches}
          value={coachId}
          onChange={setCoachId}
          placeholder={standup ? 'The cohort’s head coach' : 'Not named'}
        />
        <DateField
          label={standup ? 'First day' : 'Day'}
          required
          value={startDate}
          onChange={setStartDate}
          error={errors.startDate}
        />
        <TextField
          label="Time"
          type="time"
          required
          value={time}
          onChange={(e) => setTime(e.target.value)}
          error={errors.time}
        />
        <TextField
          label="Length in minutes"
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={errors.durationMinutes}
        />
        {standup ? (
          <DateField
            label="Last day"
            hint="Leave empty to keep it going until the team masters the tool."
            value={until}
            onChange={setUntil}
            error={errors.until}
          />
        ) : (
          <TextField label="Where" value={place} onChange={(e) => setPlace(e.target.value)} />
        )}
      </div>
      {standup && (
        <fieldset className="weekday-picker" aria-describedby={errors.repeatDays ? 'days-error' : undefined}>
          <legend>Repeats on</legend>
          {weekdayNames.map((name, i) => (
            <label key={name} className="checkbox">
              <input
                type="checkbox"
                checked={days.includes(i + 1)}
                onChange={(e) =>
                  setDays((d) => (e.target.checked ? [...d, i + 1].sort() : d.filter((x) => x !== i + 1)))
                }
              />
              {name}
            </label>
          ))}
          {errors.repeatDays && (
            <span className="error-text" id="days-error">
              {errors.repeatDays}
            </span>
          )}
        </fieldset>
      )}
      <div className="form-footer">
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          {standup ? 'Plan the standup' : `Plan the ${scheduleKindLabel[kind].toLowerCase()}`}
        </button>
      </div>
    </form>
  );
}
