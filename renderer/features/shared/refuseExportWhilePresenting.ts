// The one rule for exports in presentation mode, shared by every feature that saves or prints a file.
import { isPresentationActive } from '../../data/presentationMode';
import { showToast } from '../../ui/toast';

export const EXPORT_WHILE_PRESENTING =
  'Presentation mode is on, so nothing is exported: a file made now would carry pseudonyms instead of the real names. ' +
  'Turn presentation mode off to export.';

/**
 * Files leave the screen and outlive the meeting, so none is made while names are pseudonyms (backups are the exception:
 * they always read the real data). Shows why and returns true when the export must not happen.
 */
export function refuseExportWhilePresenting(): boolean {
  if (!isPresentationActive()) return false;
  showToast({ message: EXPORT_WHILE_PRESENTING, tone: 'info' });
  return true;
}
