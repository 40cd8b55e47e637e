// Roster data: units and caseworkers by name, with unit names resolved for display and the roles in use. From the
// roster copy the screens share (useSharedRoster): the coaching, gap and measure screens find it read already.
import { useMemo } from 'react';
import type { Caseworker, Unit } from '../../domain/model';
import type { NameLookup } from '../../domain/roster/names';
import { useSharedRoster } from '../shared/useSharedRoster';

export interface Roster {
  units: Unit[];
  caseworkers: Caseworker[];
  unitName: NameLookup;
  roles: string[];
}

export function useRoster(): Roster | undefined {
  const roster = useSharedRoster();
  return useMemo(() => {
    if (!roster) return undefined;
    const { units, caseworkers, unitName } = roster;
    const roles = [...new Set(caseworkers.map((c) => c.role).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b),
    );
    return { units, caseworkers, roles, unitName };
  }, [roster]);
}
