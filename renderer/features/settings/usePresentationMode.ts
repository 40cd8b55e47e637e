// Presentation mode from the screen: the one switch, and the gate that applies the mode before any screen reads data.
import { useEffect, useState } from 'react';
import { applyPresentationMode } from '../../data/presentationMode';
import { settingsRepository } from '../../data/settingsRepository';
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
