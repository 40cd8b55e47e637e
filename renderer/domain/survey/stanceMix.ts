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
  /** Whole percentages of `total` that add up to 100 (0 everywhere when total is 0). */
  percents: Record<MixKey, number>;
  notSurveyed: Array<{ id: string; name: string }>;
}

export interface StanceMix {
  agency: StanceMixGroup;
  units: StanceMixGroup[];
}

type Person = Pick<Caseworker, 'id' | 'name' | 'unitId' | 'status' | 'deletedAt'>;
type Latest = ReadonlyMap<string, { stance: Stance | null }>;

/**
 * Whole percentages that add up to exactly 100 (largest remainder): 1 of 3 each is 34/33/33, never 33/33/33.
 * Ties in the remainder go to the earlier entry, so the result is stable.
 */
export function percentages(counts: readonly number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (100 * c) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((s, f) => s + f, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

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
  const pcts = percentages(mixKeys.map((k) => counts[k]));
  const percents = Object.fromEntries(mixKeys.map((k, i) => [k, pcts[i] ?? 0])) as Record<MixKey, number>;
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
  const known = new Set(liveUnits.map((u) => u.id));
  const unitGroups = liveUnits
    .map((u) =>
      group(
        'unit',
        u.id,
        u.name,
        people.filter((p) => p.unitId === u.id),
        latest,
      ),
    )
    .filter((g) => g.total > 0);
  const homeless = people.filter((p) => p.unitId === null || !known.has(p.unitId));
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
