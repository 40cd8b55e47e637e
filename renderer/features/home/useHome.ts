// The role-based home cards' data: survey coverage, cohort and wave status, headline funnel and the unit's open gaps.
// Built from every record of the workspace, which takes most of twenty seconds to read at agency scale, so the model
// Home built last is kept for the next start (startSnapshotRepository.ts). When nothing it was built from has changed
// and it was built today, it is today's figures: shown, and nothing more is read. Otherwise it is shown as the figures
// of the moment it was kept, said so, while the workspace is read and the figures are worked out again.
import { useMemo } from 'react';
import { buildHome, homeModelKey, type HomeModel } from '../../domain/home/buildHome';
import { KEPT_HOME } from '../../domain/keptModel';
import { useKeptModel } from '../shared/useKeptModel';
import { useKeptView, type ShownView } from '../shared/useKeptView';
import { readStampOf } from '../../data/startSnapshotRepository';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { usePreparedWorkspaceData } from '../shared/useWorkspaceData';

/**
 * Home's figures (undefined while looked up, or worked out the first time), and whether the lookup of the kept ones is
 * done: Home's other parts read only once it is, so their reads do not queue in front of it.
 */
export function useHome(): { shown: ShownView<HomeModel> | undefined; lookedUp: boolean } {
  const settings = useSettings();
  const today = useToday();
  const key = settings ? homeModelKey(settings) : null;
  const lookup = useKeptModel<HomeModel>(KEPT_HOME, key);
  // Once it is known whether a model was kept, the workspace is read unless it is current.
  const data = usePreparedWorkspaceData(settings, lookup.read);
  const built = useMemo(
    () => (data && settings ? buildHome(data, settings, today) : undefined),
    [data, settings, today],
  );
  const stamp = data && readStampOf(data);
  // Kept for the next start; a failure only means the next start has nothing to show meanwhile, as before.
  const shown = useKeptView(KEPT_HOME, key, lookup, built && stamp && { view: built, stamp });
  return { shown, lookedUp: lookup.kept !== undefined || built !== undefined };
}
