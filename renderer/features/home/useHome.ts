// The role-based home cards' data: survey coverage, cohort and wave status, headline funnel and the unit's open gaps.
// Built from every record of the workspace, which takes most of twenty seconds to read at agency scale, so the model
// Home built last is kept for the next start (startSnapshotRepository.ts). When nothing it was built from has changed
// and it was built today, it is today's figures: shown, and nothing more is read. Otherwise it is shown as the figures
// of the moment it was kept, said so, while the workspace is read and the figures are worked out again.
import { useEffect, useMemo } from 'react';
import { buildHome, homeModelKey, type HomeModel } from '../../domain/home/buildHome';
import { useKeptModel } from '../shared/useKeptModel';
import { readStampOf, startSnapshotRepository } from '../../data/startSnapshotRepository';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { usePreparedWorkspaceData } from '../shared/useWorkspaceData';

const HOME = 'home';

export interface HomeView {
  model: HomeModel;
  /** When the figures shown were worked out, if the workspace or the day changed since (they are being again). */
  outdatedSince: string | null;
}

/**
 * Home's figures (undefined while looked up, or worked out the first time), and whether the lookup of the kept ones is
 * done: Home's other parts read only once it is, so their reads do not queue in front of it.
 */
export function useHome(): { view: HomeView | undefined; lookedUp: boolean } {
  const settings = useSettings();
  const today = useToday();
  const key = settings ? homeModelKey(settings) : null;
  const { kept, current, read } = useKeptModel<HomeModel>(HOME, key);
  // Once it is known whether a model was kept, the workspace is read unless it is current.
  const data = usePreparedWorkspaceData(settings, read);
  const built = useMemo(
    () => (data && settings ? buildHome(data, settings, today) : undefined),
    [data, settings, today],
  );
  useEffect(() => {
    if (!built || !data || !key) return;
    const stamp = readStampOf(data);
    // Kept for the next start; a failure only means the next start has nothing to show meanwhile, as before.
    if (stamp) startSnapshotRepository.keep(HOME, key, today, stamp, built).catch(() => undefined);
  }, [built, data, key, today]);
  const lookedUp = kept !== undefined || built !== undefined;
  if (built) return { view: { model: built, outdatedSince: null }, lookedUp };
  if (!kept) return { view: undefined, lookedUp };
  return { view: { model: kept.model, outdatedSince: current ? null : kept.keptAt }, lookedUp };
}
