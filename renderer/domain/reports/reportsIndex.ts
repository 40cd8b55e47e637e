// What the reports index lists: caseworkers matching a search (with their unit and role), the current rollout's
// cohorts, and whether a rollout report can be made.
import type { Caseworker, Cohort, Rollout, Unit } from '../model';
import { defaultRosterQuery, filterRoster } from '../listing/filterRoster';
import { plural } from '../format/format';
import { isSelectable } from '../roster/selectable';
import { liveOnly } from '../model';

export interface ReportsIndexInput {
  caseworkers: readonly Caseworker[];
  units: readonly Unit[];
  cohorts: readonly Cohort[];
  rollout: Rollout | null;
}

export interface ReportsIndex {
  caseworkers: { id: string; name: string; detail: string }[];
  /** Everyone who could be listed, before the search. */
  caseworkerTotal: number;
  cohorts: { id: string; name: string; detail: string }[];
  rollout: { name: string } | null;
}

export function buildReportsIndex(input: ReportsIndexInput, search: string): ReportsIndex {
  const unitNames = new Map(input.units.map((u) => [u.id, u.name]));
  const unitName = (id: string | null) => (id && unitNames.get(id)) || 'No unit';
  const current = input.caseworkers.filter(isSelectable);
  const found = filterRoster(current, { ...defaultRosterQuery, text: search }, unitName);
  const cohorts = liveOnly(input.cohorts)
    .filter((c) => c.rolloutId === input.rollout?.id)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
    .map((c) => ({
      id: c.id,
      name: c.name,
      detail: [c.role || 'Role not recorded', plural(c.members.length, 'member')].join(' · '),
    }));
  return {
    caseworkers: found.map((c) => ({
      id: c.id,
      name: c.name,
      detail: [unitName(c.unitId), c.role || 'Role not recorded'].join(' · '),
    })),
    caseworkerTotal: current.length,
    cohorts,
    rollout: input.rollout ? { name: input.rollout.name } : null,
  };
}
