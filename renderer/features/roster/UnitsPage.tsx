// Units: the current working groups (kept together when cohorts are built), with their supervisors and headcount.
import { useState, type FormEvent } from 'react';
import { Download, Plus } from 'lucide-react';
import { fieldErrors, type Unit } from '../../domain/model';
import { unitRepository } from '../../data/rosterRepository';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { useExportTable } from '../settings/useExportTable';
import { RosterTabs } from './RosterTabs';
import { useRoster } from './useRoster';
import { RowActions } from '../../ui/RowActions';
import { isSelectable } from '../../domain/roster/selectable';
import { runAction } from '../../ui/runAction';

function UnitForm({ existing, onDone }: { existing: Unit | null; onDone: (saved: Unit | null) => void }) {
  // The record as the form opened it: saving checks it against changes made elsewhere (another window) since.
  const [opened] = useState(existing);
  const [values, setValues] = useState({
    name: existing?.name ?? '',
    supervisorName: existing?.supervisorName ?? '',
    programArea: existing?.programArea ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      onDone(
        opened
          ? await unitRepository.update(opened.id, values, { opened })
          : await unitRepository.create(values),
      );
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }
  return (
    <form className="form" onSubmit={(e) => runAction('save the unit', () => submit(e))} noValidate>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <TextField
        label="Unit name"
        required
        autoFocus
        value={values.name}
        error={errors.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
      />
      <TextField
        label="Supervisor"
        value={values.supervisorName}
        error={errors.supervisorName}
        onChange={(e) => setValues({ ...values, supervisorName: e.target.value })}
      />
      <TextField
        label="Program area"
        hint="For example: intake, investigations, ongoing services, foster care."
        value={values.programArea}
        error={errors.programArea}
        onChange={(e) => setValues({ ...values, programArea: e.target.value })}
      />
      <div className="form-footer">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          {existing ? 'Save changes' : 'Add unit'}
        </button>
      </div>
    </form>
  );
}

export function UnitsPage() {
  const roster = useRoster();
  const [editing, setEditing] = useState<{ unit: Unit | null } | null>(null);
  const exportTable = useExportTable();
  const headcount = (unitId: string) =>
    roster?.caseworkers.filter((c) => c.unitId === unitId && isSelectable(c)).length ?? 0;

  async function remove(unit: Unit) {
    await unitRepository.remove(unit.id);
    showToast({
      message: `${unit.name} moved to Trash.`,
      action: {
        label: 'Undo',
        run: () => runAction('restore the unit', () => unitRepository.restore(unit.id)),
      },
    });
  }

  return (
    <>
      <PageHeader
        title="Roster"
        description="Units are the working groups people belong to today. The cohort builder keeps each unit together."
        actions={
          <>
            <button
              type="button"
              className="btn"
              onClick={() => runAction('export the units', () => exportTable('units'))}
            >
              <Download size={16} aria-hidden="true" /> Export CSV
            </button>
            <button
              data-write
              type="button"
              className="btn btn-primary"
              onClick={() => setEditing({ unit: null })}
            >
              <Plus size={16} aria-hidden="true" /> Add unit
            </button>
          </>
        }
      />
      <RosterTabs />
      {roster && roster.units.length === 0 ? (
        <div className="card">
          <EmptyState
            title="No units yet"
            action={
              <button
                data-write
                type="button"
                className="btn btn-primary"
                onClick={() => setEditing({ unit: null })}
              >
                Add a unit
              </button>
            }
          >
            Units are also created for you when a roster import names them.
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>
              {roster?.units.length ?? 0} units. Headcount counts active caseworkers and those on leave.
            </caption>
            <thead>
              <tr>
                <th scope="col">Unit</th>
                <th scope="col">Supervisor</th>
                <th scope="col">Program area</th>
                <th scope="col" className="num">
                  Headcount
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {roster?.units.map((u) => (
                <tr key={u.id}>
                  <td>
                    <strong>{u.name}</strong>
                  </td>
                  <td>{u.supervisorName || <span className="muted">Not set</span>}</td>
                  <td>{u.programArea || <span className="muted">Not set</span>}</td>
                  <td className="num">{headcount(u.id)}</td>
                  <td>
                    <RowActions
                      name={u.name}
                      onEdit={() => setEditing({ unit: u })}
                      onDelete={() => runAction('move the unit to Trash', () => remove(u))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        title={editing?.unit ? `Edit ${editing.unit.name}` : 'Add a unit'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <UnitForm
            existing={editing.unit}
            onDone={(saved) => {
              setEditing(null);
              if (saved) showToast({ message: `${saved.name} saved.` });
            }}
          />
        )}
      </Dialog>
    </>
  );
}
