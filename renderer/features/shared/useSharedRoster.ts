// The roster shared by the screens that look people up (data/rosterRead.ts), with the lookups they use, made once per
// copy: every screen and visit after the first finds it at once.
import { useLayoutEffect } from 'react';
import type { Caseworker, Unit } from '../../domain/model';
import { rosterRead, type RosterCopy } from '../../data/rosterRead';
import { personNames, unitNames, type NameLookup } from '../../domain/roster/names';
import { useSharedView } from './useSharedView';

export interface SharedRoster {
  /** Every live caseworker, by name. */
  caseworkers: Caseworker[];
  /** Live units, by name. */
  units: Unit[];
  person: (id: string) => Caseworker | undefined;
  caseworkerName: NameLookup;
  unitName: NameLookup;
}

const lookups = new WeakMap<RosterCopy, SharedRoster>();

function lookupsOf(copy: RosterCopy): SharedRoster {
  let found = lookups.get(copy);
  if (!found) {
    const people = new Map(copy.caseworkers.map((c) => [c.id, c]));
    found = {
      ...copy,
      person: (id) => people.get(id),
      caseworkerName: personNames(copy.caseworkers),
      unitName: unitNames(copy.units),
    };
    lookups.set(copy, found);
  }
  return found;
}

/** The shared roster; undefined until it is first read. */
export function useSharedRoster(): SharedRoster | undefined {
  // Read from the first layout (a subscription starts after the first paint: about a tenth of a second later).
  useLayoutEffect(() => rosterRead.warm(), []);
  const data = useSharedView(rosterRead, 'The roster');
  return data && lookupsOf(data);
}
