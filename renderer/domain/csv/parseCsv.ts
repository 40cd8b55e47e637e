// Reads the text of a CSV file into rows of cells, each tagged with the line number a person sees in a text editor,
// and refuses anything that is not a table (empty, binary, oversized, one endless line) with a message a person can act on.
import Papa from 'papaparse';
import { ImportCancelled, throwIfCancelled, type StepProgress } from './importSteps';

/** One non-empty record of the file. */
export interface CsvRow {
  /** 1-based physical line where the record starts; a quoted cell may carry the record over several lines. */
  line: number;
  /** Cells exactly as written in the file (quotes removed, nothing trimmed). */
  cells: string[];
  /** Last physical line of the record, present only when a quoted cell carried it over several lines. */
  endLine?: number;
  /**
   * For a record over several lines: how many delimiters each of its physical lines holds, quotes ignored. Two lines that
   * each look like a whole row mean a stray quote mark ran rows together (see validateImport).
   */
  lineDelimiters?: number[];
}

export interface ParsedCsv {
  rows: CsvRow[];
  delimiter: string;
  /** Things worth telling the user that do not stop the import. */
  warnings: string[];
}

export type ParseCsvResult = { ok: true; value: ParsedCsv } | { ok: false; error: string };

export interface ParseCsvOptions {
  /** Size of the file in bytes as the caller read it; the text length is used when absent. */
  byteLength?: number;
  maxBytes?: number;
  maxRows?: number;
  /** Longest cell accepted; a longer one means the file is not a table (or a quote was never closed). */
  maxCellLength?: number;
  /** Forces a delimiter instead of guessing it. */
  delimiter?: string;
}

export const csvLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 200_000,
  // Excel's own limit for one cell: anything longer did not come from a spreadsheet.
  maxCellLength: 32_767,
  /** How much of the start of a file is examined to guess the delimiter and spot binary content. */
  sampleChars: 64 * 1024,
} as const;

const DELIMITERS = [',', ';', '\t', '|'] as const;
const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'vertical bar',
};

const number = (n: number): string => n.toLocaleString('en-US');
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Parses CSV text. Never throws on bad input: every refusal comes back as `{ ok: false, error }`. */
export function parseCsv(input: string, options: ParseCsvOptions = {}): ParseCsvResult {
  const ready = prepare(input, options);
  if (!ready.ok) return ready;
  const reader = rowReader(ready, options);
  Papa.parse<string[]>(ready.text, { ...papaOptions(ready.delimiter), step: reader.step });
  return reader.finish();
}

/** Characters of the file read between two turns of the event loop in parseCsvInSteps. */
export const PARSE_SLICE_CHARS = 256 * 1024;

/** How far parseCsvInSteps got: characters read of the file's, and the rows found so far. */
export interface ParseProgress extends StepProgress {
  rows: number;
}

/**
 * The same result as parseCsv, read `sliceChars` characters at a time with a turn of the event loop between slices,
 * reporting characters read of the whole; aborting `signal` stops it with ImportCancelled (a refused file is still a
 * result, not an error).
 */
export async function parseCsvInSteps(
  input: string,
  options: ParseCsvOptions & {
    onProgress?: (progress: ParseProgress) => void;
    signal?: AbortSignal;
    sliceChars?: number;
  } = {},
): Promise<ParseCsvResult> {
  throwIfCancelled(options.signal);
  const ready = prepare(input, options);
  if (!ready.ok) return ready;
  const reader = rowReader(ready, options);
  const total = ready.text.length;
  await new Promise<void>((resolve, reject) => {
    // papaparse carries a record split between two slices over to the next, and its cursors count from the start of
    // the whole text, so line numbers come out as in one pass. It calls `complete` at the end or when a step aborts.
    Papa.parse<string[]>(ready.text, {
      ...papaOptions(ready.delimiter),
      step: reader.step,
      chunkSize: options.sliceChars ?? PARSE_SLICE_CHARS,
      chunk: (_slice: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        parser.pause();
        options.onProgress?.({ done: reader.cursor(), total, rows: reader.rows() });
        setTimeout(() => {
          if (options.signal?.aborted) reject(new ImportCancelled());
          else parser.resume();
        }, 0);
      },
      complete: () => resolve(),
    });
  });
  options.onProgress?.({ done: total, total, rows: reader.rows() });
  return reader.finish();
}

interface ReadyText {
  ok: true;
  /** The text with its byte-order mark removed and every line ending as "\n". */
  text: string;
  delimiter: string;
  warnings: string[];
}

/** The checks made before parsing (size, emptiness, binary content) and the delimiter. */
function prepare(input: string, options: ParseCsvOptions): ReadyText | { ok: false; error: string } {
  const maxBytes = options.maxBytes ?? csvLimits.maxBytes;
  const size = options.byteLength ?? input.length;
  if (size > maxBytes) {
    return fail(
      `This file is ${megabytes(size)}; the largest file that can be imported is ${megabytes(maxBytes)}. ` +
        'Split it into smaller files and import them one after another.',
    );
  }

  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail('The file is empty: there is nothing to import.');

  const notText = checkIsText(text.slice(0, csvLimits.sampleChars));
  if (notText.error !== null) return fail(notText.error);

  // One line ending throughout, so line counting is simple and papaparse never guesses the wrong one in a mixed file.
  // Line breaks inside quoted cells become "\n" too, which is what we want to store.
  const normalized = text.replace(/\r\n?/g, '\n');
  const delimiter = options.delimiter ?? guessDelimiter(normalized.slice(0, csvLimits.sampleChars));
  return { ok: true, text: normalized, delimiter, warnings: [...notText.warnings] };
}

function papaOptions(delimiter: string) {
  return { delimiter, newline: '\n', quoteChar: '"', escapeChar: '"', skipEmptyLines: false } as const;
}

/** Collects papaparse's records into rows with their line numbers, refusing the file at the first bad record. */
function rowReader(ready: ReadyText, options: ParseCsvOptions) {
  const maxRows = options.maxRows ?? csvLimits.maxRows;
  const maxCellLength = options.maxCellLength ?? csvLimits.maxCellLength;
  const { text: normalized, delimiter } = ready;
  const rows: CsvRow[] = [];
  // Set inside papaparse's callback; typed wide so the check after parsing is not narrowed away.
  let error = null as string | null;

  // Line counting walks the text once, from one record start to the next, so it stays linear on huge files.
  let recordStart = 0;
  let scannedTo = 0;
  let lineAtScan = 1;
  const lineOf = (offset: number): number => {
    let at = normalized.indexOf('\n', scannedTo);
    while (at !== -1 && at < offset) {
      lineAtScan += 1;
      at = normalized.indexOf('\n', at + 1);
    }
    scannedTo = offset;
    return lineAtScan;
  };

  const step = (result: Papa.ParseStepResult<string[]>, parser: Papa.Parser): void => {
    const start = recordStart;
    recordStart = result.meta.cursor;
    const line = lineOf(start);
    const cells = result.data;

    // A misplaced quote makes papaparse run records together (or swallow the rest of the file), so rows would
    // silently vanish: better to stop and point at the line than import something else than the file says.
    if (result.errors.some((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')) {
      error =
        `Line ${String(line)} has a quote mark (") in the wrong place, so the rows from there on cannot be told apart. ` +
        'A cell that starts with " must end with " (and a " inside it is written ""). Fix that line and import again.';
      parser.abort();
      return;
    }

    let blank = true;
    for (const cell of cells) {
      if (cell.length > maxCellLength) {
        error =
          `Line ${String(line)} has a cell ${number(cell.length)} characters long, more than a spreadsheet cell can hold ` +
          `(${number(maxCellLength)}). This does not look like a CSV table: export the data from the spreadsheet as CSV and try again.`;
        parser.abort();
        return;
      }
      if (blank && cell.trim() !== '') blank = false;
    }
    // Blank lines and rows of empty cells (",,,", as Excel writes them) are skipped; their lines still count.
    if (blank) return;

    if (rows.length >= maxRows) {
      error = `This file has more than ${number(maxRows)} rows; the most one import can take is ${number(maxRows)}. Split it into smaller files.`;
      parser.abort();
      return;
    }
    // A record over several lines keeps what validateImport needs to tell a note written over two lines from rows
    // that a stray quote mark ran together. Checked by position, so single-line records cost nothing extra.
    const firstBreak = normalized.indexOf('\n', start);
    if (firstBreak !== -1 && firstBreak < recordStart - 1) {
      const physical = normalized.slice(start, recordStart).replace(/\n$/, '').split('\n');
      rows.push({
        line,
        cells,
        endLine: line + physical.length - 1,
        lineDelimiters: physical.map((text) => text.split(delimiter).length - 1),
      });
    } else rows.push({ line, cells });
  };

  return {
    step,
    /** Characters read so far. */
    cursor: () => recordStart,
    rows: () => rows.length,
    finish: (): ParseCsvResult => {
      if (error !== null) return fail(error);
      if (rows.length === 0) return fail('The file is empty: it has only blank lines.');
      return { ok: true, value: { rows, delimiter, warnings: ready.warnings } };
    },
  };
}

/** "line 4" or "lines 4, 9 and 12" (at most ten listed). */
export function listLines(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${String(lines[0])}`;
  const shown = lines.slice(0, 10).map(String);
  const more = lines.length - shown.length;
  if (more > 0) return `lines ${shown.join(', ')} and ${number(more)} more`;
  return `lines ${shown.slice(0, -1).join(', ')} and ${String(shown[shown.length - 1])}`;
}

/** A human name for a delimiter, for messages ("semicolon"). */
export function delimiterName(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/**
 * Spots files that are not text at all. Checks the start only: binary formats show themselves in the first bytes,
 * and scanning 20 MB for a verdict the first 64 KB already gives would only slow the common case.
 */
function checkIsText(sample: string): { error: string | null; warnings: string[] } {
  if (sample.startsWith('PK\u0003\u0004')) {
    return {
      error:
        'This looks like an Excel workbook (.xlsx), not a CSV file. In Excel choose File > Save As > "CSV UTF-8 (Comma delimited)" and import that file.',
      warnings: [],
    };
  }
  if (sample.startsWith('%PDF')) {
    return {
      error:
        'This is a PDF document, not a CSV file. Export the data from its source as CSV and import that file.',
      warnings: [],
    };
  }
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      return {
        error:
          'This file is not text (it contains binary data, like a spreadsheet workbook, an image or a program). ' +
          'Save the data as CSV and import that file.',
        warnings: [],
      };
    }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls += 1;
    else if (c === 0xfffd) replacements += 1;
  }
  const n = Math.max(sample.length, 1);
  if (controls / n > 0.01 || replacements / n > 0.1) {
    return {
      error:
        'This file does not contain readable text. It may be a workbook or another binary file: ' +
        'save the data as "CSV UTF-8" and import that file.',
      warnings: [],
    };
  }
  return {
    error: null,
    warnings:
      replacements > 0
        ? [
            'Some characters could not be read and show as "\uFFFD". Save the file as "CSV UTF-8" and import it again to keep accented letters.',
          ]
        : [],
  };
}

/**
 * Picks the delimiter that splits the most rows into the same number of cells (more than one), then the one giving
 * more cells. Judged on the first rows only, so a title line above the header cannot fool it for long.
 */
function guessDelimiter(sample: string): string {
  // Cut at the last line break so the sample never ends inside a record.
  const end = sample.lastIndexOf('\n');
  const head = end > 0 ? sample.slice(0, end) : sample;
  let best: { delimiter: string; rows: number; cells: number } = { delimiter: ',', rows: 0, cells: 0 };
  for (const delimiter of DELIMITERS) {
    const parsed = Papa.parse<string[]>(head, {
      delimiter,
      newline: '\n',
      preview: 30,
      skipEmptyLines: 'greedy',
    });
    const counts = new Map<number, number>();
    for (const row of parsed.data) {
      if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    for (const [cells, rows] of counts) {
      if (rows > best.rows || (rows === best.rows && cells > best.cells)) best = { delimiter, rows, cells };
    }
  }
  return best.delimiter;
}
