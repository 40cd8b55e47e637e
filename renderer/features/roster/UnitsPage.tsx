// Units: the current working groups (kept together when cohorts are built), with their supervisors and headcount;
// search, sort, add, edit, deactivate (no new people; the ones in it stay), delete to Trash.
import { useMemo, useState, type FormEvent } from 'react';
import { Download, Plus } from 'lucide-react';
import { fieldErrors, type Unit } from '../../domain/model';
import { unitRepository } from '../../data/rosterRepository';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField, TextField } from '../../ui/Field';
import { Badge } from '../../ui/Badge';
import { SortHeader } from '../../ui/SortHeader';
import { localToday } from '../../ui/useToday';
import { formatDay, plural } from '../../domain/format/format';
import {
  defaultUnitQuery,
  filterUnits,
  headcounts,
  isUnitActive,
  type UnitQuery,
  type UnitSortKey,
} from '../../domain/roster/unitRules';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { useExportTable } from '../settings/useExportTable';
import { RosterTabs } from './RosterTabs';
import { useRoster } from './useRoster';
import { RowActions } from '../../ui/RowActions';
import { runAction } from '../../ui/runAction';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';

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

// Rows drawn at once: an agency of 5,000 people has about 700 units, and drawing them all froze the page.
const PAGE = 100;

export function UnitsPage() {
  const roster = useRoster();
  const [editing, setEditing] = useState<{ unit: Unit | null } | null>(null);
  const [query, setQuery] = useState<UnitQuery>(defaultUnitQuery);
  const exportTable = useExportTable();
  const counts = useMemo(() => headcounts(roster?.caseworkers ?? []), [roster]);
  const visible = useMemo(
    () => (roster ? filterUnits(roster.units, query, counts) : []),
    [roster, query, counts],
  );
  const page = usePaged(visible, PAGE, query);
  const shown = page.rows;
  const deactivatedCount = roster?.units.filter((u) => !isUnitActive(u)).length ?? 0;

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

  async function toggleActive(unit: Unit) {
    if (isUnitActive(unit)) {
      await unitRepository.deactivate(unit.id, localToday());
      const people = counts.get(unit.id) ?? 0;
      showToast({
        message: `${unit.name} deactivated: it is no longer offered for new people${
          people > 0 ? `; the ${plural(people, 'person', 'people')} in it stay there` : ''
        }.`,
        action: {
          label: 'Undo',
          run: () => runAction('reactivate the unit', () => unitRepository.reactivate(unit.id)),
        },
      });
    } else {
      await unitRepository.reactivate(unit.id);
      showToast({ message: `${unit.name} is active again.` });
    }
  }

  const sortHeader = (label: string, key: UnitSortKey, numeric = false) => (
    <SortHeader
      label={label}
      sortKey={key}
      sort={query.sort}
      numeric={numeric}
      onSort={(sort) => setQuery((q) => ({ ...q, sort }))}
    />
  );

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
        <>
          <div className="toolbar" role="search" aria-label="Filter the units">
            <TextField
              className="grow"
              label="Search units"
              type="search"
              placeholder="Unit, supervisor or program area"
              value={query.text}
              onChange={(e) => setQuery((q) => ({ ...q, text: e.target.value }))}
            />
            <SelectField
              label="Show"
              value={query.status}
              onChange={(e) => setQuery((q) => ({ ...q, status: e.target.value as UnitQuery['status'] }))}
              options={[
                { value: 'active', label: 'Active units' },
                { value: 'deactivated', label: `Deactivated units (${deactivatedCount})` },
                { value: 'all', label: 'All units' },
              ]}
            />
          </div>
          <div className="table-wrap">
            <table className="table">
              <caption>
                Showing {visible.length} of {plural(roster?.units.length ?? 0, 'unit')}.
                {page.remaining > 0 && ` The first ${page.limit} are listed.`} Headcount counts active
                caseworkers and those on leave. A deactivated unit takes no new people; the people in it stay.
              </caption>
              <thead>
                <tr>
                  {sortHeader('Unit', 'name')}
                  {sortHeader('Supervisor', 'supervisor')}
                  {sortHeader('Program area', 'programArea')}
                  {sortHeader('Headcount', 'headcount', true)}
                  {sortHeader('Status', 'status')}
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((u) => {
                  const active = isUnitActive(u);
                  return (
                    <tr key={u.id}>
                      <td>
                        <strong>{u.name}</strong>
                      </td>
                      <td>{u.supervisorName || <span className="muted">Not set</span>}</td>
                      <td>{u.programArea || <span className="muted">Not set</span>}</td>
                      <td className="num">{counts.get(u.id) ?? 0}</td>
                      <td>
                        {active ? (
                          <Badge tone="success">Active</Badge>
                        ) : (
                          <span className="nowrap">
                            <Badge tone="neutral">Deactivated</Badge>
                            {u.deactivatedOn && (
                              <span className="small muted"> since {formatDay(u.deactivatedOn)}</span>
                            )}
                          </span>
                        )}
                      </td>
                      <td>
                        <RowActions
                          name={u.name}
                          onEdit={() => setEditing({ unit: u })}
                          onDelete={() => runAction('move the unit to Trash', () => remove(u))}
                        >
                          <button
                            data-write
                            type="button"
                            className="btn btn-small"
                            aria-label={`${active ? 'Deactivate' : 'Reactivate'} ${u.name}`}
                            onClick={() =>
                              runAction(active ? 'deactivate the unit' : 'reactivate the unit', () =>
                                toggleActive(u),
                              )
                            }
                          >
                            {active ? 'Deactivate' : 'Reactivate'}
                          </button>
                        </RowActions>
                      </td>
                    </tr>
                  );
                })}
                {visible.length === 0 && (
                  <tr>
                    <td colSpan={6} className="muted">
                      No unit matches.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          <ShowMore page={page} onMore={page.showMore} />
        </>
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
