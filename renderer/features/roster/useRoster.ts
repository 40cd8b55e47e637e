// Live roster data: units and caseworkers, with unit names resolved for display.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker, Unit } from '../../domain/model';
import { listCaseworkers, listUnits } from '../../data/rosterRepository';

export interface Roster {
  units: Unit[];
  caseworkers: Caseworker[];
  unitName: (id: string | null) => string;
  roles: string[];
}

export function useRoster(): Roster | undefined {
  return useLiveQuery(async () => {
    const [units, caseworkers] = await Promise.all([listUnits(), listCaseworkers()]);
    const names = new Map(units.map((u) => [u.id, u.name]));
    const roles = [...new Set(caseworkers.map((c) => c.role).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b),
    );
    return {
      units,
      caseworkers,
      roles,
      unitName: (id: string | null) => (id ? (names.get(id) ?? 'Unit in Trash') : 'No unit'),
    };
  });
}
