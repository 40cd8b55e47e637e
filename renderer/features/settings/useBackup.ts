// Backup and restore from the screen. Backups are encrypted and authenticated (with the workspace key, or a backup
// passphrase); a plain, unencrypted export stays possible, named as such, after a warning. Every backup file is made
// by a worker (exportInWorker.ts), so the window never freezes on a large workspace. Restore runs in a worker too
// (renderer/workers/restoreWorker.ts): an encrypted file is first authenticated whole and decrypted there (asking for
// the passphrase it needs), then the worker reads it as a stream and checks every record, with a progress bar and
// Cancel; then a preview of what will be replaced; then the current workspace is saved (encrypted) and replaced in one
// transaction, again with progress and Cancel (which changes nothing).
import { today } from '../../clock';
import { useEffect, useRef, useState } from 'react';
import { tableNames, type TableName } from '../../domain/model';
import { ENCRYPTED_BACKUP_FORMAT } from '../../domain/backup/backupCrypto';
import { backupRepository, type BackupProtection } from '../../data/backup';
import { hasDataKey, onDataKeyChange } from '../../data/keySession';
import { isPresentationActive, PresentationModeError } from '../../data/presentationMode';
import { MAX_FILE_BYTES_CEILING, chooseFile, saveTextFile } from '../../platform/desktop';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import type { RestoreReply, RestoreRequest } from '../../workers/restoreWorker';
import { refuseExportWhilePresenting } from '../shared/refuseExportWhilePresenting';
import { BackupCancelled, exportInWorker } from './exportInWorker';

export interface RestorePreview {
  fileName: string;
  exportedAt: string;
  encrypted: boolean;
  rows: Array<{ table: TableName; current: number; incoming: number }>;
}

/**
 * Where a restore is: reading the file (an encrypted one is decrypted first, then its records are checked; both count
 * bytes), waiting for the person to confirm, or writing.
 */
export type RestoreStage =
  | { stage: 'reading'; step: 'decrypt' | 'check'; fileName: string; done: number; total: number }
  | { stage: 'preview'; preview: RestorePreview }
  | { stage: 'writing'; fileName: string; done: number; total: number };

/** A backup file being made: what it is, and records read of all (0 of 0 until the worker has counted them). */
export interface MakingFile {
  what: string;
  done: number;
  total: number;
}

/** A chosen encrypted file that needs a passphrase before it can be checked. */
export interface PendingFile {
  fileName: string;
  file: Blob;
  needs: 'backup-passphrase' | 'workspace-passphrase';
  error: string | null;
}

const BACKUP_FILTER = [{ name: 'Cohort Coach backup', extensions: ['json'] }];

/** An encrypted backup names its format first; a plain one (or another file) does not. */
const ENCRYPTED_HEAD = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${ENCRYPTED_BACKUP_FORMAT}"`);

export function useBackup() {
  const [restore, setRestore] = useState<RestoreStage | null>(null);
  const [pending, setPending] = useState<PendingFile | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  /** The backup file being made right now (what it is and records read of all), or null. */
  const [making, setMaking] = useState<MakingFile | null>(null);
  const stopMaking = useRef<AbortController | null>(null);
  const worker = useRef<Worker | null>(null);

  // Locking cancels a restore at once (as Cancel does: nothing changed) and has the worker wipe its copy of the data
  // key and the backup it checked; locking also unmounts this screen, which then ends the worker.
  useEffect(
    () =>
      onDataKeyChange(() => {
        if (!hasDataKey()) worker.current?.postMessage({ type: 'lock' } satisfies RestoreRequest);
      }),
    [],
  );
  useEffect(
    () => () => {
      worker.current?.postMessage({ type: 'lock' } satisfies RestoreRequest);
      worker.current?.terminate();
      stopMaking.current?.abort();
    },
    [],
  );

  /**
   * A backup file made by a worker, with its progress shown while it is made; null when the person cancelled (they
   * are told so; no file was made).
   */
  async function makeFile(what: string, protection: BackupProtection): Promise<Blob | null> {
    const controller = new AbortController();
    stopMaking.current = controller;
    setMaking({ what, done: 0, total: 0 });
    try {
      return await exportInWorker(protection, {
        signal: controller.signal,
        onProgress: (done, total) => setMaking({ what, done, total }),
      });
    } catch (error) {
      if (!(error instanceof BackupCancelled)) throw error;
      showToast({ message: 'The backup was cancelled: no file was made.' });
      return null;
    } finally {
      stopMaking.current = null;
      setMaking(null);
    }
  }

  async function backUp(passphrase = '') {
    const content = await makeFile(
      'Making the encrypted backup',
      passphrase ? { kind: 'passphrase', passphrase } : { kind: 'workspace' },
    );
    if (!content) return;
    const result = await saveTextFile({
      title: 'Back up the workspace',
      defaultName: `cohort-coach-backup-${today()}.json`,
      filters: BACKUP_FILTER,
      content,
    });
    if (!result.ok) showToast({ message: `The backup was not saved: ${result.error}`, tone: 'danger' });
    else if (result.value) showToast({ message: 'Encrypted backup saved.' });
  }

  /** The whole workspace as readable JSON: only after the person has read the warning. */
  async function exportPlain() {
    if (refuseExportWhilePresenting()) return;
    const content = await makeFile('Making the unencrypted copy', { kind: 'plain' });
    if (!content) return;
    const result = await saveTextFile({
      title: 'Export an unencrypted copy',
      defaultName: `cohort-coach-UNENCRYPTED-export-${today()}.json`,
      filters: BACKUP_FILTER,
      content,
    });
    if (!result.ok) showToast({ message: `The export was not saved: ${result.error}`, tone: 'danger' });
    else if (result.value)
      showToast({ message: 'Unencrypted copy saved. Keep it somewhere only you can open.' });
  }

  function startWorker(fileName: string, file: Blob, encrypted: boolean): Worker {
    worker.current?.terminate();
    const w = new Worker(new URL('../../workers/restoreWorker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<RestoreReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        const { phase, done, total } = reply;
        setRestore((current) =>
          current && current.stage !== 'preview'
            ? phase === 'write'
              ? { stage: 'writing', fileName: current.fileName, done, total }
              : {
                  stage: 'reading',
                  step: phase === 'decrypt' ? 'decrypt' : 'check',
                  fileName: current.fileName,
                  done,
                  total,
                }
            : current,
        );
      } else if (reply.type === 'needs') {
        setRestore(null);
        setPending({ fileName, file, needs: reply.needs, error: reply.error });
        finish();
      } else if (reply.type === 'checked') {
        if (!reply.ok) {
          setRestore(null);
          setErrors(reply.errors);
          finish();
          return;
        }
        runAction('read the workspace to compare with the backup', () =>
          backupRepository.counts().then((counts) =>
            setRestore({
              stage: 'preview',
              preview: {
                fileName,
                exportedAt: reply.exportedAt,
                encrypted,
                rows: tableNames.map((table) => ({
                  table,
                  current: counts.get(table) ?? 0,
                  incoming: reply.incoming[table],
                })),
              },
            }),
          ),
        );
      } else if (reply.type === 'restored') {
        setRestore(null);
        setErrors([]);
        showToast({ message: 'The workspace was restored from the backup.' });
        finish();
      } else if (reply.type === 'cancelled') {
        setRestore(null);
        showToast({ message: 'Restore cancelled: nothing was changed.' });
        finish();
      } else {
        setRestore(null);
        setErrors([`Nothing was changed: ${reply.error}`]);
        finish();
      }
    };
    w.onerror = () => {
      setRestore(null);
      setErrors(['Nothing was changed: the restore stopped unexpectedly. Please try again.']);
      finish();
    };
    return w;
  }

  function finish() {
    worker.current?.terminate();
    worker.current = null;
  }

  const send = (request: RestoreRequest) => worker.current?.postMessage(request);

  /**
   * Hands a file to the worker, which authenticates and decrypts it whole when encrypted (with a copy of the data key,
   * and the passphrase the person typed when it asked for one), then checks every record.
   */
  function check(fileName: string, file: Blob, encrypted: boolean, passphrase?: string) {
    setPending(null);
    setRestore({
      stage: 'reading',
      step: encrypted ? 'decrypt' : 'check',
      fileName,
      done: 0,
      total: file.size,
    });
    startWorker(fileName, file, encrypted);
    if (!encrypted) return send({ type: 'read', file });
    const dataKey = backupRepository.dataKeyForWorker();
    worker.current?.postMessage(
      {
        type: 'read',
        file,
        encrypted: { dataKey, ...(passphrase ? { passphrase } : {}) },
      } satisfies RestoreRequest,
      [dataKey.buffer],
    );
  }

  async function chooseRestoreFile() {
    setErrors([]);
    setPending(null);
    // A backup is never read whole: the check streams it, and the desktop shell hands it over in pieces.
    const file = await chooseFile({
      title: 'Restore from a backup',
      filters: BACKUP_FILTER,
      maxBytes: MAX_FILE_BYTES_CEILING,
    });
    if (!file.ok) return setErrors([file.error]);
    if (!file.value) return;
    const { name, blob } = file.value;
    check(name, blob, ENCRYPTED_HEAD.test(await blob.slice(0, 4096).text()));
  }

  function submitPassphrase(passphrase: string) {
    if (pending) check(pending.fileName, pending.file, true, passphrase);
  }

  /**
   * Replacing data always backs it up first: the current workspace is saved, encrypted (the person chooses where),
   * before anything is replaced, and if that save is cancelled or fails, nothing is replaced.
   */
  async function confirmRestore() {
    if (restore?.stage !== 'preview') return;
    // The worker has its own connection, outside this window's presentation mode: refuse here, as every write does.
    if (isPresentationActive()) {
      setRestore(null);
      finish();
      return setErrors([`Nothing was changed: ${new PresentationModeError().message}`]);
    }
    const { preview } = restore;
    if (preview.rows.some((r) => r.current > 0)) {
      const content = await makeFile('Backing up your current workspace', { kind: 'workspace' });
      if (!content)
        return setErrors([
          'Nothing was changed: your current workspace must be backed up before it is replaced.',
        ]);
      const saved = await saveTextFile({
        title: 'Back up your current workspace before restoring',
        defaultName: `cohort-coach-before-restore-${today()}.json`,
        filters: BACKUP_FILTER,
        content,
      });
      if (!saved.ok)
        return setErrors([
          `Nothing was changed: the backup of your current workspace failed (${saved.error}).`,
        ]);
      if (!saved.value)
        return setErrors([
          'Nothing was changed: your current workspace must be backed up before it is replaced.',
        ]);
    }
    const total = preview.rows.reduce((n, r) => n + r.incoming, 0);
    setRestore({ stage: 'writing', fileName: preview.fileName, done: 0, total });
    // The worker's own connection seals what it writes with the workspace's data key: a copy moves to it (transferred,
    // so none stays behind here), stays in memory, and is wiped there when the write ends.
    const dataKey = backupRepository.dataKeyForWorker();
    worker.current?.postMessage({ type: 'write', dataKey, today: today() } satisfies RestoreRequest, [
      dataKey.buffer,
    ]);
  }

  function cancelRestore() {
    // The backup of the current workspace before a restore stops too: nothing is replaced.
    stopMaking.current?.abort();
    if (restore?.stage === 'preview') {
      setRestore(null);
      finish();
    } else send({ type: 'cancel' });
  }

  return {
    backUp,
    exportPlain,
    chooseRestoreFile,
    submitPassphrase,
    cancelPassphrase: () => setPending(null),
    pending,
    confirmRestore,
    restore,
    cancelRestore,
    errors,
    making,
    cancelMaking: () => stopMaking.current?.abort(),
  };
}
