// Reads a backup file piece by piece, as it streams from disk: each record of `tables` is handed over on its own as
// soon as it is complete, and the other top-level fields (format, schemaVersion, exportedAt, settings) likewise, so
// a 230 MB backup is never one string or one object tree in memory. Any JSON layout works (spaces, new lines,
// escapes); each piece is parsed by JSON.parse, so what is accepted is exactly what JSON.parse accepts.

export interface BackupStreamHandlers {
  /** A top-level field other than `tables`, parsed. */
  field(key: string, value: unknown): void;
  /** A table's list begins (also for an empty list). */
  table?(table: string): void;
  /** One element of the array `tables[table]`, parsed. */
  row(table: string, value: unknown): void;
}

export class BackupStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupStreamError';
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COLON = 58;
const COMMA = 44;

const notABackup = () =>
  new BackupStreamError('This file is not a Cohort Coach backup: it is not valid JSON.');

/**
 * A push parser: call write() with each piece of text in order, then end(). Throws BackupStreamError on text that is
 * not JSON of the backup's shape (an object at the top, `tables` an object of arrays).
 */
export function backupStreamReader(handlers: BackupStreamHandlers) {
  let buffer = '';
  /** Position in `buffer` scanning has reached. */
  let pos = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Where the piece being collected (a key, a top-level value or a row) starts in `buffer`, or -1. */
  let start = -1;
  /** What the collected piece is. */
  let collecting: 'key' | 'field' | 'tableKey' | 'row' | null = null;
  let topKey: string | null = null;
  let table: string | null = null;
  /** Depth at which the value being collected started (it ends when depth comes back to it). */
  let valueDepth = 0;
  let expectKey = false;
  let seenTop = false;
  let done = false;

  const finishPiece = (end: number) => {
    const text = buffer.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw notABackup();
    }
    const what = collecting;
    collecting = null;
    start = -1;
    if (what === 'key') topKey = value as string;
    else if (what === 'tableKey') {
      table = String(value);
      handlers.table?.(table);
    } else if (what === 'field' && topKey !== null) handlers.field(topKey, value);
    else if (what === 'row' && table !== null) handlers.row(table, value);
  };

  function scan() {
    const text = buffer;
    const n = text.length;
    for (let i = pos; i < n; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          // A key, or a value that is a string, ends with its closing quote.
          if (collecting !== null && depth === valueDepth) finishPiece(i + 1);
        }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (done) throw notABackup();
      if (!seenTop) {
        if (c !== OPEN_OBJECT) throw notABackup();
        seenTop = true;
        depth = 1;
        expectKey = true;
        continue;
      }
      // Start of a piece to collect?
      if (collecting === null) {
        if (depth === 1 && expectKey && c === QUOTE) {
          collecting = 'key';
          start = i;
          valueDepth = 1;
        } else if (depth === 1 && !expectKey && c !== COLON && c !== COMMA && c !== CLOSE_OBJECT) {
          if (topKey === 'tables') {
            if (c !== OPEN_OBJECT)
              throw new BackupStreamError('This file is not a Cohort Coach backup: its tables are damaged.');
          } else {
            collecting = 'field';
            start = i;
            valueDepth = 1;
          }
        } else if (topKey === 'tables' && depth === 2 && expectKey && c === QUOTE) {
          collecting = 'tableKey';
          start = i;
          valueDepth = 2;
        } else if (
          topKey === 'tables' &&
          depth === 2 &&
          !expectKey &&
          c !== COLON &&
          c !== COMMA &&
          c !== CLOSE_OBJECT
        ) {
          if (c !== OPEN_ARRAY)
            throw new BackupStreamError(
              `This file is not a Cohort Coach backup: table "${table ?? ''}" is not a list.`,
            );
        } else if (topKey === 'tables' && depth === 3 && c !== COMMA && c !== CLOSE_ARRAY) {
          collecting = 'row';
          start = i;
          valueDepth = 3;
        }
      }
      if (c === QUOTE) {
        inString = true;
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        depth++;
        if (depth <= 2) expectKey = c === OPEN_OBJECT;
        continue;
      }
      if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        // A number, true, false or null that was the last in its object or list ends here.
        if (collecting !== null && depth === valueDepth) finishPiece(i);
        depth--;
        if (depth < 0) throw notABackup();
        if (collecting !== null && depth === valueDepth) finishPiece(i + 1);
        if (depth === 0) done = true;
        else if (depth <= 2) expectKey = false;
        continue;
      }
      if (c === COLON) {
        if (depth <= 2) expectKey = false;
        continue;
      }
      if (c === COMMA) {
        // A number, true, false or null ends at the comma that follows it.
        if (collecting !== null && depth === valueDepth && collecting !== 'key' && collecting !== 'tableKey')
          finishPiece(i);
        if (depth <= 2) expectKey = true;
        continue;
      }
    }
    pos = n;
    // Keep only what an unfinished piece still needs.
    const keep = start === -1 ? n : start;
    buffer = buffer.slice(keep);
    pos -= keep;
    if (start !== -1) start = 0;
  }

  return {
    write(text: string) {
      buffer += text;
      scan();
    },
    end() {
      if (collecting === 'field' && depth === 1) finishPiece(buffer.length);
      if (!done || inString) throw notABackup();
    },
  };
}
