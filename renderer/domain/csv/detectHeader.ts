// Finds the header row of an export: HR systems often put a title, a date or blank lines above the column names,
// so the row that names the most known columns (and holds text, not numbers) among the first few rows is taken.
import type { CsvRow } from './parseCsv';
import { headerKey, headerTokens } from './foldText';

export interface HeaderGuess {
  /** Index into the parsed rows. */
  index: number;
  /** Line of the file, for messages. */
  line: number;
  /** How many of its cells name a known column. */
  matched: number;
  /** 'low' when no cell named a known column and the row was taken for looking like a header; 'chosen' when the user picked it. */
  confidence: 'high' | 'low' | 'chosen';
}

export const HEADER_SCAN_ROWS = 10;

const looksNumeric = (cell: string): boolean => /^[\s$€£+-]*[\d.,:/ -]+%?\s*$/.test(cell);

/**
 * Scores the first `scanRows` rows. A cell that is a known header scores 3; one that contains a known header word
 * scores 2; other text scores a little; numbers and dates count against, as data rows are full of them.
 * `knownHeaders` are the synonyms and labels of the import's fields.
 */
export function detectHeader(
  rows: readonly CsvRow[],
  knownHeaders: Iterable<string>,
  scanRows = HEADER_SCAN_ROWS,
): HeaderGuess | null {
  const keys = new Set<string>();
  const words = new Set<string>();
  for (const known of knownHeaders) {
    const key = headerKey(known);
    if (key === '') continue;
    keys.add(key);
    // Only one-word names count as words: "name" in "Employee Name", but not "date" from "Start date".
    const tokens = headerTokens(known);
    if (tokens.length === 1 && tokens[0] !== undefined) words.add(tokens[0]);
  }

  let best: { index: number; score: number; matched: number } | null = null;
  const limit = Math.min(rows.length, scanRows);
  for (let index = 0; index < limit; index += 1) {
    const row = rows[index];
    if (!row) continue;
    let score = 0;
    let matched = 0;
    for (const raw of row.cells) {
      const cell = raw.trim();
      if (cell === '' || cell.length > 200) continue;
      if (looksNumeric(cell)) {
        score -= 1;
        continue;
      }
      if (keys.has(headerKey(cell))) {
        score += 3;
        matched += 1;
      } else if (headerTokens(cell).some((t) => words.has(t))) {
        score += 2;
        matched += 1;
      } else {
        score += 0.25;
      }
    }
    if (matched > 0 && (best === null || score > best.score)) best = { index, score, matched };
  }
  if (best !== null) {
    const row = rows[best.index];
    if (row) return { index: best.index, line: row.line, matched: best.matched, confidence: 'high' };
  }
  return fallbackHeader(rows, limit);
}

/**
 * Without a single known name, the first row of two or more text cells whose next row has as many cells is a fair guess:
 * the user then maps the columns by hand. A file with nothing like that gets no header at all, and a clear refusal.
 */
function fallbackHeader(rows: readonly CsvRow[], limit: number): HeaderGuess | null {
  for (let index = 0; index < limit; index += 1) {
    const row = rows[index];
    const next = rows[index + 1];
    if (!row || !next) continue;
    const filled = row.cells.filter((c) => c.trim() !== '');
    const textual = filled.every((c) => !looksNumeric(c.trim()) && c.length <= 200);
    if (filled.length >= 2 && textual && next.cells.length >= filled.length) {
      return { index, line: row.line, matched: 0, confidence: 'low' };
    }
  }
  return null;
}
