import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCohorts,
  type BuildCohortsInput,
  type BuilderPerson,
  type BuilderStance,
} from '../../../../renderer/domain/cohorts/buildCohorts';
import { detectRuleBreaks } from '../../../../renderer/domain/cohorts/ruleBreaks';
import { stanceOf } from '../../../../renderer/domain/survey/scoreResponse';

const thresholds = { cheerleaderMin: 70, hecklerMax: 40 };
const units = Array.from({ length: 6 }, (_, i) => ({
  id: `u${i}`,
  name: `Unit ${String.fromCharCode(65 + i)}`,
}));
const roles = ['Intake', 'Investigator', 'Ongoing', ''];

const personArb = fc.record({
  role: fc.constantFrom(...roles),
  unit: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  status: fc.constantFrom<BuilderPerson['status']>('active', 'active', 'active', 'on-leave', 'left'),
  readiness: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
});

const inputArb = fc
  .record({
    people: fc.array(personArb, { maxLength: 60 }),
    size: fc.integer({ min: 2, max: 9 }),
    combine: fc.boolean(),
  })
  .map(({ people, size, combine }): BuildCohortsInput => {
    const caseworkers = people.map((p, i) => ({
      id: `c${String(i).padStart(3, '0')}`,
      name: `Person ${i % 7}`,
      role: p.role,
      unitId: p.unit === null ? null : `u${p.unit}`,
      status: p.status,
    }));
    const stances = new Map<string, BuilderStance>();
    people.forEach((p, i) => {
      if (p.readiness !== null)
        stances.set(`c${String(i).padStart(3, '0')}`, {
          readiness: p.readiness,
          stance: stanceOf(p.readiness, thresholds),
        });
    });
    return { caseworkers, units, stances, cohortSize: size, combineSmallUnits: combine, thresholds };
  });

const stanceRank = { cheerleader: 0, 'fence-sitter': 1, heckler: 2 } as const;

describe('buildCohorts invariants', () => {
  it('never proposes what the rule-break check flags: the two share one definition of a working group', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cohorts = buildCohorts(input).cohorts.map((c) => ({
          id: c.key,
          name: c.name,
          role: c.role,
          members: c.members,
        }));
        const report = detectRuleBreaks(cohorts, input.caseworkers, input.units, input.cohortSize);
        expect([...report.byCohort.values()].flat()).toEqual([]);
        expect(report.unplaced).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('places every active caseworker exactly once, and no one else', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const placed = buildCohorts(input).cohorts.flatMap((c) => c.members.map((m) => m.caseworkerId));
        const active = input.caseworkers.filter((c) => c.status === 'active').map((c) => c.id);
        expect(placed.slice().sort()).toEqual(active.slice().sort());
      }),
    );
  });

  it('never mixes roles', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const role = new Map(input.caseworkers.map((c) => [c.id, c.role]));
        for (const c of buildCohorts(input).cohorts)
          for (const m of c.members) expect(role.get(m.caseworkerId)).toBe(c.role);
      }),
    );
  });

  it('splits a unit only when it is larger than the size, into balanced parts no bigger than the size', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const person = new Map(input.caseworkers.map((c) => [c.id, c]));
        const cohorts = buildCohorts(input).cohorts;
        const groups = new Map<string, number[]>(); // role|unit -> sizes of the unit's share in each cohort
        for (const c of cohorts) {
          const counts = new Map<string, number>();
          for (const m of c.members) {
            const p = person.get(m.caseworkerId);
            const key = `${p?.role}|${p?.unitId}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          for (const [key, n] of counts) groups.set(key, [...(groups.get(key) ?? []), n]);
        }
        for (const parts of groups.values()) {
          const total = parts.reduce((t, n) => t + n, 0);
          if (total <= input.cohortSize) expect(parts).toHaveLength(1);
          else {
            expect(parts).toHaveLength(Math.ceil(total / input.cohortSize));
            expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
          }
        }
        for (const c of cohorts)
          if (c.unitIds.length > 1) expect(c.members.length).toBeLessThanOrEqual(input.cohortSize);
      }),
    );
  });

  it('makes the highest-readiness cheerleader the assistant coach, in wave 1, or says there is none', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const c of buildCohorts(input).cohorts) {
          const cheer = c.members.filter((m) => input.stances.get(m.caseworkerId)?.stance === 'cheerleader');
          if (cheer.length === 0) {
            expect(c.assistantCoachId).toBeNull();
            expect(c.assistantNote).toMatch(/no assistant coach/);
          } else {
            const best = Math.max(...cheer.map((m) => input.stances.get(m.caseworkerId)?.readiness ?? -1));
            expect(input.stances.get(c.assistantCoachId ?? '')?.readiness).toBe(best);
            expect(c.members.find((m) => m.caseworkerId === c.assistantCoachId)?.wave).toBe(1);
          }
        }
      }),
    );
  });

  it('orders waves by stance: assistant, cheerleaders, fence-sitters and not surveyed, hecklers', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const c of buildCohorts(input).cohorts) {
          let last = 0;
          for (const m of c.members) {
            expect(m.wave).toBeGreaterThanOrEqual(last);
            last = m.wave;
            const s = input.stances.get(m.caseworkerId)?.stance ?? null;
            const expected = m.caseworkerId === c.assistantCoachId ? 1 : s === null ? 3 : 2 + stanceRank[s];
            expect(m.wave).toBe(expected);
            expect(m.reason).toMatch(new RegExp(`^wave ${m.wave}: `));
          }
        }
      }),
    );
  });

  it('gives the same output for the same input, whatever the roster order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const again = buildCohorts({ ...input, caseworkers: input.caseworkers.slice().reverse() });
        expect(again).toEqual(buildCohorts(input));
      }),
    );
  });
});

describe('buildCohorts examples', () => {
  const person = (id: string, unitId: string | null, role = 'Intake'): BuilderPerson => ({
    id,
    name: id,
    role,
    unitId,
    status: 'active',
  });
  const base = { units, thresholds, cohortSize: 7, combineSmallUnits: true, stances: new Map() };

  it('splits a unit of 9 into 5 + 4, never 7 + 2', () => {
    const caseworkers = Array.from({ length: 9 }, (_, i) => person(`p${i}`, 'u0'));
    const { cohorts } = buildCohorts({ ...base, caseworkers });
    expect(cohorts.map((c) => c.members.length)).toEqual([5, 4]);
    expect(cohorts[0]?.name).toBe('Unit A (1 of 2)');
    expect(cohorts[0]?.placement).toMatch(/split into 2 cohorts of 4 or 5/);
  });

  it('splits a unit of 15 into 5 + 5 + 5', () => {
    const caseworkers = Array.from({ length: 15 }, (_, i) => person(`p${i}`, 'u0'));
    expect(buildCohorts({ ...base, caseworkers }).cohorts.map((c) => c.members.length)).toEqual([5, 5, 5]);
  });

  it('combines a unit of 1 with another small unit of the same role, and not when the setting forbids it', () => {
    const caseworkers = [person('a', 'u0'), ...Array.from({ length: 4 }, (_, i) => person(`b${i}`, 'u1'))];
    const together = buildCohorts({ ...base, caseworkers }).cohorts;
    expect(together).toHaveLength(1);
    expect(together[0]?.name).toBe('Unit A + Unit B');
    const apart = buildCohorts({ ...base, caseworkers, combineSmallUnits: false }).cohorts;
    expect(apart.map((c) => c.members.length)).toEqual([4, 1]);
  });

  it('gives a role with a single person a cohort of one', () => {
    const caseworkers = [person('solo', 'u0', 'Investigator'), person('x', 'u0'), person('y', 'u0')];
    const { cohorts } = buildCohorts({ ...base, caseworkers });
    expect(cohorts.find((c) => c.role === 'Investigator')?.members.map((m) => m.caseworkerId)).toEqual([
      'solo',
    ]);
  });

  it('when nobody is surveyed: everyone in wave 3, no assistant coach, and says why', () => {
    const caseworkers = Array.from({ length: 3 }, (_, i) => person(`p${i}`, 'u0'));
    const proposal = buildCohorts({ ...base, caseworkers });
    expect(
      proposal.cohorts[0]?.members.every((m) => m.wave === 3 && m.reason === 'wave 3: not yet surveyed'),
    ).toBe(true);
    expect(proposal.cohorts[0]?.assistantCoachId).toBeNull();
    expect(proposal.notes.join(' ')).toMatch(/Nobody has been surveyed yet/);
  });

  it('explains missing roles and units and still places those people', () => {
    const caseworkers = [person('a', null), person('b', 'u0', '')];
    const proposal = buildCohorts({ ...base, caseworkers });
    expect(proposal.cohorts.flatMap((c) => c.members)).toHaveLength(2);
    expect(proposal.notes.join(' ')).toMatch(/1 caseworker has no role/);
    expect(proposal.notes.join(' ')).toMatch(/1 caseworker has no unit/);
  });

  it('writes readable reasons with the readiness score', () => {
    const caseworkers = [person('a', 'u0'), person('b', 'u0'), person('c', 'u0'), person('d', 'u0')];
    const stances = new Map<string, BuilderStance>([
      ['a', { readiness: 88, stance: 'cheerleader' }],
      ['b', { readiness: 75, stance: 'cheerleader' }],
      ['c', { readiness: 31, stance: 'heckler' }],
      ['d', { readiness: 69.6, stance: 'fence-sitter' }],
    ]);
    const [cohort] = buildCohorts({ ...base, caseworkers, stances }).cohorts;
    expect(cohort?.members.map((m) => m.reason)).toEqual([
      'wave 1: assistant coach, highest-scoring cheerleader, readiness 88',
      'wave 2: cheerleader, readiness 75',
      'wave 3: fence-sitter, readiness 69.6',
      'wave 4: heckler, readiness 31',
    ]);
  });

  it('is empty with a note when there is no roster', () => {
    const proposal = buildCohorts({ ...base, caseworkers: [] });
    expect(proposal.cohorts).toEqual([]);
    expect(proposal.notes[0]).toMatch(/no active caseworker/);
  });
});
