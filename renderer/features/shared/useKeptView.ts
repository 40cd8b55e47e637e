// What a screen shows from a view it keeps for the next visit (useKeptModel): the view worked out from the records
// when there is one (kept for the next visit with the stamp of the read it came from), otherwise the kept view, said
// to be as of its moment unless it is current. Home, the survey results and the survey's people use it.
import { useEffect } from 'react';
import { startSnapshotRepository, type ReadStamp } from '../../data/startSnapshotRepository';
import { useToday } from '../../ui/useToday';
import type { KeptLookup } from './useKeptModel';

export interface ShownView<V> {
  view: V;
  /** When the view shown was worked out, if the workspace changed since (it is being worked out again). */
  outdatedSince: string | null;
}

export function useKeptView<V>(
  id: string,
  key: string | null,
  { kept, current }: KeptLookup<V>,
  worked: { view: V; stamp: ReadStamp } | undefined,
): ShownView<V> | undefined {
  const today = useToday();
  const view = worked?.view;
  const stamp = worked?.stamp;
  useEffect(() => {
    if (view === undefined || !stamp || !key) return;
    // Kept for the next visit; a failure only means the next visit reads the records first, as before.
    startSnapshotRepository.keep(id, key, today, stamp, view).catch(() => undefined);
  }, [id, view, stamp, key, today]);
  if (view !== undefined) return { view, outdatedSince: null };
  if (!kept) return undefined;
  return { view: kept.model, outdatedSince: current ? null : kept.keptAt };
}
