// Backup and restore from the screen. Restore runs in a worker (renderer/workers/restoreWorker.ts): the file is read
// as a stream and every record checked, with a progress bar and Cancel; then a preview of what will be replaced;
// then the workspace is replaced in one transaction, again with progress and Cancel (which changes nothing).
import { today } from '../../clock';
import { useEffect, useRef, useState } from 'react';
import { tableNames, type TableName } from '../../domain/model';
import { backupRepository } from '../../data/backup';
import { isPresentationActive, PresentationModeError } from '../../data/presentationMode';
import { chooseFile, saveTextFile } from '../../platform/desktop';
import { showToast } from '../../ui/toast';
import type { RestoreReply, RestoreRequest } from '../../workers/restoreWorker';

export interface RestorePreview {
  fileName: string;
  exportedAt: string;
  rows: Array<{ table: TableName; current: number; incoming: number }>;
}

/** Where a restore is: reading and checking the file, waiting for the person to confirm, or writing. */
export type RestoreStage =
  | { stage: 'reading'; fileName: string; done: number; total: number }
  | { stage: 'preview'; preview: RestorePreview }
  | { stage: 'writing'; fileName: string; done: number; total: number };

export function useBackup() {
  const [restore, setRestore] = useState<RestoreStage | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const worker = useRef<Worker | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  async function backUp() {
    const content = await backupRepository.export();
    const result = await saveTextFile({
      title: 'Back up the workspace',
      defaultName: `cohort-coach-backup-${today()}.json`,
      filters: [{ name: 'Cohort Coach backup', extensions: ['json'] }],
      content,
    });
    if (!result.ok) showToast({ message: `The backup was not saved: ${result.error}`, tone: 'danger' });
    else if (result.value) showToast({ message: 'Backup saved.' });
  }

  function startWorker(fileName: string): Worker {
    worker.current?.terminate();
    const w = new Worker(new URL('../../workers/restoreWorker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<RestoreReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        setRestore((current) =>
          current && current.stage !== 'preview'
            ? {
                ...current,
                stage: reply.phase === 'read' ? 'reading' : 'writing',
                done: reply.done,
                total: reply.total,
              }
            : current,
        );
      } else if (reply.type === 'checked') {
        if (!reply.ok) {
          setRestore(null);
          setErrors(reply.errors);
          return;
        }
        void backupRepository.counts().then((counts) =>
          setRestore({
            stage: 'preview',
            preview: {
              fileName,
              exportedAt: reply.exportedAt,
              rows: tableNames.map((table) => ({
                table,
                current: counts.get(table) ?? 0,
                incoming: reply.incoming[table],
              })),
            },
          }),
        );
      } else if (reply.type === 'restored') {
        setRestore(null);
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

  async function chooseRestoreFile() {
    setErrors([]);
    // On the desktop the shell reads the file (up to this size); in a browser it is read as a stream, any size.
    const file = await chooseFile({
      title: 'Restore from a backup',
      filters: [{ name: 'Cohort Coach backup', extensions: ['json'] }],
      maxBytes: 256 * 1024 * 1024,
    });
    if (!file.ok) return setErrors([file.error]);
    if (!file.value) return;
    setRestore({ stage: 'reading', fileName: file.value.name, done: 0, total: file.value.blob.size });
    startWorker(file.value.name);
    send({ type: 'read', file: file.value.blob });
  }

  /**
   * Replacing data always backs it up first: the current workspace is saved (the person chooses where) before anything
   * is replaced, and if that save is cancelled or fails, nothing is replaced.
   */
  async function confirmRestore() {
    if (restore?.stage !== 'preview') return;
    // The worker has its own connection, outside this window's presentation mode: refuse here, as every write does.
    if (isPresentationActive()) {
      setRestore(null);
      finish();
      return setErrors([`Nothing was changed: ${new PresentationModeError().message}`]);
    }
    if (restore.preview.rows.some((r) => r.current > 0)) {
      const saved = await saveTextFile({
        title: 'Back up your current workspace before restoring',
        defaultName: `cohort-coach-before-restore-${today()}.json`,
        filters: [{ name: 'Cohort Coach backup', extensions: ['json'] }],
        content: await backupRepository.export(),
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
    const total = restore.preview.rows.reduce((n, r) => n + r.incoming, 0);
    setRestore({ stage: 'writing', fileName: restore.preview.fileName, done: 0, total });
    send({ type: 'write' });
  }

  function cancelRestore() {
    if (restore?.stage === 'preview') {
      setRestore(null);
      finish();
    } else send({ type: 'cancel' });
  }

  return { backUp, chooseRestoreFile, confirmRestore, restore, cancelRestore, errors };
}
