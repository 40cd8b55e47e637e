// Lets the desktop shell take a full backup when the app quits (it keeps the last ten). Does nothing in a browser.
import { useEffect } from 'react';
import { exportBackup } from '../../data/backup';
import { onBackupRequest } from '../../platform/desktop';

export function useAutoBackup(): void {
  useEffect(() => onBackupRequest(exportBackup), []);
}
