// buildDashboard remembered per loaded data set: Home, the dashboard and the rollout report build the same dashboard
// (everyone in the current rollout) from the same shared read of the workspace, and going back to a filter seen a
// moment ago (Reset, Back) finds its charts built; a chart a new filter leaves unchanged keeps its series (so the
// screen redraws only what changed). Pure: the same inputs give the same model, now the same object.
import { buildDashboardInSteps, type DashboardData, type DashboardModel } from './buildDashboard';
import { finish } from '../steps';
import type { DashboardFilter } from './dashboardFilter';
import type { Settings } from '../model';
import { memo } from './memo';
import { shareSeries } from './shareSeries';

/** How many dashboards (filters) are kept per data set, the most recently used ones. */
const KEPT = 8;

/** buildDashboard(data, filter, settings, today), built once per data set and inputs. Callers must not change it. */
export function dashboardFor(
  data: DashboardData,
  filter: DashboardFilter,
  settings: Settings,
  today: string,
): DashboardModel {
  return finish(dashboardInSteps(data, filter, settings, today));
}

const builtOf = (data: DashboardData) => memo(data, 'dashboards', () => new Map<string, DashboardModel>());

// The remembered dashboard filter and the settings' stamp do not change what is built (the filter is an argument).
const keyOf = (filter: DashboardFilter, settings: Settings, today: string): string =>
  JSON.stringify([
    JSON.stringify(filter, Object.keys(filter).sort()),
    { ...settings, dashboardFilter: null, updatedAt: null },
    today,
  ]);

/**
 * dashboardFor's model if it is built already, without building it (undefined otherwise). Counts as a use: it becomes
 * the most recently used, whose series the next filter's charts share where they are the same.
 */
export function dashboardBuilt(
  data: DashboardData,
  filter: DashboardFilter,
  settings: Settings,
  today: string,
): DashboardModel | undefined {
  const built = builtOf(data);
  const key = keyOf(filter, settings, today);
  const model = built.get(key);
  if (model) built.delete(key);
  if (model) built.set(key, model);
  return model;
}

/**
 * dashboardFor in steps (buildDashboardInSteps) when it is not built yet. `onScreen`: the dashboard shown now, when it
 * may be of another read (the few people's records of a filter, before the whole workspace: fewPeople.ts).
 */
export function* dashboardInSteps(
  data: DashboardData,
  filter: DashboardFilter,
  settings: Settings,
  today: string,
  onScreen?: DashboardModel,
): Generator<void, DashboardModel> {
  const built = builtOf(data);
  const key = keyOf(filter, settings, today);
  let model = built.get(key);
  if (model) built.delete(key);
  else {
    // A chart the new filter leaves as it was keeps the series of the dashboard on screen (else the one used last),
    // so the screen draws again only the charts that changed.
    const last = onScreen ?? [...built.values()].at(-1);
    model = shareSeries(last, yield* buildDashboardInSteps(data, filter, settings, today));
  }
  built.set(key, model);
  for (const oldest of built.keys()) {
    if (built.size <= KEPT) break;
    built.delete(oldest);
  }
  return model;
}
