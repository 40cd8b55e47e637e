// Create or edit one caseworker; errors appear next to the field they concern and nothing is saved until all are fixed.
import { useMemo, useState, type FormEvent } from 'react';
import { caseworkerStatuses, fieldErrors, type Caseworker, type Unit } from '../../domain/model';
import { caseworkerRepository } from '../../data/rosterRepository';
import { roleChoices } from '../../domain/roster/pickerOptions';
import { assignableUnits } from '../../domain/roster/unitRules';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { statusLabel } from './statusLabel';
import { runAction } from '../../ui/runAction';

interface Props {
  existing: Caseworker | null;
  units: Unit[];
  roles: string[];
  onDone: (saved: Caseworker | null) => void;
}

export function CaseworkerForm({ existing, units, roles, onDone }: Props) {
  // The record as the form opened it: saving checks it against changes made elsewhere (another window) since.
  const [opened] = useState(existing);
  const [values, setValues] = useState({
    name: existing?.name ?? '',
    unitId: existing?.unitId ?? '',
    role: existing?.role ?? '',
    employeeId: existing?.employeeId ?? '',
    email: existing?.email ?? '',
    startDate: existing?.startDate ?? '',
    caseload: existing?.caseload?.toString() ?? '',
    status: existing?.status ?? 'active',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Roles come from the roster; a new one is added on purpose ("Add … as a new role"), so a typo never splits cohorts.
  const [newRoles, setNewRoles] = useState<string[]>([]);
  const roleOptions = useMemo(
    () =>
      roleChoices([], [...roles, ...newRoles, ...(existing?.role ? [existing.role] : [])]).map((r) => ({
        id: r,
        label: r,
      })),
    [roles, newRoles, existing?.role],
  );
  // Deactivated units take no new people; someone already in one keeps it as an option.
  const unitOptions = useMemo(
    () => assignableUnits(units, existing?.unitId).map((u) => ({ value: u.id, label: u.name })),
    [units, existing?.unitId],
  );
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const caseloadText = values.caseload.trim();
    if (caseloadText && !/^-?\d+$/.test(caseloadText)) {
      setErrors({ caseload: 'Caseload must be a whole number, like 18.' });
      return;
    }
    const input = {
      ...values,
      unitId: values.unitId || null,
      startDate: values.startDate || null,
      caseload: caseloadText ? Number(caseloadText) : null,
    };
    setSaving(true);
    try {
      const saved = opened
        ? await caseworkerRepository.update(opened.id, input, { opened })
        : await caseworkerRepository.create(input);
      onDone(saved);
    } catch (error) {
      setErrors(fieldErrors(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => runAction('save the caseworker', () => submit(e))} noValidate>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <div className="form-grid">
        <TextField
          label="Name"
          required
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          autoFocus
        />
        <SelectField
          label="Unit"
          value={values.unitId}
          onChange={set('unitId')}
          error={errors.unitId}
          options={[{ value: '', label: 'No unit' }, ...unitOptions]}
        />
        <ComboBoxField
          label="Role"
          hint="Job title, e.g. CPS investigator. Cohorts never mix roles."
          options={roleOptions}
          value={values.role}
          onChange={(role) => setValues((v) => ({ ...v, role }))}
          error={errors.role}
          placeholder="Choose a role"
          emptyText="No role by that name yet."
          onCreate={(role) => {
            setNewRoles((r) => [...r, role]);
            setValues((v) => ({ ...v, role }));
          }}
          createLabel={(role) => `Add “${role}” as a new role`}
        />
        <TextField
          label="Employee ID"
          value={values.employeeId}
          onChange={set('employeeId')}
          error={errors.employeeId}
        />
        <TextField
          label="Email"
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <DateField
          label="Start date"
          value={values.startDate}
          onChange={(startDate) => setValues((v) => ({ ...v, startDate }))}
          error={errors.startDate}
        />
        <TextField
          label="Active caseload"
          inputMode="numeric"
          hint="Number of open cases today."
          value={values.caseload}
          onChange={set('caseload')}
          error={errors.caseload}
        />
        <SelectField
          label="Status"
          value={values.status}
          onChange={set('status')}
          error={errors.status}
          options={caseworkerStatuses.map((s) => ({ value: s, label: statusLabel[s] }))}
        />
      </div>
      <div className="form-footer">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {existing ? 'Save changes' : 'Add caseworker'}
        </button>
      </div>
    </form>
  );
}
