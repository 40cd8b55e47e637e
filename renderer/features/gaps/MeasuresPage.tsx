// Monthly measures as a grid: for one month, each caseworker's visits due, made and of good quality and their caseload,
// with the visit rate against the target as you type. Saving checks every row first and writes all rows or none; the
// rules are the domain's (measures/measureGrid), the screen only renders them. The grid draws PAGE people at a time
// (an agency has thousands), and always draws every row a problem was found in.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { Upload } from 'lucide-react';
import { measureFieldLabel } from '../../domain/measures/checkMeasure';
import {
  checkGrid,
  defaultGridMonth,
  emptyGridRow,
  gridFields,
  gridMonths,
  gridRowOf,
  gridTotal,
  previewRow,
  type GridField,
  type GridIssue,
  type GridRow,
} from '../../domain/measures/measureGrid';
import { formatRate } from '../../domain/gaps/gapEvidence';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { GapsTabs } from './GapsTabs';
import { localToday } from '../../ui/useToday';
import { useMeasureMonth, type MeasureMonth } from './useGaps';
import { isSelectable } from '../../domain/roster/selectable';
import { measureRepository } from '../../data/measureRepository';
import { runAction } from '../../ui/runAction';
import { formatMonth } from '../../domain/format/format';
import { pageState } from '../../ui/usePaged';
import { ShowMore } from '../../ui/ShowMore';

const PAGE = 100;

export function MeasuresPage() {
  const today = localToday();
  const months = useMemo(() => gridMonths(today), [today]);
  const [month, setMonth] = useState(() => defaultGridMonth(today));
  const ws = useMeasureMonth(month);
  const [unitId, setUnitId] = useState('');
  return (
    <>
      <PageHeader
        title="Monthly measures"
        description="Face-to-face visits due, made and observed as good quality, and the active caseload, per caseworker and month."
        actions={
          <Link data-write href="/measures/import" className="btn">
            <Upload size={16} aria-hidden="true" /> Import CSV
          </Link>
        }
      />
      <GapsTabs />
      {ws && (
        <>
          <div className="toolbar">
            <SelectField
              label="Month"
              value={month}
              onChange={(e) => setMonth(e.target.value)}
              options={months.map((m) => ({
                value: m,
                label: formatMonth(m),
              }))}
            />
            <SelectField
              label="Unit"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
              options={[
                { value: '', label: 'All units' },
                ...ws.units.map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
          </div>
          {ws.month === month && (
            <MonthGrid key={`${month}/${unitId}`} ws={ws} month={month} unitId={unitId} today={today} />
          )}
        </>
      )}
    </>
  );
}

function MonthGrid({
  ws,
  month,
  unitId,
  today,
}: {
  ws: MeasureMonth;
  month: string;
  unitId: string;
  today: string;
}) {
  const people = useMemo(
    () => ws.caseworkers.filter((c) => isSelectable(c) && (!unitId || c.unitId === unitId)),
    [ws, unitId],
  );
  const [rows, setRows] = useState<Record<string, GridRow>>(() =>
    Object.fromEntries(people.map((c) => [c.id, gridRowOf(ws.measureOf(c.id))])),
  );
  const [issues, setIssues] = useState<GridIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [pageLimit, setPageLimit] = useState(PAGE);
  const target = ws.settings.visitTarget;
  const rowOf = (id: string): GridRow => rows[id] ?? emptyGridRow;

  const set = (id: string, field: GridField, value: string) =>
    setRows((r) => ({ ...r, [id]: { ...(r[id] ?? emptyGridRow), [field]: value } }));

  async function save() {
    const check = checkGrid(
      month,
      people.map((c) => ({ caseworkerId: c.id, row: rowOf(c.id) })),
      today,
    );
    if (!check.ok) {
      setIssues(check.issues);
      return;
    }
    setIssues([]);
    if (check.measures.length === 0) {
      showToast({ message: 'Nothing to save: the grid is empty.' });
      return;
    }
    setBusy(true);
    try {
      const n = await measureRepository.saveMonth(check.measures);
      showToast({
        message: `Measures for ${formatMonth(month)} saved for ${n} ${n === 1 ? 'caseworker' : 'caseworkers'}.`,
      });
    } finally {
      setBusy(false);
    }
  }

  // Looked up per cell and per problem: maps, so thousands of rows with many problems stay linear.
  const issueByCell = new Map<string, GridIssue>();
  for (const x of issues) {
    const cell = `${x.caseworkerId ?? ''}|${x.field}`;
    if (!issueByCell.has(cell)) issueByCell.set(cell, x);
  }
  const issueFor = (id: string, f: GridField) => issueByCell.get(`${id}|${f}`);
  const nameById = new Map(people.map((c) => [c.id, c.name]));
  const nameOf = (id: string | null) => (id ? (nameById.get(id) ?? 'A caseworker') : '');
  const { filled, total } = gridTotal(
    people.map((c) => rowOf(c.id)),
    target,
  );
  // A page at a time (the grid is keyed by month and unit, so another list starts again at one page), and every row a
  // problem was found in, however far down.
  const problemRows = new Set(issues.map((x) => x.caseworkerId));
  let limit = pageLimit;
  people.forEach((c, i) => {
    if (problemRows.has(c.id)) limit = Math.max(limit, i + 1);
  });
  const page = pageState(people.length, limit, PAGE);
  const drawn = page.shown;
  const shownPeople = drawn === people.length ? people : people.slice(0, drawn);

  if (people.length === 0)
    return (
      <Notice tone="info" title="No caseworkers to show">
        Add caseworkers in the roster first.
      </Notice>
    );

  return (
    <div className="stack">
      <p className="muted small" role="status">
        {filled > 0
          ? `Visit rate for ${formatMonth(month)}: ${formatRate(total.rate)} (${total.made} of ${total.due} visits), target ${target}%.`
          : `No measures for ${formatMonth(month)} yet.`}
      </p>
      {issues.length > 0 && (
        <Notice tone="danger" title="Nothing was saved: please fix these first">
          <ul aria-label="Problems with the measures">
            {issues.map((x) => (
              <li key={`${x.caseworkerId ?? 'month'}-${x.field}-${x.message}`}>
                {x.caseworkerId ? `${nameOf(x.caseworkerId)}: ${x.message}` : x.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <div className="table-wrap">
        <table className="table measures-grid">
          <caption className="visually-hidden">Measures for {formatMonth(month)}</caption>
          <thead>
            <tr>
              <th scope="col">Caseworker</th>
              <th scope="col" className="num">
                Visits due
              </th>
              <th scope="col" className="num">
                Visits made
              </th>
              <th scope="col" className="num">
                Good quality
              </th>
              <th scope="col" className="num">
                Caseload
              </th>
              <th scope="col" className="num">
                Visit rate
              </th>
            </tr>
          </thead>
          <tbody>
            {shownPeople.map((c) => {
              const row = rowOf(c.id);
              const { rate: r, caseloadAboveStandard } = previewRow(row, ws.settings);
              return (
                <tr key={c.id}>
                  <th scope="row">
                    {c.name}
                    <div className="small muted">{ws.unitName(c.unitId)}</div>
                  </th>
                  {gridFields.map((f) => {
                    const problem = issueFor(c.id, f);
                    return (
                      <td key={f} className="num">
                        <input
                          className="grid-input"
                          inputMode="numeric"
                          aria-label={`${measureFieldLabel[f]} for ${c.name}`}
                          aria-invalid={problem ? true : undefined}
                          title={problem?.message}
                          value={row[f]}
                          onChange={(e) => set(c.id, f, e.target.value)}
                        />
                        {f === 'caseload' && caseloadAboveStandard && (
                          <div className="small evidence-low">above standard</div>
                        )}
                      </td>
                    );
                  })}
                  <td className="num">
                    {r && r.rate !== null ? (
                      <span className={r.belowTarget ? 'evidence-low' : 'rate-ok'}>
                        {formatRate(r.rate)}
                        <span className="small"> {r.belowTarget ? 'below target' : 'on target'}</span>
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {drawn < people.length && (
        <>
          <p className="muted small">
            Showing {drawn} of {people.length} caseworkers. Saving saves the whole month, shown or not.
          </p>
          <ShowMore page={page} onMore={() => setPageLimit(drawn + PAGE)} ofRemaining />
        </>
      )}
      <div className="form-footer">
        <button
          data-write
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => runAction('save the measures', () => save())}
        >
          Save measures for {formatMonth(month)}
        </button>
      </div>
    </div>
  );
}
