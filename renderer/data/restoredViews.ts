// What a restore keeps for the first visits after it (issue 15): Home's figures and the dashboard's charts, built from
// the records it has just written, which the restore worker still holds. A restore forgets every model kept (they were
// of another workspace), so without these the first start after it read the whole workspace back to work Home's
// figures out (5.7-6.3 s at agency scale), and the first visit of the dashboard read it again (4.6 s). Built from
// exactly what was written and stamped with the write tokens the restore left (read in its own transaction), they are
// the models a read would build; they are kept only while nothing has been written since (startSnapshotRepository).
import type { Backup } from '../domain/backup/parseBackup';
import { openingFilter } from '../domain/dashboard/dashboardFilter';
import { dashboardFor } from '../domain/dashboard/dashboardFor';
import {
  chartsOf,
  filterChoices,
  keptDashboardKey,
  type KeptDashboard,
} from '../domain/dashboard/keptDashboard';
import { prepareDashboard } from '../domain/dashboard/prepareDashboard';
import { buildHome, homeModelKey } from '../domain/home/buildHome';
import { KEPT_DASHBOARD, KEPT_HOME } from '../domain/keptModel';
import { finish } from '../domain/steps';
import { dashboardRepository } from './dashboardRepository';
import { settingsRepository } from './settingsRepository';
import { startSnapshotRepository, type ReadStamp } from './startSnapshotRepository';

/**
 * Keeps Home's figures and the dashboard's charts (of the filter it opens with) for `today`, built from the records of
 * `backup` just restored, whose write tokens are `stamp`. Worked out in one go: it runs in the restore worker, where
 * no window waits on it. Answers which were kept (none when something was written since the restore).
 */
export async function keepRestoredViews(
  backup: Backup,
  stamp: ReadStamp,
  today: string,
): Promise<{ home: boolean; dashboard: boolean }> {
  const settings = await settingsRepository.load();
  const data = dashboardRepository.dataOf(backup.tables, stamp);
  finish(prepareDashboard(data, settings, today));
  const home = await startSnapshotRepository.keep(
    KEPT_HOME,
    homeModelKey(settings),
    today,
    stamp,
    buildHome(data, settings, today),
  );
  const filter = openingFilter(settings);
  const model = dashboardFor(data, filter, settings, today);
  const dashboard = await startSnapshotRepository.keep(
    KEPT_DASHBOARD,
    keptDashboardKey(settings, filter),
    today,
    stamp,
    { charts: chartsOf(model), choices: filterChoices(data) } satisfies KeptDashboard,
  );
  return { home, dashboard };
}
