// Lets the desktop shell take a full backup, encrypted with the workspace key, when the app quits (it keeps the last ten).
// Does nothing in a browser.
import { useEffect } from 'react';
import { onBackupRequest } from '../../platform/desktop';
import { backupRepository } from '../../data/backup';

export function useAutoBackup(): void {
  useEffect(() => onBackupRequest(() => backupRepository.exportEncrypted()), []);
}
