import { describe, expect, it } from 'vitest';
import {
  isPlaceable,
  isSelectable,
  selectableCaseworkers,
} from '../../../../renderer/domain/roster/selectable';
import {
  byNameInSteps,
  coachNames,
  MISSING_PERSON,
  personNames,
  unitNames,
} from '../../../../renderer/domain/roster/names';
import { coachRef } from '../../../../renderer/domain/model';

const person = (id: string, status: 'active' | 'on-leave' | 'left', deletedAt: string | null = null) => ({
  id,
  name: `Person ${id}`,
  status,
  deletedAt,
});

describe('who can be chosen and who is placed', () => {
  const people = [
    person('a', 'active'),
    person('b', 'on-leave'),
    person('c', 'left'),
    person('d', 'active', '2026-01-01T00:00:00.000Z'),
  ];

  it('offers everyone on the roster who has not left; people on leave included', () => {
    expect(people.filter(isSelectable).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('keeps the person a record already names even after they left, but never someone in Trash', () => {
    expect(selectableCaseworkers(people, 'c').map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(selectableCaseworkers(people, 'd').map((p) => p.id)).toEqual(['a', 'b']);
    expect(selectableCaseworkers(people, null).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('places only people at work now in cohorts', () => {
    expect(people.filter(isPlaceable).map((p) => p.id)).toEqual(['a']);
  });
});

describe('names by id', () => {
  it('says the same thing about a missing person everywhere, at the start or in the middle of a sentence', () => {
    const names = personNames([{ id: 'a', name: 'Ana Lopez' }]);
    expect(names('a')).toBe('Ana Lopez');
    expect(names('gone')).toBe(MISSING_PERSON);
    expect(names.inSentence('gone')).toBe('someone no longer on the roster');
    expect(names.inSentence('a')).toBe('Ana Lopez');
  });

  it('names units and coaches, and what the screen says when none was chosen', () => {
    const units = unitNames([{ id: 'u', name: 'Intake North' }]);
    expect([units('u'), units('x'), units(null)]).toEqual(['Intake North', 'Unit in Trash', 'No unit']);
    const k = coachRef.parse('00000000-0000-4000-8000-00000000000a');
    const x = coachRef.parse('00000000-0000-4000-8000-00000000000b');
    const coaches = coachNames([{ id: k, name: 'Dana' }], 'Not chosen');
    expect([coaches(k), coaches(x), coaches(null)]).toEqual(['Dana', 'A coach in Trash', 'Not chosen']);
    // @ts-expect-error coaches are looked up by a coach's id (CoachId), not by any string such as a caseworker's id
    expect(coaches('a-caseworker-id')).toBe('A coach in Trash');
    expect(coachNames([]).inSentence(null)).toBe('no coach named');
  });

  it('reads a name only when it is looked up (names are sealed at rest and opened when first read)', () => {
    const opened: string[] = [];
    const people = Array.from({ length: 5_000 }, (_, i) => ({
      id: `p${i}`,
      get name() {
        opened.push(this.id);
        return `Person ${i}`;
      },
    }));
    const names = personNames(people);
    expect(opened).toEqual([]);
    expect(names('p42')).toBe('Person 42');
    expect(names.inSentence('p7')).toBe('Person 7');
    expect(names('nobody')).toBe(MISSING_PERSON);
    expect(opened).toEqual(['p42', 'p7']);
  });
});

describe('byNameInSteps', () => {
  it('gives the records by name, first handing over their opening in bulk, then pausing every 250 names read, and leaves the input as it was', () => {
    const people = Array.from({ length: 600 }, (_, i) => ({
      id: String(i),
      name: `Person ${String(599 - i)}`,
    }));
    const steps = byNameInSteps(people);
    const pauses: string[] = [];
    let next = steps.next();
    while (!next.done) {
      pauses.push(typeof next.value);
      next = steps.next();
    }
    expect(pauses).toEqual(['function', 'undefined', 'undefined']);
    expect(next.value.map((p) => p.name).slice(0, 3)).toEqual(['Person 0', 'Person 1', 'Person 10']);
    expect(people[0]?.name).toBe('Person 599');
  });
});
