// The monthly-measures CSV import (PRODUCT.md 4.6): each row names a caseworker (by employee ID or by name) and a month
// with visits due, made and of good quality. Unknown or ambiguous caseworkers, visits made above visits due, negative
// numbers and months in the future are refused row by row, naming the column.
import type { Caseworker, InputByTable, MonthlyMeasure } from '../model';
import { formatIssue, issuesFromZod, monthlyMeasureFields, isLive } from '../model';
import { cellError, cellOk, type CellResult, type ImportSpec } from '../csv/importSpec';
import { cellParsers } from '../csv/cellParsers';
import { foldText } from '../csv/foldText';
import { checkMeasure } from './checkMeasure';

export interface MeasureValues extends Record<string, unknown> {
  caseworker: string;
  employeeId: string;
  month: string | null;
  visitsDue: number | null;
  visitsMade: number | null;
  visitsGoodQuality: number | null;
  caseload: number | null;
}

export interface MeasureImportRow {
  measure: InputByTable['monthlyMeasures'];
  caseworkerName: string;
}

/** Lookups built once per import, so each row is matched in constant time. */
export interface MeasureImportContext {
  today: string;
  byEmployeeId: ReadonlyMap<string, Pick<Caseworker, 'id' | 'name'>>;
  /** Folded name -> every caseworker with that name (more than one makes the name ambiguous). */
  byName: ReadonlyMap<string, Pick<Caseworker, 'id' | 'name'>[]>;
  /** `${caseworkerId}/${month}` of measures already stored, with whose they are. */
  existing: ReadonlyMap<string, string>;
}

export function measureImportContext(input: {
  caseworkers: readonly Pick<Caseworker, 'id' | 'name' | 'employeeId' | 'deletedAt'>[];
  measures: readonly Pick<MonthlyMeasure, 'caseworkerId' | 'month' | 'deletedAt'>[];
  today: string;
}): MeasureImportContext {
  const byEmployeeId = new Map<string, Pick<Caseworker, 'id' | 'name'>>();
  const byName = new Map<string, Pick<Caseworker, 'id' | 'name'>[]>();
  const names = new Map<string, string>();
  for (const c of input.caseworkers) {
    if (!isLive(c)) continue;
    names.set(c.id, c.name);
    if (c.employeeId.trim() !== '') byEmployeeId.set(foldText(c.employeeId), c);
    const key = foldText(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  const existing = new Map<string, string>();
  for (const m of input.measures) {
    if (!isLive(m)) continue;
    existing.set(`${m.caseworkerId}/${m.month}`, names.get(m.caseworkerId) ?? 'a caseworker');
  }
  return { today: input.today, byEmployeeId, byName, existing };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const pad = (n: number) => String(n).padStart(2, '0');

/** A month from 2026-03, 2026/3, 03/2026, 3-2026, March 2026, Mar 2026, or a date within it (2026-03-01, 3/1/2026). */
export function parseMonth(cell: string): CellResult<string> {
  const bad = cellError('is not a month; write it like 2026-03 or March 2026');
  let m = /^(\d{4})[-/](\d{1,2})$/.exec(cell);
  if (m)
    return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? cellOk(`${String(m[1])}-${pad(Number(m[2]))}`) : bad;
  m = /^(\d{1,2})[-/](\d{4})$/.exec(cell);
  if (m)
    return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? cellOk(`${String(m[2])}-${pad(Number(m[1]))}`) : bad;
  m = /^([a-z]+)\.?[\s,-]+(\d{4})$/i.exec(cell.trim());
  if (m) {
    const word = (m[1] ?? '').toLowerCase();
    const index =
      word.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(word === 'sept' ? 'sep' : word)) : -1;
    return index >= 0 ? cellOk(`${String(m[2])}-${pad(index + 1)}`) : bad;
  }
  const date = cellParsers.date()(cell);
  return date.ok ? cellOk(date.value.slice(0, 7)) : bad;
}

const count = cellParsers.wholeNumber({ min: 0, max: 100_000 });
const within = (parse: (cell: string) => CellResult<number>) => (cell: string) => {
  const r = parse(cell);
  return r.ok ? cellOk<number | null>(r.value) : r;
};

export const measureImportSpec: ImportSpec<MeasureValues, MeasureImportRow, MeasureImportContext> = {
  what: 'monthly measure',
  where: 'in the workspace',
  fields: {
    caseworker: {
      label: 'Caseworker',
      required: true,
      requiredUnless: ['employeeId'],
      synonyms: [
        'name',
        'worker',
        'worker name',
        'caseworker name',
        'case worker',
        'employee',
        'employee name',
        'staff',
      ],
      exclude: ['supervisor', 'manager', 'unit', 'id', 'number'],
      empty: '',
      parse: cellParsers.text(200),
      hint: 'the caseworker’s name as in the roster',
    },
    employeeId: {
      label: 'Employee ID',
      synonyms: ['emp id', 'id', 'employee number', 'worker id', 'staff id', 'employee no'],
      exclude: ['case', 'unit'],
      empty: '',
      parse: cellParsers.text(100),
      hint: 'matched before the name when both are given',
    },
    month: {
      label: 'Month',
      required: true,
      synonyms: ['period', 'reporting month', 'report month', 'month of', 'date', 'year month'],
      empty: null,
      parse: parseMonth,
      hint: 'like 2026-03 or March 2026',
    },
    visitsDue: {
      label: 'Visits due',
      required: true,
      synonyms: ['due', 'visits required', 'required visits', 'children to see', 'visits expected'],
      empty: null,
      parse: within(count),
      hint: 'a whole number, 0 or more',
    },
    visitsMade: {
      label: 'Visits made',
      required: true,
      synonyms: ['made', 'visits completed', 'completed visits', 'visits done', 'children seen', 'completed'],
      exclude: ['quality', 'good'],
      empty: null,
      parse: within(count),
      hint: 'cannot be more than visits due',
    },
    visitsGoodQuality: {
      label: 'Good-quality visits',
      required: true,
      synonyms: ['good quality', 'quality visits', 'good quality visits', 'visits good quality', 'quality'],
      empty: null,
      parse: within(count),
      hint: 'cannot be more than visits made',
    },
    caseload: {
      label: 'Caseload',
      synonyms: ['active caseload', 'cases', 'active cases', 'case load', 'open cases'],
      empty: null,
      parse: within(cellParsers.wholeNumber({ min: 0, max: 1000 })),
      hint: 'active cases that month (optional)',
    },
  },

  build(values, context) {
    let match: Pick<Caseworker, 'id' | 'name'> | undefined;
    if (values.employeeId !== '') {
      match = context.byEmployeeId.get(foldText(values.employeeId));
      if (!match) return { ok: false, reasons: [`Employee ID '${values.employeeId}' is not in the roster.`] };
    } else {
      const found = context.byName.get(foldText(values.caseworker)) ?? [];
      if (found.length === 0)
        return { ok: false, reasons: [`Caseworker '${values.caseworker}' is not in the roster.`] };
      if (found.length > 1)
        return {
          ok: false,
          reasons: [
            `Caseworker '${values.caseworker}' matches ${String(found.length)} people in the roster; add an Employee ID column.`,
          ],
        };
      match = found[0];
    }
    if (!match) return { ok: false, reasons: ['Caseworker is missing.'] };
    const issues = checkMeasure(
      {
        month: values.month ?? '',
        visitsDue: values.visitsDue,
        visitsMade: values.visitsMade,
        visitsGoodQuality: values.visitsGoodQuality,
        caseload: values.caseload,
      },
      context.today,
    );
    if (issues.length > 0) return { ok: false, reasons: issues.map((i) => i.message) };
    const parsed = monthlyMeasureFields.safeParse({
      caseworkerId: match.id,
      month: values.month,
      visitsDue: values.visitsDue,
      visitsMade: values.visitsMade,
      visitsGoodQuality: values.visitsGoodQuality,
      caseload: values.caseload,
    });
    if (!parsed.success) return { ok: false, reasons: issuesFromZod(parsed.error).map(formatIssue) };
    return { ok: true, value: { measure: parsed.data, caseworkerName: match.name } };
  },

  duplicateKeys(row) {
    return [
      {
        key: `${row.measure.caseworkerId}/${row.measure.month}`,
        label: `measures for ${row.caseworkerName} in ${row.measure.month}`,
      },
    ];
  },

  existingKeys(context) {
    return [...context.existing.keys()].map((key) => ({ key }));
  },
};
