// Presentation mode from the screen: the one switch, and the gate that applies the mode before any screen reads data.
import { useEffect, useState } from 'react';
import { applyPresentationMode, isPresentationActive } from '../../data/presentationMode';
import { settingsRepository } from '../../data/settingsRepository';
import { showToast } from '../../ui/toast';
import { runAction } from '../../ui/runAction';

/** Applies the saved mode; returns it once applied (undefined meanwhile), so screens mount only after. */
export function usePresentationGate(on: boolean | undefined): boolean | undefined {
  const [applied, setApplied] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (on === undefined) return;
    let current = true;
    runAction('switch presentation mode', () =>
      applyPresentationMode(on).then(() => {
        if (current) setApplied(on);
      }),
    );
    return () => {
      current = false;
    };
  }, [on]);
  return applied === on ? applied : undefined;
}

export function setPresentationMode(on: boolean): Promise<unknown> {
  return settingsRepository.save({ presentationMode: on });
}

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
