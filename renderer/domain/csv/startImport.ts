// The first step of every CSV import: read the file, find its header row and guess the column mapping, giving the
// mapping step everything it shows. The user's choices then go to validateImport (or a wrapper such as previewRosterImport).
import type { ImportSpec } from './importSpec';
import { specFields } from './importSpec';
import type { ColumnInfo, MappingGuess } from './guessMapping';
import { describeColumns, guessMapping } from './guessMapping';
import type { HeaderGuess } from './detectHeader';
import { detectHeader, HEADER_SCAN_ROWS } from './detectHeader';
import type { ParseCsvOptions, ParsedCsv } from './parseCsv';
import { parseCsv, parseCsvInSteps } from './parseCsv';

export interface StartedImport {
  table: ParsedCsv;
  header: HeaderGuess;
  columns: ColumnInfo[];
  guess: MappingGuess;
}

export type StartImportResult = { ok: true; value: StartedImport } | { ok: false; error: string };

/** Parses, finds the header and guesses the mapping; any refusal is a message for the user. */
export function startImport<V extends Record<string, unknown>, T, Ctx>(
  text: string,
  spec: ImportSpec<V, T, Ctx>,
  options: ParseCsvOptions = {},
): StartImportResult {
  const parsed = parseCsv(text, options);
  return parsed.ok ? findHeader(parsed.value, spec) : parsed;
}

/** startImport with the file read a slice at a time (parseCsvInSteps): progress, and ImportCancelled on abort. */
export async function startImportInSteps<V extends Record<string, unknown>, T, Ctx>(
  text: string,
  spec: ImportSpec<V, T, Ctx>,
  options: Parameters<typeof parseCsvInSteps>[1] = {},
): Promise<StartImportResult> {
  const parsed = await parseCsvInSteps(text, options);
  return parsed.ok ? findHeader(parsed.value, spec) : parsed;
}

function findHeader<V extends Record<string, unknown>, T, Ctx>(
  table: ParsedCsv,
  spec: ImportSpec<V, T, Ctx>,
): StartImportResult {
  const fields = specFields(spec);
  const header = detectHeader(
    table.rows,
    fields.flatMap((f) => [f.label, ...f.synonyms]),
  );
  if (header === null) {
    // Alternatives such as First name / Last name make poor examples of what a header looks like.
    const alternatives = new Set(fields.flatMap((f) => f.requiredUnless ?? []));
    const examples = fields
      .filter((f) => !alternatives.has(f.key))
      .slice(0, 3)
      .map((f) => f.label)
      .join(', ');
    return {
      ok: false,
      error:
        `No row of column names was found in the first ${String(HEADER_SCAN_ROWS)} lines, so this does not look like a ${spec.what} list. ` +
        `The file should start with a row of column names such as ${examples}.`,
    };
  }
  return { ok: true, value: describeImport(table, header, spec) };
}

/** Starts over from a header row the user picked (an index into `table.rows`), e.g. when the guess was wrong. */
export function withHeaderRow<V extends Record<string, unknown>, T, Ctx>(
  table: ParsedCsv,
  headerIndex: number,
  spec: ImportSpec<V, T, Ctx>,
): StartedImport {
  const row = table.rows[headerIndex];
  return describeImport(
    table,
    { index: headerIndex, line: row?.line ?? 0, matched: 0, confidence: 'chosen' },
    spec,
  );
}

function describeImport<V extends Record<string, unknown>, T, Ctx>(
  table: ParsedCsv,
  header: HeaderGuess,
  spec: ImportSpec<V, T, Ctx>,
): StartedImport {
  const columns = describeColumns(table.rows, header.index);
  const guess = guessMapping(
    columns.map((c) => table.rows[header.index]?.cells[c.index]?.trim() ?? ''),
    specFields(spec),
  );
  return { table, header, columns, guess };
}
