// The roster: every caseworker with search, filters and sorting; add, edit, deactivate, delete to Trash; select many
// (a box per row, all shown, all matching) to move them to a unit, set their status or move them to Trash at once.
import { useDeferredValue, useMemo, useState } from 'react';
import {
  selectAllState,
  selectedAmong,
  toggleMany,
  toggleOne,
  type Selection,
} from '../../domain/roster/bulkActions';
import { RosterBulkBar } from './RosterBulkBar';
import { Link, useSearch } from 'wouter';
import { Download, Plus, Upload } from 'lucide-react';
import type { Caseworker } from '../../domain/model';
import {
  defaultRosterQuery,
  filterRoster,
  type RosterQuery,
  type RosterSortKey,
} from '../../domain/listing/filterRoster';
import { caseworkerRepository } from '../../data/rosterRepository';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { SortHeader } from '../../ui/SortHeader';
import { showToast } from '../../ui/toast';
import { useExportTable } from '../settings/useExportTable';
import { CaseworkerForm } from './CaseworkerForm';
import { RosterTabs } from './RosterTabs';
import { statusLabel, statusTone } from './statusLabel';
import { useRoster } from './useRoster';
import { RowActions } from '../../ui/RowActions';
import { runAction } from '../../ui/runAction';
import { isUnitActive } from '../../domain/roster/unitRules';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';

type Editing = { caseworker: Caseworker | null } | null;
/** Rows drawn at first and added by each "Show more": 200 rows were a 290 ms task to lay out and draw. */
const PAGE = 100;
const NO_ROWS: Caseworker[] = [];

export function CaseworkersPage() {
  const roster = useRoster();
  // A link from the dashboard brings its unit and role filters along (?unit=...&role=...).
  const search = useSearch();
  const [query, setQuery] = useState<RosterQuery>(() => {
    const params = new URLSearchParams(search);
    return { ...defaultRosterQuery, unitId: params.get('unit') ?? '', role: params.get('role') ?? '' };
  });
  const [editing, setEditing] = useState<Editing>(null);
  const exportTable = useExportTable();
  const visible = useMemo(
    () => (roster ? filterRoster(roster.caseworkers, query, roster.unitName) : []),
    [roster, query],
  );

  // Who is ticked, as a set of ids: a tick costs one copy of the set, never a pass per person per person.
  const [selection, setSelection] = useState<Selection>(() => new Set());
  // An agency roster runs to thousands: draw a page at a time so the screen stays quick; other filters start again
  // at the top, an edit (the roster read again) keeps the place.
  const page = usePaged(visible, PAGE, query);
  // The same array while the list and the page do not change (usePaged slices anew at every render), so the rows
  // below catch up once, not after every tick of a box.
  const shown = useMemo(() => visible.slice(0, page.shown), [visible, page.shown]);
  // The rows follow the page around them as a deferred value, drawn in slices with input between: with the roster in
  // memory already (another screen read it), the page and its hundred rows were drawn in the task of the click, one
  // task of 160-280 ms at agency scale. The same keeps typing in the search box quick while the rows catch up.
  const rows = useDeferredValue(shown, NO_ROWS);
  const shownIds = useMemo(() => shown.map((c) => c.id), [shown]);
  const selected = useMemo(() => selectedAmong(selection, visible), [selection, visible]);
  const allShown = selectAllState(selection, shownIds);

  async function remove(c: Caseworker) {
    await caseworkerRepository.remove(c.id);
    showToast({
      message: `${c.name} moved to Trash.`,
      action: {
        label: 'Undo',
        run: () => runAction('restore the caseworker', () => caseworkerRepository.restore(c.id)),
      },
    });
  }

  async function toggleActive(c: Caseworker) {
    const next = c.status === 'left' ? 'active' : 'left';
    await caseworkerRepository.setStatus(c.id, next);
    showToast({ message: next === 'left' ? `${c.name} deactivated.` : `${c.name} is active again.` });
  }

  const sortHeader = (label: string, key: RosterSortKey, numeric = false) => (
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
        description="The caseworkers of your agency and the units they work in. Cohorts, coaching and surveys all start from here."
        actions={
          <>
            <button
              type="button"
              className="btn"
              onClick={() => runAction('export the caseworkers', () => exportTable('caseworkers'))}
            >
              <Download size={16} aria-hidden="true" /> Export CSV
            </button>
            <Link data-write href="/roster/import" className="btn">
              <Upload size={16} aria-hidden="true" /> Import CSV
            </Link>
            <button
              data-write
              type="button"
              className="btn btn-primary"
              onClick={() => setEditing({ caseworker: null })}
            >
              <Plus size={16} aria-hidden="true" /> Add caseworker
            </button>
          </>
        }
      />
      <RosterTabs />
      {roster && roster.caseworkers.length === 0 ? (
        <div className="card">
          <EmptyState
            title="No caseworkers yet"
            action={
              <div className="actions" style={{ justifyContent: 'center' }}>
                <button
                  data-write
                  type="button"
                  className="btn btn-primary"
                  onClick={() => setEditing({ caseworker: null })}
                >
                  Add a caseworker
                </button>
                <Link data-write href="/roster/import" className="btn">
                  Import a roster from CSV
                </Link>
              </div>
            }
          >
            Add people one by one, or import the roster your HR system exports.
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="toolbar" role="search" aria-label="Filter the roster">
            <TextField
              className="grow"
              label="Search"
              type="search"
              placeholder="Name, employee ID, email, role or unit"
              value={query.text}
              onChange={(e) => setQuery((q) => ({ ...q, text: e.target.value }))}
            />
            <SelectField
              label="Unit"
              value={query.unitId}
              onChange={(e) => setQuery((q) => ({ ...q, unitId: e.target.value }))}
              options={[
                { value: '', label: 'All units' },
                ...(roster?.units ?? []).map((u) => ({
                  value: u.id,
                  label: isUnitActive(u) ? u.name : `${u.name} (deactivated)`,
                })),
                { value: 'none', label: 'No unit' },
              ]}
            />
            <SelectField
              label="Role"
              value={query.role}
              onChange={(e) => setQuery((q) => ({ ...q, role: e.target.value }))}
              options={[
                { value: '', label: 'All roles' },
                ...(roster?.roles ?? []).map((r) => ({ value: r, label: r })),
              ]}
            />
            <SelectField
              label="Status"
              value={query.status}
              onChange={(e) => setQuery((q) => ({ ...q, status: e.target.value as RosterQuery['status'] }))}
              options={[
                { value: 'current', label: 'Active and on leave' },
                { value: 'active', label: 'Active' },
                { value: 'on-leave', label: 'On leave' },
                { value: 'left', label: 'Left (deactivated)' },
                { value: 'all', label: 'Everyone' },
              ]}
            />
          </div>
          {selected.length > 0 && roster && (
            <RosterBulkBar
              selected={selected}
              units={roster.units}
              onTrashed={() => setSelection(new Set())}
              onClear={() => setSelection(new Set())}
            />
          )}
          {visible.length > shown.length && allShown === 'all' && selected.length < visible.length && (
            <p className="bulk-more">
              All {shown.length} caseworkers shown are selected.{' '}
              <button
                type="button"
                className="btn btn-small"
                onClick={() =>
                  setSelection((s) =>
                    toggleMany(
                      s,
                      visible.map((c) => c.id),
                      true,
                    ),
                  )
                }
              >
                Select all {visible.length} that match
              </button>
            </p>
          )}
          <div className="table-wrap">
            <table className="table">
              <caption>
                {roster ? (
                  <>
                    Showing {visible.length} of {roster.caseworkers.length} caseworkers.
                    {page.remaining > 0 && ` The first ${page.limit} are listed.`}
                  </>
                ) : (
                  'Caseworkers.'
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="select-cell">
                    <input
                      type="checkbox"
                      aria-label="Select all caseworkers shown"
                      checked={allShown === 'all' && shownIds.length > 0}
                      ref={(box) => {
                        if (box) box.indeterminate = allShown === 'some';
                      }}
                      disabled={shownIds.length === 0}
                      onChange={(e) => {
                        const on = e.target.checked;
                        setSelection((s) => toggleMany(s, shownIds, on));
                      }}
                    />
                  </th>
                  {sortHeader('Name', 'name')}
                  {sortHeader('Unit', 'unit')}
                  {sortHeader('Role', 'role')}
                  {sortHeader('Caseload', 'caseload', true)}
                  {sortHeader('Status', 'status')}
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              {/* Busy while the rows catch up with the filters (a deferred value): a moment, said so. */}
              <tbody aria-busy={rows !== shown || undefined}>
                {rows.map((c) => (
                  <tr key={c.id} className={selection.has(c.id) ? 'row-selected' : undefined}>
                    <td className="select-cell">
                      <input
                        type="checkbox"
                        aria-label={`Select ${c.name}`}
                        checked={selection.has(c.id)}
                        onChange={(e) => {
                          const on = e.target.checked;
                          setSelection((s) => toggleOne(s, c.id, on));
                        }}
                      />
                    </td>
                    <td>
                      <strong>
                        <Link href={`/caseworkers/${c.id}`}>{c.name}</Link>
                      </strong>
                      {c.employeeId && <div className="small muted">ID {c.employeeId}</div>}
                    </td>
                    <td>{roster?.unitName(c.unitId)}</td>
                    <td>{c.role || <span className="muted">Not set</span>}</td>
                    <td className="num">{c.caseload ?? '—'}</td>
                    <td>
                      <Badge tone={statusTone[c.status]}>{statusLabel[c.status]}</Badge>
                    </td>
                    <td>
                      <RowActions
                        name={c.name}
                        onEdit={() => setEditing({ caseworker: c })}
                        onDelete={() => runAction('move the caseworker to Trash', () => remove(c))}
                      >
                        <button
                          data-write
                          type="button"
                          className="btn btn-small"
                          onClick={() => runAction('change the caseworker’s status', () => toggleActive(c))}
                          aria-label={`${c.status === 'left' ? 'Reactivate' : 'Deactivate'} ${c.name}`}
                        >
                          {c.status === 'left' ? 'Reactivate' : 'Deactivate'}
                        </button>
                      </RowActions>
                    </td>
                  </tr>
                ))}
                {!roster ? (
                  <tr>
                    <td colSpan={7} className="muted" role="status" aria-busy="true">
                      Reading the roster…
                    </td>
                  </tr>
                ) : (
                  visible.length === 0 && (
                    <tr>
                      <td colSpan={7} className="muted">
                        Nobody matches these filters.
                      </td>
                    </tr>
                  )
                )}
              </tbody>
            </table>
          </div>
          <ShowMore page={page} onMore={page.showMore} />
        </>
      )}
      <Dialog
        title={editing?.caseworker ? `Edit ${editing.caseworker.name}` : 'Add a caseworker'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && roster && (
          <CaseworkerForm
            existing={editing.caseworker}
            units={roster.units}
            roles={roster.roles}
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
