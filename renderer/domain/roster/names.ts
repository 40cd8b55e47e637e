// Names by id for screens, reports and notifications, with one wording for a record that is gone (in Trash or deleted
// for good) and one for "none chosen", so every screen says the same thing about the same situation.
import type { CoachId } from '../model';
import { readInSteps, type Steps } from '../steps';
export interface Named {
  id: string;
  name: string;
}

/** Looks a name up by id; `inSentence` gives the same words for the middle of a sentence. */
export interface NameLookup {
  (id: string | null | undefined): string;
  inSentence: (id: string | null | undefined) => string;
}

interface Wording {
  /** A record that is not (or no longer) among the live ones. */
  missing: string;
  /** No id at all: nothing was chosen. */
  none: string;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function lookup(records: readonly Named[], wording: Wording): NameLookup {
  // Names are read when looked up, not all at once: a name is sealed at rest and opened when first read, and a screen
  // that names a few people of 5,000 (Today) should open those few.
  const byId = new Map(records.map((r) => [r.id, r]));
  const label = (id: string | null | undefined) =>
    id ? (byId.get(id)?.name ?? wording.missing) : wording.none;
  return Object.assign(label, {
    inSentence: (id: string | null | undefined) => {
      const known = id ? byId.get(id)?.name : undefined;
      return known ?? lowerFirst(label(id));
    },
  });
}

export const MISSING_PERSON = 'Someone no longer on the roster';
export const MISSING_UNIT = 'Unit in Trash';
export const MISSING_COACH = 'A coach in Trash';

/** Caseworkers' names; anyone not among `people` is "Someone no longer on the roster". */
export const personNames = (people: readonly Named[]): NameLookup =>
  lookup(people, { missing: MISSING_PERSON, none: 'No one chosen' });

export const unitNames = (units: readonly Named[]): NameLookup =>
  lookup(units, { missing: MISSING_UNIT, none: 'No unit' });

/**
 * Coaches' names, looked up by a coach's id (CoachId): a caseworker's id handed to it does not type-check. (The
 * in-sentence form stays open to any id, for builders such as the timeline that take a plain lookup.)
 */
export interface CoachNameLookup {
  (id: CoachId | null | undefined): string;
  inSentence: (id: string | null | undefined) => string;
}

/** Coaches' names; `none` is what the screen says when no coach was chosen ("No coach named", "Not chosen"). */
export const coachNames = (coaches: readonly Named[], none = 'No coach named'): CoachNameLookup =>
  lookup(coaches, { missing: MISSING_COACH, none });

/** The order of records by name, as every list by name shows them. */
export const byNameOrder = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);

/**
 * Records by name, in steps: names are sealed at rest and opened when first read, so they are opened a slice at a
 * time (readInSteps) before the sort reads them all (5,000 people at agency scale).
 */
export function* byNameInSteps<T extends { name: string }>(records: readonly T[]): Steps<T[]> {
  yield* readInSteps(records, (r) => r.name);
  return [...records].sort(byNameOrder);
}
