// Backups off the main thread: this worker reads the whole workspace through its own connection, writes the backup's
// JSON and encrypts it, so the window never freezes while an agency's workspace is saved (on the main thread, making
// the 441,454-record workspace's file as one string held the window for seconds, and its encryption crashed the
// page). The workspace's data key comes with the request (the worker's connection opens sealed fields with it) and is
// wiped here as soon as the file is made; the window ends this worker when the app locks, so nothing of it outlives
// the lock.
import { backupRepository, type BackupProtection } from '../data/backup';
import { clearDataKey, setDataKey } from '../data/keySession';
import { atMostTenTimesASecond } from './progressReports';

export interface ExportRequest {
  type: 'export';
  protection: BackupProtection;
  dataKey: Uint8Array;
}

/** The file comes back as a Blob: handed over without a copy, and never one string of the whole workspace. */
export type ExportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'exported'; file: Blob }
  | { type: 'failed'; error: string };

const scope = self as unknown as {
  postMessage(message: ExportReply): void;
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
};

async function exportWorkspace({ protection, dataKey }: ExportRequest): Promise<Blob> {
  setDataKey(dataKey);
  try {
    return await backupRepository.exportFile(
      protection,
      atMostTenTimesASecond((done, total) => scope.postMessage({ type: 'progress', done, total })),
    );
  } finally {
    clearDataKey();
  }
}

scope.onmessage = (event) => {
  exportWorkspace(event.data).then(
    (file) => scope.postMessage({ type: 'exported', file }),
    (error: unknown) =>
      scope.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
};
