import { describe, expect, it } from 'vitest';
import { surveyInRange } from '../../../../renderer/domain/dashboard/surveyInRange';
import { stancesByRound } from '../../../../renderer/domain/dashboard/surveySeries';
import { inDateRange } from '../../../../renderer/domain/dashboard/dashboardFilter';
import {
  latestByCaseworker,
  latestTwoByPerson,
  type ScoredResponse,
} from '../../../../renderer/domain/survey/surveyResults';
import type { Stance } from '../../../../renderer/domain/survey/scoreResponse';

/** A small deterministic generator, so every run checks the same answers. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

const stances: Array<Stance | null> = ['cheerleader', 'fence-sitter', 'heckler', null];

/** Answers in time order, several per person and round, some without a stance or a score. */
function answers(seed: number, count: number): ScoredResponse[] {
  const next = random(seed);
  const rows: ScoredResponse[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor((i / count) * 5);
    const day = 1 + Math.floor(next() * 28);
    const stance = stances[Math.floor(next() * stances.length)] ?? null;
    rows.push({
      responseId: `resp-${i}`,
      caseworkerId: `cw-${Math.floor(next() * 40)}`,
      roundId: `round-${round}`,
      roundDate: `2026-0${round + 1}-01`,
      answeredOn: `2026-0${round + 1}-${String(day).padStart(2, '0')}`,
      readiness: stance === null && next() < 0.5 ? null : Math.round(next() * 100),
      stance,
      explanation: '',
      adkarBarrier: null,
    });
  }
  return rows;
}

/** What the dashboard worked out before: the answers of the range filtered, then walked again. */
function walked(all: readonly ScoredResponse[], from: string, to: string) {
  const inRange = inDateRange(from, to);
  const scored = all.filter((s) => inRange(s.answeredOn));
  return {
    latest: latestByCaseworker(scored),
    latestTwo: latestTwoByPerson(scored),
    byRound: stancesByRound(scored),
  };
}

const entriesOf = (m: ReadonlyMap<string, unknown>) => [...m.entries()];
const roundsOf = (m: ReadonlyMap<string, ReadonlyMap<string, Stance>>) =>
  [...m.entries()].map(([round, people]) => [round, [...people.entries()]]);

describe('the survey answers of a date range', () => {
  const ranges: Array<[string, string]> = [
    ['2026-02-10', ''],
    ['', '2026-03-15'],
    ['2026-01-05', '2026-04-20'],
    ['2026-03-01', '2026-03-01'],
    ['2027-01-01', ''],
    ['2026-04-30', '2026-02-01'],
  ];
  for (const [from, to] of ranges)
    it(`are the filtered walk's, in the same order, from "${from}" to "${to}"`, () => {
      const all = answers(7, 600);
      const got = surveyInRange(all, from, to, inDateRange(from, to));
      const want = walked(all, from, to);
      expect(entriesOf(got.latest)).toEqual(entriesOf(want.latest));
      expect(entriesOf(got.latestTwo)).toEqual(entriesOf(want.latestTwo));
      expect(roundsOf(got.byRound)).toEqual(roundsOf(want.byRound));
    });

  it("keeps a person's previous round when their last two answers are in the same round", () => {
    const base = answers(1, 1)[0] as ScoredResponse;
    const all: ScoredResponse[] = [
      { ...base, responseId: 'a', roundId: 'r1', answeredOn: '2026-01-02', stance: 'heckler' },
      { ...base, responseId: 'b', roundId: 'r2', answeredOn: '2026-02-02', stance: 'fence-sitter' },
      { ...base, responseId: 'c', roundId: 'r2', answeredOn: '2026-02-03', stance: 'cheerleader' },
    ];
    const got = surveyInRange(all, '2026-01-01', '', inDateRange('2026-01-01', ''));
    expect(got.latestTwo.get(base.caseworkerId)).toEqual({
      beforeRound: 'r1',
      beforeStance: 'heckler',
      round: 'r2',
      stance: 'cheerleader',
    });
    expect(got.latest.get(base.caseworkerId)?.responseId).toBe('c');
    // From the second round on, there is no round before it.
    const later = surveyInRange(all, '2026-02-01', '', inDateRange('2026-02-01', ''));
    expect(later.latestTwo.get(base.caseworkerId)?.beforeRound).toBeNull();
  });

  it('takes in a day that is not plain as the filter does (a month overlapping the range)', () => {
    const all = answers(3, 200).map((s, i) => (i === 10 ? { ...s, answeredOn: '2026-02' } : s));
    const got = surveyInRange(all, '2026-02-01', '2026-03-31', inDateRange('2026-02-01', '2026-03-31'));
    const want = walked(all, '2026-02-01', '2026-03-31');
    expect(entriesOf(got.latest)).toEqual(entriesOf(want.latest));
    expect(roundsOf(got.byRound)).toEqual(roundsOf(want.byRound));
  });

  it('remembers a range: asked again, the same figures, not worked out anew', () => {
    const all = answers(5, 300);
    const first = surveyInRange(all, '2026-02-01', '', inDateRange('2026-02-01', ''));
    expect(surveyInRange(all, '2026-02-01', '', inDateRange('2026-02-01', ''))).toBe(first);
    // Other ranges in between push it out only after several.
    for (const from of ['2026-01-10', '2026-01-11', '2026-01-12'])
      surveyInRange(all, from, '', inDateRange(from, ''));
    expect(surveyInRange(all, '2026-02-01', '', inDateRange('2026-02-01', ''))).toBe(first);
  });
});
