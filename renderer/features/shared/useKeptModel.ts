// A model a screen kept at an earlier visit (data/startSnapshotRepository.ts), for screens built from more records
// than they can read in half a second: Home, the dashboard, the survey results.
import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { startSnapshotRepository, type KeptModel } from '../../data/startSnapshotRepository';
import { keptIsCurrent } from '../../domain/keptModel';
import { useToday } from '../../ui/useToday';

export interface KeptLookup<M> {
  /** The model kept for `key`: undefined while it is looked up, null when none was kept. */
  kept: KeptModel<M> | null | undefined;
  /** It is exactly what a read would build now (nothing written since; built today, if the model follows the day). */
  current: boolean;
  /**
   * Whether the screen reads its records: once the lookup is done and what was kept is not current, and from then on
   * for the rest of the visit (another filter, or going back to the kept one, finds the copy at hand).
   */
  read: boolean;
}

export function useKeptModel<M>(id: string, key: string | null, followsDay = true): KeptLookup<M> {
  const today = useToday();
  // Looked up again with every write of a table it was built from while shown (its token changes): a kept model that stops being current says so.
  const found = useLiveQuery(
    async () => (key ? { key, kept: await startSnapshotRepository.latest<M>(id, key) } : undefined),
    [id, key],
  );
  // Undefined while the lookup for this key is in flight (the one before may still be at hand).
  const kept = found && found.key === key ? found.kept : undefined;
  const current = kept ? keptIsCurrent(kept, followsDay ? today : kept.day) : false;
  const read = useRef(false);
  if (kept !== undefined && !current) read.current = true;
  return { kept, current, read: read.current };
}
