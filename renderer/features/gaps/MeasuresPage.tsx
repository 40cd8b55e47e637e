// Monthly measures as a grid: for one month, each caseworker's visits due, made and of good quality and their caseload,
// with the visit rate against the target as you type. Saving checks every row first and writes all rows or none.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { format, subMonths } from 'date-fns';
import { Upload } from 'lucide-react';
import type { Caseworker, FieldIssue, InputByTable } from '../../domain/model';
import { checkMeasure, measureFieldLabel, readNumber } from '../../domain/measures/checkMeasure';
import { caseloadStanding, formatRate, visitRate } from '../../domain/gaps/gapEvidence';
import { saveMonth } from '../../data/measureRepository';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { GapsTabs } from './GapsTabs';
import { localToday } from '../../ui/useToday';
import { useGapWorkspace, type GapWorkspace } from './useGaps';

const FIELDS = ['visitsDue', 'visitsMade', 'visitsGoodQuality', 'caseload'] as const;
type Field = (typeof FIELDS)[number];
type RowText = Record<Field, string>;

export function MeasuresPage() {
  const ws = useGapWorkspace();
  const today = localToday();
  const months = useMemo(
    () =>
      Array.from({ length: 13 }, (_, i) => format(subMonths(new Date(`${today}T12:00:00`), i), 'yyyy-MM')),
    [today],
  );
  const [month, setMonth] = useState(months[1] ?? today.slice(0, 7));
  const [unitId, setUnitId] = useState('');
  return (
    <>
      <PageHeader
        title="Monthly measures"
        description="Face-to-face visits due, made and observed as good quality, and the active caseload, per caseworker and month."
        actions={
          <Link href="/measures/import" className="btn">
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
                label: format(new Date(`${m}-15T12:00:00`), 'MMMM yyyy'),
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
          <MonthGrid key={`${month}/${unitId}`} ws={ws} month={month} unitId={unitId} today={today} />
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
  ws: GapWorkspace;
  month: string;
  unitId: string;
  today: string;
}) {
  const people = useMemo(
    () => ws.caseworkers.filter((c) => c.status !== 'left' && (!unitId || c.unitId === unitId)),
    [ws, unitId],
  );
  const [rows, setRows] = useState<Record<string, RowText>>(() => {
    const out: Record<string, RowText> = {};
    for (const c of people) {
      const m = ws.measuresOf(c.id).find((x) => x.month === month);
      out[c.id] = {
        visitsDue: m ? String(m.visitsDue) : '',
        visitsMade: m ? String(m.visitsMade) : '',
        visitsGoodQuality: m ? String(m.visitsGoodQuality) : '',
        caseload: m?.caseload != null ? String(m.caseload) : '',
      };
    }
    return out;
  });
  const [issues, setIssues] = useState<{ caseworker: Caseworker; issue: FieldIssue }[]>([]);
  const [busy, setBusy] = useState(false);
  const target = ws.settings.visitTarget;

  const set = (id: string, field: Field, value: string) =>
    setRows((r) => ({
      ...r,
      [id]: {
        ...(r[id] ?? { visitsDue: '', visitsMade: '', visitsGoodQuality: '', caseload: '' }),
        [field]: value,
      },
    }));

  async function save() {
    const found: { caseworker: Caseworker; issue: FieldIssue }[] = [];
    const toSave: InputByTable['monthlyMeasures'][] = [];
    for (const c of people) {
      const text = rows[c.id];
      if (!text || FIELDS.every((f) => text[f].trim() === '')) continue;
      const read = Object.fromEntries(FIELDS.map((f) => [f, readNumber(text[f])])) as Record<
        Field,
        number | null | 'invalid'
      >;
      const bad = FIELDS.filter((f) => read[f] === 'invalid');
      for (const f of bad)
        found.push({
          caseworker: c,
          issue: { field: f, message: `${measureFieldLabel[f]} '${text[f]}' is not a number.` },
        });
      if (bad.length > 0) continue;
      const draft = {
        month,
        visitsDue: read.visitsDue as number | null,
        visitsMade: read.visitsMade as number | null,
        visitsGoodQuality: read.visitsGoodQuality as number | null,
        caseload: read.caseload as number | null,
      };
      const problems = checkMeasure(draft, today);
      for (const issue of problems) found.push({ caseworker: c, issue });
      if (problems.length === 0)
        toSave.push({
          caseworkerId: c.id,
          month,
          visitsDue: draft.visitsDue ?? 0,
          visitsMade: draft.visitsMade ?? 0,
          visitsGoodQuality: draft.visitsGoodQuality ?? 0,
          caseload: draft.caseload,
        });
    }
    setIssues(found);
    if (found.length > 0) return;
    if (toSave.length === 0) {
      setIssues([]);
      showToast({ message: 'Nothing to save: the grid is empty.' });
      return;
    }
    setBusy(true);
    try {
      const n = await saveMonth(toSave);
      showToast({
        message: `Measures for ${month} saved for ${n} ${n === 1 ? 'caseworker' : 'caseworkers'}.`,
      });
    } finally {
      setBusy(false);
    }
  }

  const issueFor = (id: string, f: Field) =>
    issues.find((x) => x.caseworker.id === id && x.issue.field === f);
  const monthIssue = issues.find((x) => x.issue.field === 'month');
  const filled = people.flatMap((c) => {
    const t = rows[c.id];
    const due = t ? readNumber(t.visitsDue) : null;
    const made = t ? readNumber(t.visitsMade) : null;
    return typeof due === 'number' && typeof made === 'number' ? [{ visitsDue: due, visitsMade: made }] : [];
  });
  const total = visitRate(filled, target);

  if (people.length === 0)
    return (
      <Notice tone="info" title="No caseworkers to show">
        Add caseworkers in the roster first.
      </Notice>
    );

  return (
    <div className="stack">
      <p className="muted small" role="status">
        {filled.length > 0
          ? `Visit rate for ${month}: ${formatRate(total.rate)} (${total.made} of ${total.due} visits), target ${target}%.`
          : `No measures for ${month} yet.`}
      </p>
      {issues.length > 0 && (
        <Notice tone="danger" title="Nothing was saved: please fix these first">
          <ul aria-label="Problems with the measures">
            {monthIssue ? (
              <li>{monthIssue.issue.message}</li>
            ) : (
              issues.map((x) => (
                <li key={`${x.caseworker.id}-${x.issue.field}-${x.issue.message}`}>
                  {x.caseworker.name}: {x.issue.message}
                </li>
              ))
            )}
          </ul>
        </Notice>
      )}
      <div className="table-wrap">
        <table className="table measures-grid">
          <caption className="visually-hidden">Measures for {month}</caption>
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
            {people.map((c) => {
              const t = rows[c.id];
              const due = t ? readNumber(t.visitsDue) : null;
              const made = t ? readNumber(t.visitsMade) : null;
              const r =
                typeof due === 'number' && typeof made === 'number' && due >= 0 && made >= 0
                  ? visitRate([{ visitsDue: due, visitsMade: made }], target)
                  : null;
              const caseload = t ? readNumber(t.caseload) : null;
              const standing =
                typeof caseload === 'number' ? caseloadStanding(caseload, ws.settings) : 'unknown';
              return (
                <tr key={c.id}>
                  <th scope="row">
                    {c.name}
                    <div className="small muted">{ws.unitName(c.unitId)}</div>
                  </th>
                  {FIELDS.map((f) => {
                    const problem = issueFor(c.id, f);
                    return (
                      <td key={f} className="num">
                        <input
                          className="grid-input"
                          inputMode="numeric"
                          aria-label={`${measureFieldLabel[f]} for ${c.name}`}
                          aria-invalid={problem ? true : undefined}
                          title={problem?.issue.message}
                          value={t?.[f] ?? ''}
                          onChange={(e) => set(c.id, f, e.target.value)}
                        />
                        {f === 'caseload' && standing === 'above' && (
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
      <div className="form-footer">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void save()}>
          Save measures for {month}
        </button>
      </div>
    </div>
  );
}
