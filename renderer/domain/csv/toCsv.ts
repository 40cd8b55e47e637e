// Writes tables to CSV for export: CRLF line endings and an optional BOM so Excel opens accented names correctly,
// a fixed column order, nested values flattened, and text that a spreadsheet would run as a formula defused.
import Papa from 'papaparse';

export interface ToCsvOptions {
  /** Starts the text with a UTF-8 byte order mark, which Excel needs to read the file as UTF-8. Default true. */
  bom?: boolean;
  /** Prefixes text starting with = + - @ tab or CR with a quote mark (CSV-injection defence). Default true. */
  guardFormulas?: boolean;
  delimiter?: string;
}

/** A column of an exported table: its header, and how to get its value from one record. */
export interface CsvColumn<R> {
  key: string;
  header: string;
  value: (record: R) => unknown;
}

// The characters OWASP lists as starting a formula in Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes one value a cell's text: arrays joined with "; ", objects as JSON, booleans as yes/no, dates as ISO text. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value)) {
    return value
      .map((item: unknown) =>
        item !== null && typeof item === 'object' && !(item instanceof Date)
          ? JSON.stringify(item)
          : csvCell(item),
      )
      .filter((s) => s !== '')
      .join('; ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return '';
}

/**
 * Serialises a header and rows. Only text is guarded: a real number such as -5 cannot be a formula and must stay a number.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: ToCsvOptions = {},
): string {
  const { bom = true, guardFormulas = true, delimiter = ',' } = options;
  const cell = (value: unknown): string => {
    const text = csvCell(value);
    const isText =
      typeof value === 'string' || Array.isArray(value) || (typeof value === 'object' && value !== null);
    return guardFormulas && isText && FORMULA_START.test(text) ? `'${text}` : text;
  };
  const body = Papa.unparse([header.map(cell), ...rows.map((row) => header.map((_, i) => cell(row[i])))], {
    newline: '\r\n',
    delimiter,
    quotes: false,
    header: false,
    skipEmptyLines: false,
  });
  return `${bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Exports records through column definitions, in the columns' order. */
export function tableToCsv<R>(
  records: readonly R[],
  columns: readonly CsvColumn<R>[],
  options: ToCsvOptions = {},
): string {
  return toCsv(
    columns.map((c) => c.header),
    records.map((record) => columns.map((c) => c.value(record))),
    options,
  );
}
