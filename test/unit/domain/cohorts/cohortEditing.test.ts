import { describe, expect, it } from 'vitest';
import { crossRoleWarning, moveMember } from '../../../../renderer/domain/cohorts/cohortEditing';
import { detectRuleBreaks } from '../../../../renderer/domain/cohorts/ruleBreaks';
import { diffProposal } from '../../../../renderer/domain/cohorts/proposalDiff';
import type { ProposedCohort } from '../../../../renderer/domain/cohorts/buildCohorts';

const member = (caseworkerId: string, wave: number) => ({ caseworkerId, wave, reason: `wave ${wave}` });
const a = {
  id: 'A',
  name: 'A',
  role: 'Intake',
  members: [member('p1', 1), member('p2', 3)],
  assistantCoachId: 'p1',
  manuallyEdited: false,
};
const b = {
  id: 'B',
  name: 'B',
  role: 'Intake',
  members: [member('p3', 2)],
  assistantCoachId: null,
  manuallyEdited: false,
};

describe('moveMember', () => {
  it('moves a person to another cohort and wave, clears the assistant left behind, marks both edited', () => {
    const patches = moveMember([a, b], 'p1', 'B', 4);
    expect(patches).toHaveLength(2);
    expect(patches[0]).toMatchObject({ id: 'A', assistantCoachId: null, manuallyEdited: true });
    expect(patches[0]?.members.map((m) => m.caseworkerId)).toEqual(['p2']);
    expect(patches[1]?.members.map((m) => [m.caseworkerId, m.wave])).toEqual([
      ['p3', 2],
      ['p1', 4],
    ]);
    expect(patches[1]?.members[1]?.reason).toBe('wave 4: moved here by hand');
  });

  it('changes the wave within a cohort and keeps waves in order', () => {
    const [patch] = moveMember([a, b], 'p2', 'A', 1);
    expect(patch?.members.map((m) => [m.caseworkerId, m.wave])).toEqual([
      ['p1', 1],
      ['p2', 1],
    ]);
    expect(patch?.assistantCoachId).toBe('p1');
  });

  it('does nothing when the person is already there', () => {
    expect(moveMember([a, b], 'p2', 'A', 3)).toEqual([]);
  });

  it('says why a move across roles breaks the rule, and nothing for a same-role move', () => {
    const cps = { name: 'CPS East', role: 'CPS investigator' };
    expect(crossRoleWarning({ name: 'Hannah', role: 'Ongoing case manager' }, cps)).toBe(
      'Hannah’s role is “Ongoing case manager”, but CPS East is a cohort for “CPS investigator”. A cohort brings together people who do the same job, so they learn the tool for that job together. You can still move them; the cohort will then show a mixed-roles rule break.',
    );
    expect(crossRoleWarning({ name: 'Ingrid', role: ' CPS investigator ' }, cps)).toBeNull();
    expect(
      crossRoleWarning({ name: 'Ingrid', role: 'CPS investigator' }, { name: 'X', role: '' }),
    ).toBeNull();
    expect(crossRoleWarning({ name: 'Ingrid', role: '' }, cps)).toMatch(
      /^Ingrid’s role is not recorded, but/,
    );
  });
});

describe('detectRuleBreaks', () => {
  const people = [
    { id: 'p1', name: 'p1', role: 'Intake', unitId: 'u1', status: 'active' as const },
    { id: 'p2', name: 'p2', role: 'Investigator', unitId: 'u1', status: 'active' as const },
    { id: 'p3', name: 'p3', role: 'Intake', unitId: 'u1', status: 'left' as const },
    { id: 'p4', name: 'p4', role: 'Intake', unitId: 'u2', status: 'active' as const },
    { id: 'p5', name: 'p5', role: 'Intake', unitId: 'u1', status: 'active' as const },
  ];
  const unitList = [
    { id: 'u1', name: 'North' },
    { id: 'u2', name: 'South' },
  ];
  const withP5 = { ...b, members: [...b.members, member('p5', 3)] };
  it('shows over size, mixed roles, a split working group, inactive members and who is unplaced', () => {
    const report = detectRuleBreaks([a, withP5], people, unitList, 2);
    const kinds = (id: string) => report.byCohort.get(id)?.map((r) => r.kind);
    expect(kinds('A')).toEqual(['mixed-roles', 'split-unit']);
    expect(kinds('B')).toEqual(['split-unit', 'inactive-member']);
    expect(report.byCohort.get('A')?.[1]?.message).toBe(
      'Split working group: the Intake people of North are spread over 2 cohorts (1 would do).',
    );
    expect(report.unplaced).toEqual(['p4']);
    // With a size of 1, North's two active intake workers need two cohorts: no split, but A is over size.
    const small = detectRuleBreaks([a, withP5], people, unitList, 1);
    expect(small.byCohort.get('A')?.map((r) => r.kind)).toEqual(['over-size', 'mixed-roles']);
  });

  it('does not call a unit split because its roles are in different cohorts, or because someone left', () => {
    // North's intake worker is in A, its investigator in C: two jobs, two cohorts, nothing split.
    const c = { ...b, id: 'C', name: 'C', role: 'Investigator', members: [member('p2', 3)] };
    const aIntake = { ...a, members: [member('p1', 1), member('p5', 3)] };
    const report = detectRuleBreaks([aIntake, b, c], people, unitList, 7);
    expect([...report.byCohort.values()].flat().filter((r) => r.kind === 'split-unit')).toEqual([]);
  });
});

describe('diffProposal', () => {
  const proposed = (key: string, members: [string, number][], assistant: string | null): ProposedCohort => ({
    key,
    name: key,
    role: 'Intake',
    unitIds: [],
    members: members.map(([id, wave]) => member(id, wave)) as ProposedCohort['members'],
    assistantCoachId: assistant,
    placement: '',
    assistantNote: null,
  });

  it('matches by shared members and lists who joins, leaves and changes wave; flags hand edits', () => {
    const edited = { ...a, manuallyEdited: true };
    const changes = diffProposal(
      [edited, b],
      [
        proposed(
          'x',
          [
            ['p1', 1],
            ['p2', 4],
            ['p9', 3],
          ],
          'p1',
        ),
        proposed('y', [['p3', 2]], null),
        proposed('z', [['p7', 3]], null),
      ],
    );
    expect(changes[0]).toMatchObject({
      kind: 'update',
      cohortId: 'A',
      added: ['p9'],
      removed: [],
      waveChanges: [{ caseworkerId: 'p2', from: 3, to: 4 }],
      assistant: null,
      manuallyEdited: true,
    });
    expect(changes[1]).toMatchObject({ kind: 'unchanged', cohortId: 'B' });
    expect(changes[2]).toMatchObject({ kind: 'new' });
  });

  it('lists saved cohorts that the proposal no longer has', () => {
    const changes = diffProposal(
      [a, b],
      [
        proposed(
          'x',
          [
            ['p1', 1],
            ['p2', 3],
          ],
          'p1',
        ),
      ],
    );
    expect(changes.map((c) => c.kind)).toEqual(['unchanged', 'not-proposed']);
  });

  it('matches many cohorts by the largest overlaps first, ties to the earlier proposed then saved one', () => {
    // Seeded shuffle of 120 people into 40 saved and 40 proposed cohorts, overlapping every which way.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const people = Array.from({ length: 120 }, (_, i) => `p${String(i)}`);
    const groups = () => {
      const shuffled = [...people].sort(() => next() - 0.5);
      return Array.from({ length: 40 }, (_, i) => shuffled.slice(i * 3, i * 3 + 3 + Math.floor(next() * 3)));
    };
    const saved = groups().map((ids, i) => ({
      ...a,
      id: `S${String(i)}`,
      name: `S${String(i)}`,
      members: ids.map((id) => member(id, 2)),
    }));
    const wanted = groups().map((ids, i) =>
      proposed(
        `P${String(i)}`,
        ids.map((id) => [id, 2]),
        null,
      ),
    );
    // The rule, pair by pair.
    const pairs = saved.flatMap((sc, si) =>
      wanted.map((pc, pi) => ({
        si,
        pi,
        overlap: pc.members.filter((m) => sc.members.some((x) => x.caseworkerId === m.caseworkerId)).length,
      })),
    );
    pairs.sort((x, y) => y.overlap - x.overlap || x.pi - y.pi || x.si - y.si);
    const expected = new Map<number, string>();
    const taken = new Set<number>();
    for (const pair of pairs)
      if (pair.overlap > 0 && !expected.has(pair.pi) && !taken.has(pair.si)) {
        expected.set(pair.pi, saved[pair.si]?.id ?? '');
        taken.add(pair.si);
      }
    const changes = diffProposal(saved, wanted);
    const matched = changes.slice(0, wanted.length).map((c) => ('cohortId' in c ? c.cohortId : null));
    expect(matched).toEqual(wanted.map((_, pi) => expected.get(pi) ?? null));
    expect(expected.size).toBeGreaterThan(20);
  });
});
