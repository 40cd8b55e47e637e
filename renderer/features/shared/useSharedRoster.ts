// The roster shared by the screens that look people up (data/rosterRead.ts), with what they look up in it, worked out
// once per copy: every screen and visit after the first finds it at once.
import { useSyncExternalStore } from 'react';
import type { Caseworker, Unit } from '../../domain/model';
import { rosterRead, type RosterCopy } from '../../data/rosterRead';
import { byNameInSteps, personNames, unitNames, type NameLookup } from '../../domain/roster/names';
import type { Steps } from '../../domain/steps';
import { useWorkedOutInSlices, type WorkedOut } from '../../ui/runInSlices';

export interface SharedRoster {
  /** Every live caseworker, in no order. */
  caseworkers: Caseworker[];
  /** Live units by name. */
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

function useRosterCopy(): RosterCopy | undefined {
  const { data, error } = useSyncExternalStore(rosterRead.subscribe, rosterRead.current);
  if (error !== undefined)
    throw error instanceof Error ? error : new Error('The roster could not be read.', { cause: error });
  return data;
}

/** The shared roster; undefined until it is first read. */
export function useSharedRoster(): SharedRoster | undefined {
  const copy = useRosterCopy();
  return copy && lookupsOf(copy);
}

export interface RosterByName extends SharedRoster {
  /** Every live caseworker by name (for pickers and lists by name). */
  byName: Caseworker[];
}

const byName: WorkedOut<RosterCopy, RosterByName> = new WeakMap();

function* byNameOf(copy: RosterCopy): Steps<RosterByName> {
  return { ...lookupsOf(copy), byName: yield* byNameInSteps(copy.caseworkers) };
}

/** The shared roster with the caseworkers by name, sorted a slice at a time once per copy; undefined until then. */
export function useRosterByName(): RosterByName | undefined {
  return useWorkedOutInSlices(useRosterCopy(), '', byNameOf, byName);
}
