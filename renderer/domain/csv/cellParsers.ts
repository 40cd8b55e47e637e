// Readers for the kinds of cell every import meets (text, whole numbers, dates, email addresses, choices), so the
// roster, survey and measure imports word their complaints the same way. Messages follow the column name.
import { isExists, isValid, parse } from 'date-fns';
import { z } from 'zod';
import { cellError, cellOk, type CellResult } from './importSpec';
import { foldText, tidyText } from './foldText';

const emailSchema = z.email();
// Only the reference for parts a pattern does not mention; every accepted pattern names day, month and year.
const REFERENCE_DATE = new Date(2000, 0, 1);
const MONTH_NAME_FORMATS = ['d MMMM yyyy', 'd MMM yyyy', 'MMMM d yyyy', 'MMM d yyyy'] as const;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDay = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Reads numeric dates as numbers and checks the day exists; null when the cell is not in that shape at all. */
function numericDate(cell: string): CellResult<string> | null {
  const impossible = cellError('is not a real calendar date');
  // 2025-03-14 or 2025/3/14, optionally followed by a time as database exports add.
  let m =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      cell,
    );
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isExists(year, month - 1, day) ? cellOk(isoDay(year, month, day)) : impossible;
  }
  // 3/14/2025 or 3-14-2025: month first, the way US agency systems write it.
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(cell);
  if (m) {
    if (m[3]?.length === 2) return cellError('has a two-digit year; write the year in full, like 3/14/2025');
    const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isExists(year, month - 1, day)) return cellOk(isoDay(year, month, day));
    return month > 12 && isExists(year, day - 1, month)
      ? cellError(
          'is not a real date when read as month/day/year; write it as year-month-day, like 2025-03-14',
        )
      : impossible;
  }
  // 14.03.2025: day first, as dotted dates always are.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isExists(year, month - 1, day) ? cellOk(isoDay(year, month, day)) : impossible;
  }
  return null;
}

/** Reads "14 March 2025", "14-Mar-2025" and "March 14, 2025" with date-fns. */
function monthNameDate(cell: string): CellResult<string> | null {
  if (!/[a-z]/i.test(cell) || !/\d{4}/.test(cell)) return null;
  // date-fns knows "Sep" but not the common "Sept"; commas and dashes are just separators here.
  const text = cell
    .replace(/[,-]/g, ' ')
    .replace(/\bsept\b/i, 'Sep')
    .replace(/\.(?=\s)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const format of MONTH_NAME_FORMATS) {
    const date = parse(text, format, REFERENCE_DATE);
    if (isValid(date)) return cellOk(isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate()));
  }
  // The same text with day 1 in place of the day reads fine: so the day is what does not exist (30 February).
  const withDayOne = text.replace(/^\d{1,2}\b/, '1').replace(/\b\d{1,2}(?= \d{4}$)/, '1');
  for (const format of MONTH_NAME_FORMATS) {
    if (isValid(parse(withDayOne, format, REFERENCE_DATE))) return cellError('is not a real calendar date');
  }
  return null;
}

export const cellParsers = {
  /** Free text, tidied; too long is an error rather than silently cut. */
  text(max: number): (cell: string) => CellResult<string> {
    return (cell) => {
      const value = tidyText(cell);
      return value.length > max ? cellError(`is longer than ${String(max)} characters`) : cellOk(value);
    };
  },

  /** A whole number in a range; "1,200" and "12.0" are read as the numbers they mean. */
  wholeNumber(options: { min?: number; max?: number } = {}): (cell: string) => CellResult<number> {
    const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = options;
    return (cell) => {
      const plain = cell.replace(/,(?=\d{3}\b)/g, '');
      if (!/^[+-]?\d+(?:\.\d+)?$/.test(plain)) return cellError('is not a whole number');
      const value = Number(plain);
      if (!Number.isInteger(value)) return cellError('is not a whole number');
      if (value < min)
        return cellError(min === 0 ? 'cannot be negative' : `cannot be less than ${String(min)}`);
      if (value > max) return cellError(`is more than ${String(max)}, which is not plausible`);
      return cellOk(value);
    };
  },

  /** A calendar day as YYYY-MM-DD, from 2025-03-14, 3/14/2025, 14.03.2025, 14 March 2025 or March 14, 2025. */
  date(): (cell: string) => CellResult<string> {
    return (cell) =>
      numericDate(cell) ??
      monthNameDate(cell) ??
      cellError('is not a date; write it like 2025-03-14, 3/14/2025 or 14 March 2025');
  },

  /** An email address, kept as written. */
  email(): (cell: string) => CellResult<string> {
    return (cell) =>
      emailSchema.safeParse(cell).success ? cellOk(cell) : cellError('is not a valid email address');
  },

  /**
   * One of a fixed set of values, recognised by any of its words (folded). `words` maps each value to what people write
   * for it; the message lists the values by their first word.
   */
  choice<V extends string>(words: Readonly<Record<V, readonly string[]>>): (cell: string) => CellResult<V> {
    const lookup = new Map<string, V>();
    const names: string[] = [];
    for (const value of Object.keys(words) as V[]) {
      const list = words[value];
      names.push(list[0] ?? value);
      for (const word of [value, ...list])
        lookup.set(
          foldText(word)
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim(),
          value,
        );
    }
    const allowed =
      names.length > 1
        ? `${names.slice(0, -1).join(', ')} or ${String(names[names.length - 1])}`
        : names.join('');
    return (cell) => {
      const found = lookup.get(
        foldText(cell)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      );
      return found === undefined ? cellError(`is not one of: ${allowed}`) : cellOk(found);
    };
  },
} as const;
