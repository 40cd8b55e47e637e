// The dashboard's charts kept for the next visit (issue 15). The charts are built from every record of the workspace,
// which takes most of fifteen seconds to read at agency scale; a lead who opens the dashboard each morning with the
// same filters saw the same charts after that wait. What the charts draw, and the choices of the filter bar, are kept
// (sealed, data/startSnapshotRepository.ts) for the filter they were built for, and shown at once at the next visit
// with that filter: as the current charts while nothing was written since and the day is the same (keptIsCurrent),
// otherwise as the charts of that moment, said so, while the workspace is read. Another filter reads the workspace.
import type { Settings } from '../model';
import type { DashboardData, DashboardModel } from './buildDashboard';
import type { DashboardFilter } from './dashboardFilter';
import { byNameOrder } from '../roster/names';

/** Raised with any change of what is kept (ChartsModel or FilterChoices), so an older kept shape is not shown. */
const DASHBOARD_KEPT_VERSION = 2;

const charted = [
  'funnel',
  'byWave',
  'byUnit',
  'stanceByUnit',
  'adopters',
  'gapsByUnit',
  'gapsOverTime',
  'visits',
  'coachActivity',
  'rideAlongs',
  'renegades',
] as const;

/**
 * What the dashboard's charts draw: each chart's rows, its summary and note, and how many people are in scope. Plain
 * rows and strings only (no Maps, Sets or functions), so it can be kept; the people, levels and drill-down context of
 * the full model stay with the model (a drill-down reads the workspace).
 */
export type ChartsModel = Pick<DashboardModel, 'scopeSize' | (typeof charted)[number]> & {
  stanceOverTime: Pick<DashboardModel['stanceOverTime'], 'series' | 'summary'>;
};

export function chartsOf(model: DashboardModel): ChartsModel {
  const charts = Object.fromEntries(charted.map((k) => [k, model[k]])) as Pick<
    DashboardModel,
    (typeof charted)[number]
  >;
  const { series, summary } = model.stanceOverTime;
  return { scopeSize: model.scopeSize, ...charts, stanceOverTime: { series, summary } };
}

/** What the filter bar offers: the rollouts, the units (by name) and the roles of the roster (sorted). */
export interface FilterChoices {
  rollouts: { id: string; name: string }[];
  units: { id: string; name: string }[];
  roles: string[];
}

export const filterChoices = (
  data: Pick<DashboardData, 'rollouts' | 'units' | 'caseworkers'>,
): FilterChoices => ({
  rollouts: data.rollouts.map((r) => ({ id: r.id, name: r.name })),
  units: data.units.map((u) => ({ id: u.id, name: u.name })).sort(byNameOrder),
  roles: [...new Set(data.caseworkers.map((c) => c.role).filter(Boolean))].sort((a, b) => a.localeCompare(b)),
});

/** The charts and the filter bar's choices, as kept. */
export interface KeptDashboard {
  charts: ChartsModel;
  choices: FilterChoices;
}

/**
 * What kept charts were built for besides the records and the day: the kept shape, the settings apart from the
 * remembered filter and the settings' stamp (they change with every filter picked), and the filter itself.
 */
export const keptDashboardKey = (settings: Settings, filter: DashboardFilter): string =>
  JSON.stringify([
    DASHBOARD_KEPT_VERSION,
    { ...settings, dashboardFilter: null, updatedAt: null },
    [filter.rolloutId, filter.unitId, filter.role, filter.wave, filter.from, filter.to],
  ]);
