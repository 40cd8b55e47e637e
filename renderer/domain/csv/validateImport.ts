// Checks every row of a mapped CSV file against an import spec and produces the preview the user confirms:
// rows ready to import, rows refused with every reason in plain words and their line number, duplicates, warnings, totals.
import type { FieldIssue } from '../model';
import type { ColumnMapping } from './guessMapping';
import type { CellResult, DuplicateKey, ImportSpec, KeyedField } from './importSpec';
import { specFields } from './importSpec';
import type { CsvRow, ParsedCsv } from './parseCsv';
import { listLines } from './parseCsv';
import { plural } from '../format/format';
import { runInSteps, runToEnd, type StepOptions, type StepProgress } from './importSteps';

export interface ValidateImportInput<V extends Record<string, unknown>, T, Ctx> {
  table: ParsedCsv;
  /** Index into `table.rows` of the header row; the rows after it are the data. */
  headerIndex: number;
  mapping: ColumnMapping;
  spec: ImportSpec<V, T, Ctx>;
  /** What the spec needs to know about stored data (existing records for duplicate checks, units, ...). */
  context: Ctx;
}

export interface AcceptedRow<T> {
  line: number;
  value: T;
  warnings: string[];
}

export interface RejectedRow {
  line: number;
  /** Last line of the row when it ran over several lines (see mergedRowsProblem). */
  endLine?: number;
  /** The row as written, for showing next to the reasons. */
  cells: string[];
  /** Every reason, each a full sentence naming the column; `field` is the field key, or '' for the row as a whole. */
  reasons: FieldIssue[];
  /** True when the row was refused only for repeating another row or a stored record. */
  duplicate: boolean;
}

export interface ImportTotals {
  /** Data rows read below the header (blank lines not counted). */
  rows: number;
  accepted: number;
  rejected: number;
  /** Rejected rows that were duplicates (within the file or of stored records). */
  duplicates: number;
  /** Accepted rows carrying a warning. */
  withWarnings: number;
}

export interface ImportPreview<T> {
  headerLine: number;
  /** Header texts as shown in the mapping step ("Column 3" for an unnamed one). */
  columns: string[];
  mapping: ColumnMapping;
  /** Problems with the file or the mapping as a whole: nothing can be imported until they are fixed. */
  errors: string[];
  /** Worth knowing, does not stop the import. */
  warnings: string[];
  accepted: AcceptedRow<T>[];
  rejected: RejectedRow[];
  totals: ImportTotals;
  /** True when there are no errors and at least one row to import. */
  canImport: boolean;
  /** One sentence with the numbers, for the top of the preview. */
  summary: string;
}

const MAX_REMEMBERED_READINGS = 2_000;

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** A cell quoted in a message, cut short so one huge cell cannot swamp the report. */
const quoteCell = (cell: string): string => `'${cell.length > 40 ? `${cell.slice(0, 39)}…` : cell}'`;

/** Rows checked between two turns of the event loop in validateImportInSteps. */
export const VALIDATE_SLICE_ROWS = 2_500;

/** Validates all data rows. Linear in the number of rows: duplicates are found through maps, never by comparing pairs. */
export function validateImport<V extends Record<string, unknown>, T, Ctx>(
  input: ValidateImportInput<V, T, Ctx>,
): ImportPreview<T> {
  return runToEnd(checkRows(input, VALIDATE_SLICE_ROWS));
}

/**
 * The same preview as validateImport, checked `sliceRows` rows at a time with a turn of the event loop between slices,
 * reporting rows checked of data rows; aborting `signal` stops it with ImportCancelled.
 */
export function validateImportInSteps<V extends Record<string, unknown>, T, Ctx>(
  input: ValidateImportInput<V, T, Ctx>,
  options: StepOptions & { sliceRows?: number } = {},
): Promise<ImportPreview<T>> {
  return runInSteps(checkRows(input, options.sliceRows ?? VALIDATE_SLICE_ROWS), options);
}

/** The one validation loop, yielding rows done of data rows after every `sliceRows` rows and at the end. */
function* checkRows<V extends Record<string, unknown>, T, Ctx>(
  input: ValidateImportInput<V, T, Ctx>,
  sliceRows: number,
): Generator<StepProgress, ImportPreview<T>> {
  const { table, headerIndex, mapping, spec, context } = input;
  const fields = specFields(spec);
  const header = table.rows[headerIndex];
  const dataRows = header ? table.rows.slice(headerIndex + 1) : [];

  let width = header?.cells.length ?? 0;
  for (const row of dataRows) if (row.cells.length > width) width = row.cells.length;
  const columns = Array.from(
    { length: width },
    (_, i) => header?.cells[i]?.trim() || `Column ${String(i + 1)}`,
  );

  const errors: string[] = [];
  const warnings = [...table.warnings];
  if (!header) errors.push('No header row was found, so the columns cannot be matched to fields.');
  else if (header.endLine !== undefined)
    errors.push(
      `The header row runs from line ${String(header.line)} to line ${String(header.endLine)}: a quote mark (") in it is not closed on the same line. Fix the quote marks and import again.`,
    );
  const plan = header ? checkMapping(fields, mapping, columns, errors) : [];

  const preview = (accepted: AcceptedRow<T>[], rejected: RejectedRow[]): ImportPreview<T> => {
    const duplicates = rejected.filter((r) => r.duplicate).length;
    const totals: ImportTotals = {
      rows: dataRows.length,
      accepted: accepted.length,
      rejected: rejected.length,
      duplicates,
      withWarnings: accepted.filter((r) => r.warnings.length > 0).length,
    };
    if (errors.length === 0 && header) {
      if (dataRows.length === 0) errors.push('The file has a header row but no rows of data below it.');
      else if (accepted.length === 0) {
        errors.push(
          `None of the ${plural(dataRows.length, 'row')} can be imported: every row has a problem, listed below with its line number.`,
        );
      }
    }
    return {
      headerLine: header?.line ?? 0,
      columns,
      mapping: { ...mapping },
      errors,
      warnings,
      accepted,
      rejected,
      totals,
      canImport: errors.length === 0 && accepted.length > 0,
      summary: summarize(totals, spec.what),
    };
  };
  if (errors.length > 0) return preview([], []);

  const mappedColumns = new Set(plan.flatMap((p) => (p.column === null ? [] : [p.column])));
  const headerWidth = header?.cells.length ?? 0;
  // Cells beyond the header get their own warning below, so only named columns are listed here.
  const unmapped = columns.filter(
    (_, i) =>
      i < headerWidth && !mappedColumns.has(i) && dataRows.some((r) => (r.cells[i]?.trim() ?? '') !== ''),
  );
  if (unmapped.length > 0) {
    warnings.push(
      `${unmapped.length === 1 ? 'This column is' : 'These columns are'} not imported: ${unmapped.join(', ')}.`,
    );
  }

  const existing = new Map<string, string | undefined>();
  if (spec.existingKeys) {
    for (const key of spec.existingKeys(context))
      if (!existing.has(key.key)) existing.set(key.key, key.owner);
  }
  // Stored keys can be as many as the rows (180,000 measures): a slice of their own.
  yield { done: 0, total: dataRows.length };
  const seen = new Map<string, number>();
  const accepted: AcceptedRow<T>[] = [];
  const rejected: RejectedRow[] = [];
  const extraCellLines: number[] = [];
  const shortLines: number[] = [];

  // Worked out once, not per row: which plan entries are required, and where their alternatives sit in the plan.
  const planIndex = new Map(plan.map((p, i) => [p.field.key, i]));
  const requiredChecks = plan.flatMap((p, i) =>
    p.field.required
      ? [
          {
            at: i,
            field: p.field,
            alternatives: (p.field.requiredUnless ?? []).flatMap((k) => planIndex.get(k) ?? []),
          },
        ]
      : [],
  );
  const extraColumnsMapped = plan.some((p) => p.column !== null && p.column >= headerWidth);
  const blank: boolean[] = plan.map(() => false);
  // Units, roles, statuses and dates repeat down a column; remembering a column's readings saves most of the parsing.
  // Columns of unique values (names, IDs) stop being remembered once they prove unique, so memory stays small.
  const readings = plan.map(() => new Map<string, CellResult<unknown>>());

  for (let r = 0; r < dataRows.length; r += 1) {
    if (r > 0 && r % sliceRows === 0) yield { done: r, total: dataRows.length };
    const row = dataRows[r] as CsvRow;
    const runTogether = mergedRowsProblem(row, headerWidth);
    if (runTogether !== null) {
      rejected.push({
        line: row.line,
        ...(row.endLine !== undefined ? { endLine: row.endLine } : {}),
        cells: row.cells,
        reasons: [{ field: '', message: runTogether }],
        duplicate: false,
      });
      continue;
    }
    if (row.cells.length < headerWidth) shortLines.push(row.line);
    const values: Record<string, unknown> = {};
    const reasons: FieldIssue[] = [];
    for (let i = 0; i < plan.length; i += 1) {
      const { field, column } = plan[i] as PlannedField;
      const cell = column === null ? '' : (row.cells[column]?.trim() ?? '');
      blank[i] = cell === '';
      if (cell === '') {
        values[field.key] = field.empty;
        continue;
      }
      const remembered = readings[i];
      let result = remembered?.get(cell);
      if (result === undefined) {
        result = field.parse(cell);
        // Only plain values are shared between rows: an array (a multi-select answer) must belong to one row alone.
        const shareable = !result.ok || typeof result.value !== 'object' || result.value === null;
        if (remembered && shareable && remembered.size < MAX_REMEMBERED_READINGS)
          remembered.set(cell, result);
      }
      if (result.ok) values[field.key] = result.value;
      else {
        values[field.key] = field.empty;
        reasons.push({ field: field.key, message: `${field.label} ${quoteCell(cell)} ${result.message}` });
      }
    }
    for (const check of requiredChecks) {
      if (!blank[check.at]) continue;
      // A blank name is fine when its alternatives (first and last name) hold something.
      if (check.alternatives.some((a) => !blank[a])) continue;
      reasons.unshift({ field: check.field.key, message: `${check.field.label} is missing` });
    }
    if (
      !extraColumnsMapped &&
      row.cells.length > headerWidth &&
      row.cells.slice(headerWidth).some((c) => c.trim() !== '')
    ) {
      extraCellLines.push(row.line);
    }

    if (reasons.length > 0) {
      rejected.push({ line: row.line, cells: row.cells, reasons, duplicate: false });
      continue;
    }
    const built = spec.build(values as V, context);
    if (!built.ok) {
      rejected.push({
        line: row.line,
        cells: row.cells,
        reasons: built.reasons.map((message) => ({ field: '', message })),
        duplicate: false,
      });
      continue;
    }

    const keys = spec.duplicateKeys(built.value);
    const duplicateReasons = duplicatesOf(keys, existing, seen, spec.where);
    if (duplicateReasons.length > 0) {
      rejected.push({ line: row.line, cells: row.cells, reasons: duplicateReasons, duplicate: true });
      continue;
    }
    // Only rows that will be imported claim their keys, so "same as line 4" always points at a row being imported.
    for (const key of keys) if (!seen.has(key.key)) seen.set(key.key, row.line);
    accepted.push({ line: row.line, value: built.value, warnings: built.warnings ?? [] });
  }

  if (shortLines.length > 0) {
    warnings.push(
      `${capitalize(listLines(shortLines))} ${shortLines.length === 1 ? 'has' : 'have'} fewer cells than the header has columns; the missing cells were read as empty. Check ${shortLines.length === 1 ? 'it' : 'them'} in the preview.`,
    );
  }
  if (extraCellLines.length > 0) {
    warnings.push(
      `${capitalize(listLines(extraCellLines))} ${extraCellLines.length === 1 ? 'has' : 'have'} more cells than the header has columns; the extra cells were not imported.`,
    );
  }
  yield { done: dataRows.length, total: dataRows.length };
  return preview(accepted, rejected);
}

/**
 * A record over several lines is fine when a quoted note runs on (a second line rarely holds the delimiters of a whole
 * row). When two or more of its lines each hold as many delimiters as a whole row, a stray quote mark has run rows
 * together: the row is refused by its lines instead of importing one person whose name is three people's rows.
 */
export function mergedRowsProblem(row: CsvRow, headerWidth: number): string | null {
  if (row.endLine === undefined || row.lineDelimiters === undefined) return null;
  const wholeRow = Math.max(1, headerWidth - 1);
  const rowLike = row.lineDelimiters.filter((n) => n >= wholeRow).length;
  if (rowLike < 2) return null;
  return (
    `Lines ${String(row.line)} to ${String(row.endLine)} were read as one row because a quote mark (") is not closed on ` +
    'the line where it opens, so these rows run together. A cell that starts with " must end with " (and a " inside a ' +
    'cell is written ""). Fix the quote marks on these lines and import again; nothing from them is imported.'
  );
}

/** "line 7: Caseload 'twelve' is not a whole number; Start date '2025-02-30' is not a real calendar date" */
export function formatRejectedRow(row: RejectedRow): string {
  return `line ${String(row.line)}: ${row.reasons.map((r) => r.message).join('; ')}`;
}

/** The whole preview as plain text, one line per message: for copying into an email or saving next to the file. */
export function importReport(preview: ImportPreview<unknown>): string {
  const lines = [preview.summary, ...preview.errors, ...preview.warnings];
  for (const row of preview.rejected) lines.push(formatRejectedRow(row));
  for (const row of preview.accepted)
    for (const w of row.warnings) lines.push(`line ${String(row.line)}: ${w}`);
  return lines.join('\n');
}

/** Reasons a row repeats a stored record (reported once) or earlier rows (once per earlier line). */
function duplicatesOf(
  keys: readonly DuplicateKey[],
  existing: ReadonlyMap<string, string | undefined>,
  seen: ReadonlyMap<string, number>,
  where: string,
): FieldIssue[] {
  const reasons: FieldIssue[] = [];
  let reportedExisting = false;
  let reportedLines: number[] | null = null;
  for (const key of keys) {
    if (!reportedExisting && existing.has(key.key)) {
      const owner = existing.get(key.key);
      reasons.push({
        field: '',
        message: `${capitalize(key.label)} is already ${where}${owner ? ` (${owner})` : ''}`,
      });
      reportedExisting = true;
    }
    const earlier = seen.get(key.key);
    if (earlier !== undefined && !(reportedLines ?? []).includes(earlier)) {
      reasons.push({ field: '', message: `Same ${key.label} as line ${String(earlier)}` });
      (reportedLines ??= []).push(earlier);
    }
  }
  return reasons;
}

interface PlannedField {
  field: KeyedField;
  column: number | null;
}

/** Checks the mapping as a whole and says, in words, what is missing or doubled. */
function checkMapping(
  fields: readonly KeyedField[],
  mapping: ColumnMapping,
  columns: readonly string[],
  errors: string[],
): PlannedField[] {
  const byColumn = new Map<number, string[]>();
  const plan: PlannedField[] = [];
  for (const field of fields) {
    const column = mapping[field.key] ?? null;
    if (column !== null && (!Number.isInteger(column) || column < 0 || column >= columns.length)) {
      errors.push(
        `${field.label} is set to a column that is not in the file. Choose another column for ${field.label}.`,
      );
      plan.push({ field, column: null });
      continue;
    }
    if (column !== null) byColumn.set(column, [...(byColumn.get(column) ?? []), field.label]);
    plan.push({ field, column });
  }
  for (const [column, labels] of byColumn) {
    if (labels.length > 1) {
      errors.push(
        `Column '${String(columns[column])}' is chosen for both ${labels.slice(0, -1).join(', ')} and ${String(labels[labels.length - 1])}; a column can fill only one field.`,
      );
    }
  }
  const mapped = (key: string): boolean => (mapping[key] ?? null) !== null;
  for (const field of fields) {
    if (!field.required || mapped(field.key)) continue;
    const alternatives = field.requiredUnless ?? [];
    if (alternatives.length > 0 && alternatives.every(mapped)) continue;
    const labels = alternatives.map((k) => fields.find((f) => f.key === k)?.label ?? k);
    const orElse =
      labels.length === 0
        ? ''
        : `, or map ${labels.length > 1 ? 'both ' : ''}${labels.slice(0, -1).join(', ')}${labels.length > 1 ? ' and ' : ''}${String(labels[labels.length - 1])}`;
    errors.push(`No column for ${field.label} was found. Map one of the columns to ${field.label}${orElse}.`);
  }
  return plan;
}

function summarize(totals: ImportTotals, what: string): string {
  if (totals.rows === 0) return 'No rows of data were found.';
  const ready = `${totals.accepted.toLocaleString()} of ${plural(totals.rows, 'row')} ${totals.accepted === 1 ? 'is' : 'are'} ready to import as ${plural(totals.accepted, what)}`;
  if (totals.rejected === 0) return `${ready}.`;
  const problems = totals.rejected - totals.duplicates;
  const parts = [
    ...(problems > 0 ? [`${plural(problems, 'row')} with problems`] : []),
    ...(totals.duplicates > 0 ? [plural(totals.duplicates, 'duplicate')] : []),
  ];
  return `${ready}; ${totals.rejected.toLocaleString()} will be skipped (${parts.join(', ')}).`;
}
