// Files move between the page and the disk in pieces of at most FILE_PIECE_BYTES. One IPC message with a whole
// agency backup (hundreds of MB) would be copied whole on both sides and can exceed what Chromium's IPC carries, so the
// page reads a chosen file piece by piece and writes a file it saves the same way. Main keeps each open file under a
// random token that only the page that opened it may use; it never parses or interprets the bytes.
import { randomUUID } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import {
  FILE_PIECE_BYTES,
  MAX_FILE_BYTES_CEILING,
  MAX_TEXT_FILE_BYTES,
  fail,
  ok,
  type FileToken,
  type FinishFileRequest,
  type OpenFileOptions,
  type OpenedFile,
  type ReadFileRequest,
  type Result,
  type SaveFileOptions,
  type SavedFile,
  type WriteFileRequest,
} from '../shared/contract';
import { fileChanged, fileTooLarge } from '../shared/textFiles';
import {
  PRIVATE_FILE_MODE,
  askWhereToSave,
  describeFileError,
  putInPlace,
  showOpen,
  temporaryBeside,
} from './files';

/** A page may hold this many files open at once; more means it forgot to finish some. */
export const MAX_OPEN_FILES_PER_PAGE = 4;

export const FILE_NOT_OPEN_ERROR = 'That file is no longer open in Cohort Coach. Please choose it again.';
export const TOO_MANY_FILES_ERROR =
  'Cohort Coach has too many files open. Please finish or cancel one first.';

interface Reading {
  kind: 'read';
  owner: number;
  name: string;
  handle: FileHandle;
  size: number;
}

interface Writing {
  kind: 'write';
  owner: number;
  name: string;
  handle: FileHandle;
  temporary: string;
  target: string;
  written: number;
  /** When the page last wrote to it (an empty piece says it is still at work on it). */
  lastWrite: number;
  /** Settles when the page finishes (or abandons) the file, for main when it asked for the file itself. */
  settle: (result: Result<SavedFile | null>) => void;
}

type Transfer = Reading | Writing;

export interface FileTransfers {
  /** Shows an open dialog; the chosen file stays open for `read` until `finish`. Null when the person cancels. */
  open(
    owner: number,
    win: BrowserWindow | null,
    options: OpenFileOptions,
  ): Promise<Result<OpenedFile | null>>;
  /** The next piece from `offset`: at most FILE_PIECE_BYTES, empty at the end. */
  read(owner: number, request: ReadFileRequest): Promise<Result<Uint8Array<ArrayBuffer>>>;
  /** Shows a save dialog; what is written goes to a private temporary file beside the chosen name until `finish`. */
  save(owner: number, win: BrowserWindow | null, options: SaveFileOptions): Promise<Result<FileToken | null>>;
  /**
   * Opens `target`, a path main chose (no dialog), for the page to write as it writes a file it saves; `finished`
   * settles when the page keeps or abandons it, or leaves.
   */
  saveTo(
    owner: number,
    target: string,
  ): Promise<Result<FileToken & { finished: Promise<Result<SavedFile | null>> }>>;
  /** Appends one piece to a file being saved. */
  write(owner: number, request: WriteFileRequest): Promise<Result<void>>;
  /**
   * Closes a file. A saved file is kept under its chosen name only with `keep` (the path comes back); otherwise its
   * temporary file is removed and the chosen name is left as it was.
   */
  finish(owner: number, request: FinishFileRequest): Promise<Result<SavedFile | null>>;
  /** Milliseconds since the page last wrote to a file it is saving, or null when that file is no longer open. */
  idleFor(owner: number, token: string): number | null;
  /** Closes every file a page left open (the page closed or reloaded): half-saved files are removed. */
  release(owner: number): Promise<void>;
  /** How many files a page holds open. */
  openCount(owner: number): number;
}

export function createFileTransfers(): FileTransfers {
  const transfers = new Map<string, Transfer>();

  const ownedBy = (owner: number): [string, Transfer][] =>
    [...transfers].filter(([, transfer]) => transfer.owner === owner);

  function take<K extends Transfer['kind']>(
    owner: number,
    token: string,
    kind: K,
  ): Extract<Transfer, { kind: K }> | null {
    const transfer = transfers.get(token);
    // Another page's token reads as unknown: a page cannot even learn that someone else's file is open.
    if (transfer?.owner !== owner || transfer.kind !== kind) return null;
    return transfer as Extract<Transfer, { kind: K }>;
  }

  async function closeWriting(writing: Writing, keep: boolean): Promise<Result<SavedFile | null>> {
    if (!keep) {
      await rm(writing.temporary, { force: true });
      return ok(null);
    }
    try {
      await putInPlace(writing.temporary, writing.target);
      return ok({ path: writing.target });
    } catch (error) {
      return fail(`Cohort Coach could not save "${writing.name}": ${describeFileError(error)}.`);
    }
  }

  async function close(token: string, transfer: Transfer, keep: boolean): Promise<Result<SavedFile | null>> {
    transfers.delete(token);
    await transfer.handle.close().catch(() => undefined);
    if (transfer.kind === 'read') return ok(null);
    const result = await closeWriting(transfer, keep);
    transfer.settle(result);
    return result;
  }

  async function startWriting(
    owner: number,
    target: string,
  ): Promise<Result<FileToken & { finished: Promise<Result<SavedFile | null>> }>> {
    const name = path.basename(target);
    const temporary = temporaryBeside(target);
    try {
      // 'wx': never follow or reuse something already at the temporary name.
      const handle = await open(temporary, 'wx', PRIVATE_FILE_MODE);
      const token = randomUUID();
      let settle: Writing['settle'] = () => undefined;
      const finished = new Promise<Result<SavedFile | null>>((resolve) => {
        settle = resolve;
      });
      transfers.set(token, {
        kind: 'write',
        owner,
        name,
        handle,
        temporary,
        target,
        written: 0,
        lastWrite: Date.now(),
        settle,
      });
      return ok({ token, finished });
    } catch (error) {
      return fail(`Cohort Coach could not save "${name}": ${describeFileError(error)}.`);
    }
  }

  const roomFor = (owner: number): boolean => ownedBy(owner).length < MAX_OPEN_FILES_PER_PAGE;

  return {
    async open(owner, win, options) {
      if (!roomFor(owner)) return fail(TOO_MANY_FILES_ERROR);
      const choice = await showOpen(win, {
        title: options.title,
        filters: options.filters,
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return ok(null);
      const name = path.basename(filePath);
      const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
      let handle: FileHandle | null = null;
      try {
        handle = await open(filePath, 'r');
        const info = await handle.stat();
        if (!info.isFile()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
        if (info.size > maxBytes) {
          await handle.close();
          return fail(fileTooLarge(name, info.size, maxBytes));
        }
        const token = randomUUID();
        transfers.set(token, { kind: 'read', owner, name, handle, size: info.size });
        return ok({ token, name, size: info.size });
      } catch (error) {
        await handle?.close().catch(() => undefined);
        return fail(`Cohort Coach could not open "${name}": ${describeFileError(error)}.`);
      }
    },

    async read(owner, { token, offset }) {
      const reading = take(owner, token, 'read');
      if (reading === null) return fail(FILE_NOT_OPEN_ERROR);
      const length = Math.max(0, Math.min(FILE_PIECE_BYTES, reading.size - offset));
      if (length === 0) return ok(new Uint8Array(0));
      try {
        // A fresh buffer of exactly the piece's size: IPC copies a view's whole underlying buffer.
        const piece = Buffer.alloc(length);
        const { bytesRead } = await reading.handle.read(piece, 0, length, offset);
        if (bytesRead === 0) return fail(fileChanged(reading.name));
        return ok(bytesRead === length ? piece : piece.subarray(0, bytesRead).slice());
      } catch (error) {
        return fail(`Cohort Coach could not read "${reading.name}": ${describeFileError(error)}.`);
      }
    },

    async save(owner, win, options) {
      if (!roomFor(owner)) return fail(TOO_MANY_FILES_ERROR);
      const target = await askWhereToSave(win, options);
      if (target === null) return ok(null);
      const started = await startWriting(owner, target);
      return started.ok ? ok({ token: started.value.token }) : started;
    },

    async saveTo(owner, target) {
      if (!roomFor(owner)) return fail(TOO_MANY_FILES_ERROR);
      return startWriting(owner, target);
    },

    async write(owner, { token, bytes }) {
      const writing = take(owner, token, 'write');
      if (writing === null) return fail(FILE_NOT_OPEN_ERROR);
      if (writing.written + bytes.byteLength > MAX_FILE_BYTES_CEILING) {
        await close(token, writing, false);
        return fail(`"${writing.name}" would be larger than Cohort Coach can save, so it was not saved.`);
      }
      writing.lastWrite = Date.now();
      if (bytes.byteLength === 0) return ok(undefined);
      try {
        await writing.handle.write(bytes, 0, bytes.byteLength, writing.written);
        writing.written += bytes.byteLength;
        return ok(undefined);
      } catch (error) {
        await close(token, writing, false);
        return fail(`Cohort Coach could not save "${writing.name}": ${describeFileError(error)}.`);
      }
    },

    async finish(owner, { token, keep }) {
      const transfer = transfers.get(token);
      if (transfer?.owner !== owner) return fail(FILE_NOT_OPEN_ERROR);
      return close(token, transfer, keep);
    },

    async release(owner) {
      await Promise.all(ownedBy(owner).map(([token, transfer]) => close(token, transfer, false)));
    },

    idleFor(owner, token) {
      const writing = take(owner, token, 'write');
      return writing === null ? null : Date.now() - writing.lastWrite;
    },

    openCount: (owner) => ownedBy(owner).length,
  };
}
