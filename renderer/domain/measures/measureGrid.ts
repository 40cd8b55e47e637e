// The monthly measures grid as rules: which months can be entered, what each typed row reads as (its visit rate and
// caseload against the standard, as the person types), and the check before saving: every row right, or nothing
// saved, with each problem named by caseworker and field. The screen only renders what these return.
import type { InputByTable, MonthlyMeasure } from '../model';
import { caseloadStanding, visitRate, type Standards, type VisitRate } from '../gaps/gapEvidence';
import { checkMeasure, measureFieldLabel, readNumber } from './checkMeasure';

export const gridFields = ['visitsDue', 'visitsMade', 'visitsGoodQuality', 'caseload'] as const;
export type GridField = (typeof gridFields)[number];
/** A row as typed: every cell a string, so nothing typed is lost before it is checked. */
export type GridRow = Record<GridField, string>;

export const emptyGridRow: GridRow = { visitsDue: '', visitsMade: '', visitsGoodQuality: '', caseload: '' };

/** The months the grid offers, newest first: this month and the twelve before it. `today` is YYYY-MM-DD. */
export function gridMonths(today: string, count = 13): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const total = year * 12 + month - i;
    return `${String(Math.floor(total / 12))}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

/** The month the grid opens on: the last full month (measures are entered after the month). */
export const defaultGridMonth = (today: string): string => gridMonths(today, 2)[1] ?? today.slice(0, 7);

/** A stored month as the grid shows it; an empty row when there is none. */
export function gridRowOf(measure: MonthlyMeasure | undefined): GridRow {
  if (!measure) return emptyGridRow;
  return {
    visitsDue: String(measure.visitsDue),
    visitsMade: String(measure.visitsMade),
    visitsGoodQuality: String(measure.visitsGoodQuality),
    caseload: measure.caseload === null ? '' : String(measure.caseload),
  };
}

const isBlank = (row: GridRow): boolean => gridFields.every((f) => row[f].trim() === '');

export interface RowPreview {
  /** The visit rate of the row as typed; null until due and made are both plain numbers of zero or more. */
  rate: VisitRate | null;
  caseloadAboveStandard: boolean;
}

/** What a row shows while it is typed. */
export function previewRow(row: GridRow, standards: Standards): RowPreview {
  const due = readNumber(row.visitsDue);
  const made = readNumber(row.visitsMade);
  const caseload = readNumber(row.caseload);
  const rate =
    typeof due === 'number' && typeof made === 'number' && due >= 0 && made >= 0
      ? visitRate([{ visitsDue: due, visitsMade: made }], standards.visitTarget)
      : null;
  return {
    rate,
    caseloadAboveStandard: typeof caseload === 'number' && caseloadStanding(caseload, standards) === 'above',
  };
}

/** The visit rate of the whole grid as typed, over the rows whose due and made visits are numbers. */
export function gridTotal(rows: readonly GridRow[], target: number): { filled: number; total: VisitRate } {
  const filled = rows.flatMap((row) => {
    const due = readNumber(row.visitsDue);
    const made = readNumber(row.visitsMade);
    return typeof due === 'number' && typeof made === 'number' ? [{ visitsDue: due, visitsMade: made }] : [];
  });
  return { filled: filled.length, total: visitRate(filled, target) };
}

export interface GridIssue {
  /** Null for a problem with the month itself, which is said once rather than for every row. */
  caseworkerId: string | null;
  field: GridField | 'month';
  message: string;
}

export type GridCheck =
  { ok: true; measures: InputByTable['monthlyMeasures'][] } | { ok: false; issues: GridIssue[] };

/** Checks every filled row of a month; blank rows are skipped. Nothing is saved unless every row is right. */
export function checkGrid(
  month: string,
  rows: readonly { caseworkerId: string; row: GridRow }[],
  today: string,
): GridCheck {
  const issues: GridIssue[] = [];
  const measures: InputByTable['monthlyMeasures'][] = [];
  let monthIssue: GridIssue | null = null;
  for (const { caseworkerId, row } of rows) {
    if (isBlank(row)) continue;
    const read = {
      visitsDue: readNumber(row.visitsDue),
      visitsMade: readNumber(row.visitsMade),
      visitsGoodQuality: readNumber(row.visitsGoodQuality),
      caseload: readNumber(row.caseload),
    };
    const notNumbers = gridFields.filter((f) => read[f] === 'invalid');
    for (const f of notNumbers)
      issues.push({
        caseworkerId,
        field: f,
        message: `${measureFieldLabel[f]} '${row[f]}' is not a number.`,
      });
    if (notNumbers.length > 0) continue;
    const numbers = {
      month,
      visitsDue: numberOrNull(read.visitsDue),
      visitsMade: numberOrNull(read.visitsMade),
      visitsGoodQuality: numberOrNull(read.visitsGoodQuality),
      caseload: numberOrNull(read.caseload),
    };
    const problems = checkMeasure(numbers, today);
    for (const p of problems) {
      if (p.field === 'month') monthIssue ??= { caseworkerId: null, field: 'month', message: p.message };
      else if (isGridField(p.field)) issues.push({ caseworkerId, field: p.field, message: p.message });
    }
    if (problems.length === 0)
      measures.push({
        caseworkerId,
        month,
        visitsDue: numbers.visitsDue ?? 0,
        visitsMade: numbers.visitsMade ?? 0,
        visitsGoodQuality: numbers.visitsGoodQuality ?? 0,
        caseload: numbers.caseload,
      });
  }
  if (monthIssue) return { ok: false, issues: [monthIssue] };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, measures };
}

const numberOrNull = (v: number | null | 'invalid'): number | null => (typeof v === 'number' ? v : null);
const isGridField = (field: string): field is GridField => (gridFields as readonly string[]).includes(field);
