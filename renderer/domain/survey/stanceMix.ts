// Who stands where, per unit and for the whole agency: counts and percentages of cheerleaders, fence-sitters, hecklers and
// people not yet surveyed, the not-yet-surveyed by name, and the Rogers adopter labels with their chart series.
import type { Caseworker, Unit } from '../model';
import {
  adopterCategories,
  adopterCategoriesByRank,
  adopterLabel,
  rogersShares,
  type AdopterCategory,
} from './adopterCategories';
import type { Stance } from './scoreResponse';
import { isSelectable } from '../roster/selectable';
import { isLive } from '../model';
import { percentOf } from '../format/format';

export type MixKey = Stance | 'not-surveyed';
export const mixKeys: readonly MixKey[] = ['cheerleader', 'fence-sitter', 'heckler', 'not-surveyed'];

export interface StanceMixGroup {
  /** Unit id; null for the agency as a whole and for people without a unit (see `kind`). */
  unitId: string | null;
  kind: 'agency' | 'unit' | 'no-unit';
  name: string;
  /** Caseworkers counted: everyone on the roster who has not left. */
  total: number;
  counts: Record<MixKey, number>;
  /**
   * Each count as a share of `total`, by the app's one percent rule (renderer/domain/format): each share is rounded on
   * its own, so 1 of 6 is 17% here as on every other screen; null when `total` is 0.
   */
  percents: Record<MixKey, number | null>;
  notSurveyed: Array<{ id: string; name: string }>;
}

export interface StanceMix {
  agency: StanceMixGroup;
  units: StanceMixGroup[];
}

type Person = Pick<Caseworker, 'id' | 'name' | 'unitId' | 'status' | 'deletedAt'>;
type Latest = ReadonlyMap<string, { stance: Stance | null }>;

/** People counted in survey results: on the roster (not in Trash) and not gone from the agency. */
export const countsInResults = (c: Pick<Caseworker, 'status' | 'deletedAt'>): boolean => isSelectable(c);

function group(
  kind: StanceMixGroup['kind'],
  unitId: string | null,
  name: string,
  people: readonly Person[],
  latest: Latest,
): StanceMixGroup {
  const counts: Record<MixKey, number> = { cheerleader: 0, 'fence-sitter': 0, heckler: 0, 'not-surveyed': 0 };
  const notSurveyed: StanceMixGroup['notSurveyed'] = [];
  for (const p of people) {
    const stance = latest.get(p.id)?.stance ?? null;
    if (stance) counts[stance] += 1;
    else {
      counts['not-surveyed'] += 1;
      notSurveyed.push({ id: p.id, name: p.name });
    }
  }
  const percents: Record<MixKey, number | null> = {
    cheerleader: percentOf(counts.cheerleader, people.length),
    'fence-sitter': percentOf(counts['fence-sitter'], people.length),
    heckler: percentOf(counts.heckler, people.length),
    'not-surveyed': percentOf(counts['not-surveyed'], people.length),
  };
  notSurveyed.sort((a, b) => a.name.localeCompare(b.name));
  return { kind, unitId, name, total: people.length, counts, percents, notSurveyed };
}

/** The stance mix of the agency and of each unit that has people, units in name order, people without a unit last. */
export function stanceMix(
  caseworkers: readonly Person[],
  units: readonly Pick<Unit, 'id' | 'name' | 'deletedAt'>[],
  latest: Latest,
): StanceMix {
  const people = caseworkers.filter(countsInResults);
  const liveUnits = units.filter((u) => isLive(u)).sort((a, b) => a.name.localeCompare(b.name));
  // Each person placed once (an agency has hundreds of units and thousands of people).
  const byUnit = new Map<string, Person[]>(liveUnits.map((u) => [u.id, []]));
  const homeless: Person[] = [];
  for (const p of people) {
    const members = p.unitId === null ? undefined : byUnit.get(p.unitId);
    if (members) members.push(p);
    else homeless.push(p);
  }
  const unitGroups = liveUnits
    .map((u) => group('unit', u.id, u.name, byUnit.get(u.id) ?? [], latest))
    .filter((g) => g.total > 0);
  if (homeless.length > 0) unitGroups.push(group('no-unit', null, 'No unit', homeless, latest));
  return { agency: group('agency', null, 'Whole agency', people, latest), units: unitGroups };
}

/** Rogers adopter labels for the people counted in results who have a readiness score. */
export function adopterLabels(
  caseworkers: readonly Pick<Caseworker, 'id' | 'status' | 'deletedAt'>[],
  latest: ReadonlyMap<string, { readiness: number | null }>,
): Map<string, AdopterCategory> {
  const scores: Array<{ id: string; readiness: number }> = [];
  for (const c of caseworkers) {
    const readiness = latest.get(c.id)?.readiness;
    if (countsInResults(c) && typeof readiness === 'number') scores.push({ id: c.id, readiness });
  }
  return adopterCategoriesByRank(scores);
}

export interface AdopterPoint {
  category: AdopterCategory;
  label: string;
  /** People labelled with this category. */
  count: number;
  /** People the Rogers curve would put here for this many surveyed people (one decimal). */
  expected: number;
}

/** The adopter chart: counts per category against the theoretical curve. */
export function toAdopterSeries(labels: ReadonlyMap<string, AdopterCategory>): AdopterPoint[] {
  const n = labels.size;
  return adopterCategories.map((category) => ({
    category,
    label: adopterLabel[category],
    count: [...labels.values()].filter((c) => c === category).length,
    expected: Math.round(rogersShares[category] * n * 10) / 10,
  }));
}
