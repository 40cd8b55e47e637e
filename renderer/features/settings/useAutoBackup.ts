// Lets the desktop shell take a full backup, encrypted with the workspace key, when the app quits (it keeps the last ten).
// The file is made by a worker, as every backup is; the shell takes it in pieces. Does nothing in a browser.
import { useEffect } from 'react';
import { onBackupRequest } from '../../platform/desktop';
import { exportInWorker } from './exportInWorker';

export function useAutoBackup(): void {
  useEffect(
    () =>
      onBackupRequest((stillWorking) => exportInWorker({ kind: 'workspace' }, { onProgress: stillWorking })),
    [],
  );
}
