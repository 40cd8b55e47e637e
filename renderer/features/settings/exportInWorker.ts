// The window's side of a backup made off the main thread (renderer/workers/exportWorker.ts): a copy of the data key
// moves to a worker made for this one file (transferred, so none stays behind here), and the worker is ended when the
// file arrives, when it fails, when the person cancels, or at once when the workspace locks (the backup then fails, as
// any read while locked). Reports records read of all as the worker goes.
import { hasDataKey, onDataKeyChange, WorkspaceLockedError } from '../../data/keySession';
import { backupRepository, type BackupProgress, type BackupProtection } from '../../data/backup';
import type { ExportReply, ExportRequest } from '../../workers/exportWorker';

/** What a cancelled backup throws: no file was made. */
export class BackupCancelled extends Error {
  constructor() {
    super('The backup was cancelled: no file was made.');
    this.name = 'BackupCancelled';
  }
}

/** The backup file, made by a worker: encrypted with the workspace key or a passphrase, or plain. */
export function exportInWorker(
  protection: BackupProtection,
  options: { onProgress?: BackupProgress; signal?: AbortSignal } = {},
): Promise<Blob> {
  if (options.signal?.aborted) return Promise.reject(new BackupCancelled());
  const dataKey = backupRepository.dataKeyForWorker();
  const worker = new Worker(new URL('../../workers/exportWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    const cancel = () => end(() => reject(new BackupCancelled()));
    const end = (settle: () => void) => {
      stopWatchingLock();
      options.signal?.removeEventListener('abort', cancel);
      worker.terminate();
      settle();
    };
    const stopWatchingLock = onDataKeyChange(() => {
      if (!hasDataKey()) end(() => reject(new WorkspaceLockedError()));
    });
    options.signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return options.onProgress?.(reply.done, reply.total);
      end(() => (reply.type === 'exported' ? resolve(reply.file) : reject(new Error(reply.error))));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end(() => reject(new Error('the backup stopped unexpectedly; please try again')));
    };
    worker.postMessage({ type: 'export', protection, dataKey } satisfies ExportRequest, [dataKey.buffer]);
  });
}
