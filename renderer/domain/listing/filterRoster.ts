// Search, filter and sort of the caseworker list: pure, so the rules are tested without a screen.
import { searchKey, searchWords } from '../csv/foldText';
import type { Caseworker } from '../model';

export type RosterSortKey = 'name' | 'unit' | 'role' | 'caseload' | 'status' | 'startDate';
export type StatusFilter = 'current' | 'all' | Caseworker['status'];

export interface RosterQuery {
  text: string;
  unitId: string;
  role: string;
  status: StatusFilter;
  sort: { key: RosterSortKey; dir: 'asc' | 'desc' };
}

export const defaultRosterQuery: RosterQuery = {
  text: '',
  unitId: '',
  role: '',
  status: 'current',
  sort: { key: 'name', dir: 'asc' },
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function filterRoster(
  caseworkers: readonly Caseworker[],
  query: RosterQuery,
  unitName: (id: string | null) => string,
): Caseworker[] {
  const words = searchWords(query.text);
  const matches = caseworkers.filter((c) => {
    if (query.unitId && (query.unitId === 'none' ? c.unitId !== null : c.unitId !== query.unitId))
      return false;
    if (query.role && c.role !== query.role) return false;
    if (query.status === 'current' && c.status === 'left') return false;
    if (query.status !== 'current' && query.status !== 'all' && c.status !== query.status) return false;
    if (words.length === 0) return true;
    // Every word must appear somewhere, so "nguyen anh" finds "Nguyễn Thị Ánh" and "sean obrien" finds "O'Brien, Seán".
    const haystack = searchKey([c.name, c.employeeId, c.email, c.role, unitName(c.unitId)].join(' '));
    return words.every((w) => haystack.includes(w));
  });
  const { key, dir } = query.sort;
  const value = (c: Caseworker): string | number => {
    switch (key) {
      case 'unit':
        return unitName(c.unitId);
      case 'caseload':
        return c.caseload ?? -1;
      case 'startDate':
        return c.startDate ?? '';
      default:
        return c[key];
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return matches.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const primary =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return sign * primary || collator.compare(a.name, b.name);
  });
}
