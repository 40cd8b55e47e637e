// What a deactivated unit means, and the Units page's search and sort. A unit that stops working as a group (merged,
// closed, renamed into another) is deactivated rather than deleted: it is no longer offered when people are placed in a
// unit, but everyone already in it stays there with their history, and it can be reactivated. Pure, so the rules are
// tested without a screen.
import { searchKey, searchWords } from '../csv/foldText';
import { isLive, type Unit } from '../model';
import { isSelectable } from './selectable';

type UnitState = Pick<Unit, 'deletedAt' | 'deactivatedOn'>;

/** Whether a unit takes new people: live and not deactivated. Records from before the field existed are active. */
export const isUnitActive = (u: UnitState): boolean => isLive(u) && !u.deactivatedOn;

/**
 * The units a person can be placed in: the active ones, plus the unit the person is already in (`currentId`), even
 * when it was deactivated since, so editing someone never moves them out of their unit by accident.
 */
export function assignableUnits<T extends Pick<Unit, 'id' | 'deletedAt' | 'deactivatedOn'>>(
  units: readonly T[],
  currentId?: string | null,
): T[] {
  return units.filter((u) => isUnitActive(u) || (currentId != null && u.id === currentId && isLive(u)));
}

/** People in each unit who are still at work (active or on leave), counted in one pass over the roster. */
export function headcounts(
  caseworkers: readonly {
    unitId: string | null;
    status: Parameters<typeof isSelectable>[0]['status'];
    deletedAt: string | null;
  }[],
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const c of caseworkers)
    if (c.unitId !== null && isSelectable(c)) counts.set(c.unitId, (counts.get(c.unitId) ?? 0) + 1);
  return counts;
}

export type UnitSortKey = 'name' | 'supervisor' | 'programArea' | 'headcount' | 'status';
export type UnitStatusFilter = 'active' | 'deactivated' | 'all';

export interface UnitQuery {
  text: string;
  status: UnitStatusFilter;
  sort: { key: UnitSortKey; dir: 'asc' | 'desc' };
}

export const defaultUnitQuery: UnitQuery = { text: '', status: 'active', sort: { key: 'name', dir: 'asc' } };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The units that match a query, sorted. Search folds case, accents and apostrophes like the roster's ("leon" finds
 * "León"), across name, supervisor and program area; every word typed must appear. Ties fall back to the name.
 */
export function filterUnits<T extends Unit>(
  units: readonly T[],
  query: UnitQuery,
  headcount: ReadonlyMap<string, number>,
): T[] {
  const words = searchWords(query.text);
  const matches = units.filter((u) => {
    if (!isLive(u)) return false;
    const active = isUnitActive(u);
    if (query.status === 'active' && !active) return false;
    if (query.status === 'deactivated' && active) return false;
    if (words.length === 0) return true;
    const haystack = searchKey(`${u.name} ${u.supervisorName} ${u.programArea}`);
    return words.every((w) => haystack.includes(w));
  });
  const value = (u: T): string | number => {
    switch (query.sort.key) {
      case 'supervisor':
        return u.supervisorName;
      case 'programArea':
        return u.programArea;
      case 'headcount':
        return headcount.get(u.id) ?? 0;
      case 'status':
        return isUnitActive(u) ? 0 : 1;
      default:
        return u.name;
    }
  };
  const sign = query.sort.dir === 'asc' ? 1 : -1;
  return matches.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    // A unit without a supervisor or program area goes last whichever way the column is sorted.
    if (va === '' && vb !== '') return 1;
    if (vb === '' && va !== '') return -1;
    const primary =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return sign * primary || collator.compare(a.name, b.name);
  });
}
