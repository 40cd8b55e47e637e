// Exports one table to a CSV file the user chooses (a save dialog on the desktop, a download in the browser).
import { today } from '../../clock';
import { useCallback } from 'react';
import { tableDefs, type TableName } from '../../domain/model';
import { saveTextFile } from '../../platform/desktop';
import { showToast } from '../../ui/toast';
import { exportRepository } from '../../data/exportCsv';
import { refuseExportWhilePresenting } from '../shared/refuseExportWhilePresenting';

export function useExportTable(): (table: TableName) => Promise<void> {
  return useCallback(async (table: TableName) => {
    if (refuseExportWhilePresenting()) return;
    const label = tableDefs[table].label;
    const content = await exportRepository.tableCsv(table);
    const result = await saveTextFile({
      title: `Export ${label.toLowerCase()}`,
      defaultName: `cohort-coach-${table}-${today()}.csv`,
      filters: [{ name: 'CSV file', extensions: ['csv'] }],
      content,
    });
    if (!result.ok)
      showToast({ message: `Could not export ${label.toLowerCase()}: ${result.error}`, tone: 'danger' });
    else if (result.value) showToast({ message: `${label} exported.` });
  }, []);
}
