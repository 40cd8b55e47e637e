import { describe, expect, it } from 'vitest';
import type { Caseworker } from '../../../../renderer/domain/model';
import type { Stance } from '../../../../renderer/domain/survey/scoreResponse';
import { adopterLabels, stanceMix, toAdopterSeries } from '../../../../renderer/domain/survey/stanceMix';

const person = (
  id: string,
  unitId: string | null,
  status: Caseworker['status'] = 'active',
  deletedAt: string | null = null,
) => ({
  id,
  name: id.toUpperCase(),
  unitId,
  status,
  deletedAt,
});
const units = [
  { id: 'u2', name: 'Zeta unit', deletedAt: null },
  { id: 'u1', name: 'Alpha unit', deletedAt: null },
  { id: 'u3', name: 'Empty unit', deletedAt: null },
];
const latest = new Map<string, { stance: Stance | null; readiness: number | null }>([
  ['a', { stance: 'cheerleader', readiness: 80 }],
  ['b', { stance: 'heckler', readiness: 20 }],
  ['c', { stance: 'fence-sitter', readiness: 55 }],
  ['gone', { stance: 'cheerleader', readiness: 99 }],
]);

describe('stance mix per unit and agency', () => {
  const roster = [
    person('a', 'u1'),
    person('b', 'u1'),
    person('d', 'u1', 'on-leave'),
    person('c', 'u2'),
    person('e', null),
    person('gone', 'u2', 'left'),
    person('trashed', 'u2', 'active', '2026-01-01T00:00:00Z'),
  ];
  const mix = stanceMix(roster, units, latest);

  it('counts everyone on the roster who has not left, with the not-yet-surveyed by name', () => {
    expect(mix.agency).toMatchObject({
      kind: 'agency',
      total: 5,
      counts: { cheerleader: 1, 'fence-sitter': 1, heckler: 1, 'not-surveyed': 2 },
      percents: { cheerleader: 20, 'fence-sitter': 20, heckler: 20, 'not-surveyed': 40 },
    });
    expect(mix.agency.notSurveyed.map((p) => p.name)).toEqual(['D', 'E']);
  });

  it('lists units by name, skips units without people and puts people without a unit last', () => {
    expect(mix.units.map((u) => [u.name, u.total])).toEqual([
      ['Alpha unit', 3],
      ['Zeta unit', 1],
      ['No unit', 1],
    ]);
    // Each share rounded on its own, by the app's one rule: 1 of 3 is 33% in every column.
    expect(mix.units[0]?.percents).toEqual({
      cheerleader: 33,
      'fence-sitter': 0,
      heckler: 33,
      'not-surveyed': 33,
    });
    expect(mix.units[2]).toMatchObject({ kind: 'no-unit', unitId: null });
  });

  it('counts people of a unit in Trash or unknown with the people without a unit', () => {
    const withGoneUnits = stanceMix(
      [person('a', 'u1'), person('b', 'u4'), person('c', 'u9'), person('e', null)],
      [...units, { id: 'u4', name: 'Old unit', deletedAt: '2026-01-01T00:00:00Z' }],
      latest,
    );
    expect(withGoneUnits.units.map((u) => [u.name, u.total])).toEqual([
      ['Alpha unit', 1],
      ['No unit', 3],
    ]);
    expect(withGoneUnits.units[1]?.counts).toEqual({
      cheerleader: 0,
      'fence-sitter': 1,
      heckler: 1,
      'not-surveyed': 1,
    });
  });

  it('writes 1 of 6 as 17% like every other screen, never 16% beside it', () => {
    const six = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => person(id, 'u1'));
    const stances = ['cheerleader', 'fence-sitter', 'heckler', null, null, null] as const;
    const answers = new Map(six.map((p, i) => [p.id, { stance: stances[i] ?? null }]));
    // Each share on its own: 17 + 17 + 17 + 50 is 101, and that is accepted rather than one 16% beside two 17%.
    expect(stanceMix(six, units, answers).agency.percents).toEqual({
      cheerleader: 17,
      'fence-sitter': 17,
      heckler: 17,
      'not-surveyed': 50,
    });
  });

  it('has no percentages for a group of nobody', () => {
    expect(stanceMix([], units, latest).agency.percents.cheerleader).toBeNull();
  });
});

describe('adopter labels and the Rogers series', () => {
  it('labels only people counted in results, by rank', () => {
    const labels = adopterLabels(
      [
        person('a', 'u1'),
        person('b', 'u1'),
        person('c', 'u2'),
        person('gone', 'u2', 'left'),
        person('e', null),
      ],
      latest,
    );
    // Three ranked people sit at midpoints 1/6, 1/2 and 5/6 of the ranking; the cumulative Rogers bounds are
    // .025, .16, .50, .84, 1, so 0.167 and 0.5 fall in the early majority and 0.833 in the late majority.
    expect([...labels.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(labels.get('a')).toBe('early-majority');
    expect(labels.get('c')).toBe('early-majority');
    expect(labels.get('b')).toBe('late-majority');
  });

  it('gives counts against the theoretical curve', () => {
    const labels = new Map([
      ['a', 'innovator' as const],
      ['b', 'early-majority' as const],
      ['c', 'early-majority' as const],
      ['d', 'laggard' as const],
    ]);
    expect(toAdopterSeries(labels)).toEqual([
      { category: 'innovator', label: 'Innovator', count: 1, expected: 0.1 },
      { category: 'early-adopter', label: 'Early adopter', count: 0, expected: 0.5 },
      { category: 'early-majority', label: 'Early majority', count: 2, expected: 1.4 },
      { category: 'late-majority', label: 'Late majority', count: 0, expected: 1.4 },
      { category: 'laggard', label: 'Laggard', count: 1, expected: 0.6 },
    ]);
  });
});
