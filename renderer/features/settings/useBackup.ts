// Backup and restore from the screen: choose a file, preview what would be replaced, then replace in one transaction.
import { today } from '../../clock';
import { useState } from 'react';
import type { Backup } from '../../domain/backup/parseBackup';
import { tableNames, type TableName } from '../../domain/model';
import { parseBackup, backupRepository } from '../../data/backup';
import { openTextFile, saveTextFile } from '../../platform/desktop';
import { showToast } from '../../ui/toast';

export interface RestorePreview {
  fileName: string;
  backup: Backup;
  rows: Array<{ table: TableName; current: number; incoming: number }>;
}

export function useBackup() {
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

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

  async function chooseRestoreFile() {
    setErrors([]);
    // Backups of an agency-sized workspace run well past the 20 MB that is plenty for a CSV.
    const file = await openTextFile({
      title: 'Restore from a backup',
      filters: [{ name: 'Cohort Coach backup', extensions: ['json'] }],
      maxBytes: 256 * 1024 * 1024,
    });
    if (!file.ok) return setErrors([file.error]);
    if (!file.value) return;
    const parsed = parseBackup(file.value.text);
    if (!parsed.ok) return setErrors(parsed.errors);
    const counts = await backupRepository.counts();
    setPreview({
      fileName: file.value.name,
      backup: parsed.backup,
      rows: tableNames.map((table) => ({
        table,
        current: counts.get(table) ?? 0,
        incoming: parsed.backup.tables[table].length,
      })),
    });
  }

  async function confirmRestore() {
    if (!preview) return;
    try {
      await backupRepository.restore(preview.backup);
      setPreview(null);
      showToast({ message: 'The workspace was restored from the backup.' });
    } catch (error) {
      setErrors([`Nothing was changed: ${error instanceof Error ? error.message : String(error)}`]);
    }
  }

  return {
    backUp,
    chooseRestoreFile,
    confirmRestore,
    preview,
    cancelRestore: () => setPreview(null),
    errors,
  };
}
