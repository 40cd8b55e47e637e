// The role-based home cards' data: survey coverage, cohort and wave status, headline funnel and the unit's open gaps.
// Built from every record of the workspace, which takes most of twenty seconds to read at agency scale, so the model
// Home built last is kept for the next start (startSnapshotRepository.ts). When nothing it was built from has changed
// and it was built today, it is today's figures: shown, and nothing more is read. Otherwise it is shown as the figures
// of the moment it was kept, said so, while the workspace is read and the figures are worked out again.
import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildHome, homeModelKey, type HomeModel } from '../../domain/home/buildHome';
import { keptIsCurrent } from '../../domain/keptModel';
import { readTokenOf, startSnapshotRepository } from '../../data/startSnapshotRepository';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { usePreparedWorkspaceData } from '../shared/useWorkspaceData';

const HOME = 'home';

export interface HomeView {
  model: HomeModel;
  /** When the figures shown were worked out, if the workspace or the day changed since (they are being again). */
  outdatedSince: string | null;
}

export function useHome(): HomeView | undefined {
  const settings = useSettings();
  const today = useToday();
  const key = settings ? homeModelKey(settings) : null;
  // Read again with every write while shown (the token changes): kept figures that stop being current say so, and
  // the workspace is read.
  const kept = useLiveQuery(
    () => (key ? startSnapshotRepository.latest<HomeModel>(HOME, key) : undefined),
    [key],
  );
  const current = kept ? keptIsCurrent(kept, today) : false;
  // Once it is known whether a model was kept (undefined until then), the workspace is read unless it is current.
  const data = usePreparedWorkspaceData(settings, kept !== undefined && !current);
  const built = useMemo(
    () => (data && settings ? buildHome(data, settings, today) : undefined),
    [data, settings, today],
  );
  useEffect(() => {
    if (!built || !data || !key) return;
    const token = readTokenOf(data);
    // Kept for the next start; a failure only means the next start has nothing to show meanwhile, as before.
    if (token !== undefined)
      startSnapshotRepository.keep(HOME, key, today, token, built).catch(() => undefined);
  }, [built, data, key, today]);
  if (built) return { model: built, outdatedSince: null };
  if (!kept) return undefined;
  return { model: kept.model, outdatedSince: current ? null : kept.keptAt };
}
