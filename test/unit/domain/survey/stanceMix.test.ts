import { describe, expect, it } from 'vitest';
import type { Caseworker } from '../../../../renderer/domain/model';
import type { Stance } from '../../../../renderer/domain/survey/scoreResponse';
import {
  adopterLabels,
  percentages,
  stanceMix,
  toAdopterSeries,
} from '../../../../renderer/domain/survey/stanceMix';

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

describe('percentages that add up', () => {
  it('uses the largest remainder so the parts make 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([2, 1])).toEqual([67, 33]);
    expect(percentages([1, 0, 0, 0])).toEqual([100, 0, 0, 0]);
    expect(percentages([1, 1, 1, 1, 1, 1, 1])).toEqual([15, 15, 14, 14, 14, 14, 14]);
    expect(percentages([0, 0])).toEqual([0, 0]);
  });
});

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
    expect(mix.units[0]?.percents).toEqual({
      cheerleader: 34,
      'fence-sitter': 0,
      heckler: 33,
      'not-surveyed': 33,
    });
    expect(mix.units[2]).toMatchObject({ kind: 'no-unit', unitId: null });
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
