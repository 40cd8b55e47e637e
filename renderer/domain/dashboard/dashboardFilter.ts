// The dashboard's filters (rollout, unit, role, wave, date range) as one pure selection: which caseworkers and which
// dates count. Every series takes the selection, so one filter change applies to every chart.
import type { Caseworker, Cohort, Settings } from '../model';
import { memo } from './memo';
import { isSelectable } from '../roster/selectable';
import { isLive } from '../model';

export interface DashboardFilter {
  rolloutId: string | null;
  unitId: string;
  role: string;
  /** 0 for all waves. */
  wave: number;
  /** Inclusive YYYY-MM-DD bounds; empty for open-ended. */
  from: string;
  to: string;
}

export const emptyFilter = (rolloutId: string | null): DashboardFilter => ({
  rolloutId,
  unitId: '',
  role: '',
  wave: 0,
  from: '',
  to: '',
});

/** The filter the dashboard opens with when the address names none: the one kept in settings, else everyone. */
export const openingFilter = (
  settings: Pick<Settings, 'dashboardFilter' | 'currentRolloutId'>,
): DashboardFilter => settings.dashboardFilter ?? emptyFilter(settings.currentRolloutId);

export interface Selection {
  /** Caseworkers in scope: not deleted, not left, matching unit/role/wave. */
  caseworkers: Caseworker[];
  ids: Set<string>;
  /** Position of every caseworker (in scope or not) in the roster, for the column-wise series. */
  index: ReadonlyMap<string, number>;
  /** 1 at the position of each caseworker in scope. */
  mask: Uint8Array;
  /** caseworkerId -> wave in the rollout's cohorts (absent when not in a cohort). */
  waveOf: Map<string, number>;
  /** caseworkerId -> cohort id in the rollout. */
  cohortOf: Map<string, string>;
  inRange: (date: string) => boolean;
}

export function selectScope(
  caseworkers: readonly Caseworker[],
  cohorts: readonly Cohort[],
  filter: DashboardFilter,
): Selection {
  const waveOf = new Map<string, number>();
  const cohortOf = new Map<string, string>();
  for (const cohort of cohorts) {
    if (!isLive(cohort) || (filter.rolloutId && cohort.rolloutId !== filter.rolloutId)) continue;
    for (const m of cohort.members) {
      waveOf.set(m.caseworkerId, m.wave);
      cohortOf.set(m.caseworkerId, cohort.id);
    }
  }
  const selected = caseworkers.filter(
    (c) =>
      isSelectable(c) &&
      (!filter.unitId || c.unitId === filter.unitId) &&
      (!filter.role || c.role === filter.role) &&
      (!filter.wave || waveOf.get(c.id) === filter.wave),
  );
  const from = filter.from;
  const to = filter.to;
  const index = rosterIndex(caseworkers);
  const mask = new Uint8Array(caseworkers.length);
  for (const c of selected) mask[index.get(c.id) ?? 0] = 1;
  return {
    caseworkers: selected,
    ids: new Set(selected.map((c) => c.id)),
    index,
    mask,
    waveOf,
    cohortOf,
    inRange: inDateRange(from, to),
  };
}

/**
 * Whether a day (YYYY-MM-DD) or a month (YYYY-MM) falls between two days, either open. Months compare against the
 * month part of the bounds, so a month overlapping the range counts. Called for every entry and measure a chart
 * counts (hundreds of thousands per filter change): the bounds are cut to each length once, not on every call.
 */
export function inDateRange(from: string, to: string): (date: string) => boolean {
  if (!from && !to) return () => true;
  const fromBy: string[] = [];
  const toBy: string[] = [];
  return (date) => {
    const n = date.length;
    const low = from ? (fromBy[n] ??= from.slice(0, n)) : null;
    const high = to ? (toBy[n] ??= to.slice(0, n)) : null;
    return (low === null || date >= low) && (high === null || date <= high);
  };
}

/** Each caseworker's position in the roster as read, remembered per read (the column-wise series index by it). */
export const rosterIndex = (caseworkers: readonly Caseworker[]): ReadonlyMap<string, number> =>
  memo(caseworkers, 'index', () => new Map(caseworkers.map((c, i) => [c.id, i])));
