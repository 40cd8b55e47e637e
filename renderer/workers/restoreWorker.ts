// Restore off the main thread: reads the backup file as a stream, checks every record as it arrives, then replaces
// the workspace in one transaction, reporting progress all along; the screen only draws. An encrypted file is first
// authenticated whole and decrypted here too (with a copy of the data key that comes with the request and is wiped as
// soon as the file is open), saying which passphrase it still needs. Cancelling while reading stops the read;
// cancelling while writing rolls the transaction back, so the data stays exactly as it was. When the app locks, the
// window says so: the worker cancels the same way, wipes its copy of the data key at once (so no write after that
// point can seal anything, and the transaction rolls back) and forgets the backup it checked.
import { backupStreamReader, BackupStreamError } from '../domain/backup/backupStream';
import { backupCollector, type Backup } from '../domain/backup/parseBackup';
import { tableNames, type TableName } from '../domain/model';
import { backupRepository, RestoreCancelled } from '../data/backup';
import { clearDataKey, setDataKey } from '../data/keySession';
import { keepRestoredViews } from '../data/restoredViews';
import { atMostTenTimesASecond } from './progressReports';

export type RestoreRequest =
  /** An encrypted file comes with a copy of the data key, and the passphrase it asked for once the person typed it. */
  | { type: 'read'; file: Blob; encrypted?: { dataKey: Uint8Array; passphrase?: string } }
  /**
   * The workspace's data key comes with the write: this worker's connection seals what it writes with it. `today` is
   * the window's day, for Home's figures and the dashboard's charts kept from the records written (restoredViews.ts).
   */
  | { type: 'write'; dataKey: Uint8Array; today: string }
  | { type: 'cancel' }
  /** The app locked: cancel whatever runs, wipe the data key and the checked backup now. */
  | { type: 'lock' };

export type RestoreReply =
  /** `decrypt` and `read` count bytes of the file (the chosen one, then its decrypted content); `write` records. */
  | { type: 'progress'; phase: 'decrypt' | 'read' | 'write'; done: number; total: number }
  /** The encrypted file needs (another) passphrase: nothing of it was read. */
  | { type: 'needs'; needs: 'backup-passphrase' | 'workspace-passphrase'; error: string | null }
  | { type: 'checked'; ok: false; errors: string[] }
  | { type: 'checked'; ok: true; exportedAt: string; incoming: Record<TableName, number> }
  | { type: 'restored' }
  | { type: 'cancelled' }
  | { type: 'failed'; error: string };

const scope = self as unknown as {
  postMessage(message: RestoreReply): void;
  onmessage: ((event: MessageEvent<RestoreRequest>) => void) | null;
};
const reply = (message: RestoreReply) => scope.postMessage(message);

let checked: Backup | null = null;
let controller = new AbortController();

const throttled = (phase: 'decrypt' | 'read' | 'write') =>
  atMostTenTimesASecond((done, total) => reply({ type: 'progress', phase, done, total }));

/** Authenticates and decrypts the whole file with this workspace's key or the passphrase given; wipes the key after. */
async function decrypt(
  file: Blob,
  secrets: { dataKey: Uint8Array; passphrase?: string },
  signal: AbortSignal,
) {
  setDataKey(secrets.dataKey);
  try {
    return await backupRepository.decrypt(file, secrets.passphrase, {
      onProgress: throttled('decrypt'),
      signal,
    });
  } finally {
    clearDataKey();
  }
}

/**
 * Lets the worker's own messages in (Cancel, the app locking). Reading an in-memory file (what an encrypted backup
 * decrypts to) can run from chunk to chunk on promises alone, never giving a message its turn: a Cancel then waited
 * for the whole file to be checked.
 */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Bytes read between two such turns: a few hundredths of a second of checking. */
const TURN_BYTES = 4 * 2 ** 20;

async function read(request: Extract<RestoreRequest, { type: 'read' }>, signal: AbortSignal) {
  checked = null;
  let file = request.file;
  if (request.encrypted) {
    const opened = await decrypt(file, request.encrypted, signal);
    if (signal.aborted) return reply({ type: 'cancelled' });
    if (!opened.ok)
      return opened.needs
        ? reply({ type: 'needs', needs: opened.needs, error: opened.errors[0] ?? null })
        : reply({ type: 'checked', ok: false, errors: opened.errors });
    file = opened.file;
  }
  const collector = backupCollector();
  const reader = backupStreamReader(collector);
  const progress = throttled('read');
  let bytes = 0;
  const counted = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, out) {
      bytes += chunk.byteLength;
      out.enqueue(chunk);
    },
  });
  const text = file
    .stream()
    .pipeThrough(counted)
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))
    .getReader();
  let turn = 0;
  try {
    for (;;) {
      if (bytes - turn >= TURN_BYTES) {
        await nextTask();
        turn = bytes;
      }
      if (signal.aborted) {
        await text.cancel();
        return reply({ type: 'cancelled' });
      }
      const { done, value } = await text.read();
      if (done) break;
      reader.write(value);
      progress(bytes, file.size);
    }
    if (signal.aborted) return reply({ type: 'cancelled' });
    reader.end();
  } catch (error) {
    if (error instanceof BackupStreamError)
      return reply({ type: 'checked', ok: false, errors: [error.message] });
    if (error instanceof TypeError)
      return reply({
        type: 'checked',
        ok: false,
        errors: ['This file is not a Cohort Coach backup: it is not UTF-8 text.'],
      });
    throw error;
  }
  progress(file.size, file.size);
  const result = collector.finish();
  if (!result.ok) return reply({ type: 'checked', ok: false, errors: result.errors });
  checked = result.backup;
  const incoming = Object.fromEntries(
    tableNames.map((name) => [name, result.backup.tables[name].length]),
  ) as Record<TableName, number>;
  reply({ type: 'checked', ok: true, exportedAt: result.backup.exportedAt, incoming });
}

async function write(request: Extract<RestoreRequest, { type: 'write' }>, signal: AbortSignal) {
  const { dataKey } = request;
  if (!checked) {
    dataKey.fill(0);
    return reply({ type: 'failed', error: 'Choose the backup again: it was not read.' });
  }
  const progress = throttled('write');
  setDataKey(dataKey);
  try {
    const restored = checked;
    const stamp = await backupRepository.restore(restored, {
      signal,
      onProgress: (p) => progress(p.done, p.total),
    });
    checked = null;
    // Before saying so: the first screens opened after the restore find their figures kept. A failure only means
    // they read the workspace first, as before.
    await keepRestoredViews(restored, stamp, request.today).catch((error: unknown) => {
      console.warn(
        'The restored workspace is ready; Home and the dashboard will work their figures out.',
        error,
      );
    });
    reply({ type: 'restored' });
  } catch (error) {
    if (error instanceof RestoreCancelled || signal.aborted) return reply({ type: 'cancelled' });
    reply({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  } finally {
    clearDataKey();
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    controller.abort();
    return;
  }
  if (request.type === 'lock') {
    controller.abort();
    // Wiped here, not when the write notices the abort: its next step then finds no key and the transaction rolls
    // back (or, between steps, the abort check throws first). Either way it answers 'cancelled'.
    clearDataKey();
    checked = null;
    return;
  }
  controller = new AbortController();
  const signal = controller.signal;
  const job = request.type === 'read' ? read(request, signal) : write(request, signal);
  // Whatever stopped because it was cancelled (decrypting stops by throwing) answers as a cancel does.
  job.catch((error: unknown) =>
    reply(
      signal.aborted
        ? { type: 'cancelled' }
        : { type: 'failed', error: error instanceof Error ? error.message : String(error) },
    ),
  );
};
