// Guesses which column of the file holds which field, from the header texts, so the mapping step starts filled in.
// The result is plain data the user can override: fieldKey -> column index, or null for "not in this file".
import type { CsvRow } from './parseCsv';
import { headerKey, headerTokens } from './foldText';

/** fieldKey -> index of the column holding it, or null when no column does. */
export type ColumnMapping = Record<string, number | null>;

export interface MappingGuess {
  mapping: ColumnMapping;
  /** fieldKey -> how sure the guess is: 1 for an exact synonym, 0.6-0.9 for a header containing one, 0 for none. */
  confidence: Record<string, number>;
}

/** What guessing needs to know about a field (an ImportField with its key fits). */
export interface GuessableField {
  key: string;
  label: string;
  synonyms: readonly string[];
  exclude?: readonly string[];
}

/** A column as the mapping step shows it: its header and a few values from the rows below. */
export interface ColumnInfo {
  index: number;
  header: string;
  samples: string[];
}

const MIN_LOOSE_CONFIDENCE = 0.6;

/**
 * Every (field, column) pair is scored, then pairs are taken best first so each column and each field is used once:
 * "Unit Name" goes to Unit (exact) even though it also contains "name".
 */
export function guessMapping(headers: readonly string[], fields: readonly GuessableField[]): MappingGuess {
  const columns = headers.map((h) => ({ key: headerKey(h), tokens: headerTokens(h) }));
  const candidates: { field: number; column: number; score: number }[] = [];

  fields.forEach((field, fieldIndex) => {
    const synonyms = [field.label, ...field.synonyms].map((s) => ({
      key: headerKey(s),
      tokens: headerTokens(s),
    }));
    const excluded = new Set((field.exclude ?? []).flatMap(headerTokens));
    columns.forEach((column, columnIndex) => {
      if (column.key === '') return;
      let score = 0;
      for (const synonym of synonyms) {
        if (synonym.key === '') continue;
        if (synonym.key === column.key) {
          score = 1;
          break;
        }
        if (column.tokens.some((t) => excluded.has(t))) continue;
        if (containsRun(column.tokens, synonym.tokens)) {
          score = Math.max(score, 0.5 + 0.4 * (synonym.tokens.length / column.tokens.length));
        }
      }
      if (score >= MIN_LOOSE_CONFIDENCE) candidates.push({ field: fieldIndex, column: columnIndex, score });
    });
  });

  // Best score first; ties go to the earlier field, then the earlier column, so the guess is deterministic.
  candidates.sort((a, b) => b.score - a.score || a.field - b.field || a.column - b.column);
  const mapping: ColumnMapping = {};
  const confidence: Record<string, number> = {};
  for (const field of fields) {
    mapping[field.key] = null;
    confidence[field.key] = 0;
  }
  const usedColumns = new Set<number>();
  const usedFields = new Set<number>();
  for (const c of candidates) {
    const field = fields[c.field];
    if (!field || usedFields.has(c.field) || usedColumns.has(c.column)) continue;
    usedFields.add(c.field);
    usedColumns.add(c.column);
    mapping[field.key] = c.column;
    confidence[field.key] = Math.round(c.score * 100) / 100;
  }
  return { mapping, confidence };
}

/** The columns of the header row with up to `sampleCount` non-blank values each, for the mapping step. */
export function describeColumns(rows: readonly CsvRow[], headerIndex: number, sampleCount = 3): ColumnInfo[] {
  const header = rows[headerIndex]?.cells ?? [];
  const width = Math.max(
    header.length,
    ...rows.slice(headerIndex + 1, headerIndex + 50).map((r) => r.cells.length),
  );
  const columns: ColumnInfo[] = [];
  for (let index = 0; index < width; index += 1) {
    const samples: string[] = [];
    // A few hundred rows are enough to find samples; an empty column must not cost a walk over the whole file.
    const last = Math.min(rows.length, headerIndex + 500);
    for (let r = headerIndex + 1; r < last && samples.length < sampleCount; r += 1) {
      const cell = rows[r]?.cells[index]?.trim() ?? '';
      if (cell !== '') samples.push(cell.length > 60 ? `${cell.slice(0, 59)}…` : cell);
    }
    const name = header[index]?.trim() ?? '';
    columns.push({ index, header: name === '' ? `Column ${String(index + 1)}` : name, samples });
  }
  return columns;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, i) => haystack[start + i] === word)) return true;
  }
  return false;
}
