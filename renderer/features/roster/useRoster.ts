// Live roster data: units and caseworkers, with unit names resolved for display.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker, Unit } from '../../domain/model';
import { caseworkerRepository, unitRepository } from '../../data/rosterRepository';
import { unitNames, type NameLookup } from '../../domain/roster/names';

export interface Roster {
  units: Unit[];
  caseworkers: Caseworker[];
  unitName: NameLookup;
  roles: string[];
}

export function useRoster(): Roster | undefined {
  return useLiveQuery(async () => {
    const [units, caseworkers] = await Promise.all([
      unitRepository.listByName(),
      caseworkerRepository.listByName(),
    ]);
    const roles = [...new Set(caseworkers.map((c) => c.role).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b),
    );
    return {
      units,
      caseworkers,
      roles,
      unitName: unitNames(units),
    };
  });
}
