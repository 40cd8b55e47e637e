import { describe, expect, it } from 'vitest';
import type { SurveyInstrument, SurveyResponse, SurveyRound } from '../../../../renderer/domain/model';
import {
  compareRounds,
  conversionsOf,
  latestTwoByPerson,
  latestStances,
  scoreAllResponses,
  scoreInSteps,
  stanceHistory,
} from '../../../../renderer/domain/survey/surveyResults';
import { explainScore, scoreResponse } from '../../../../renderer/domain/survey/scoreResponse';
import { adkarBarrier } from '../../../../renderer/domain/survey/adkar';

/** Everyone's conversions from scored answers, as the dashboard works them out. */
const latestConversions = (
  scored: Parameters<typeof latestTwoByPerson>[0],
  inScope?: (id: string) => boolean,
) => conversionsOf(latestTwoByPerson(scored), inScope);

const meta = { createdAt: '', updatedAt: '', deletedAt: null };
const ids = {
  inst: '00000000-0000-4000-8000-000000000001',
  r1: '00000000-0000-4000-8000-000000000011',
  r2: '00000000-0000-4000-8000-000000000012',
};
const instrument: SurveyInstrument = {
  ...meta,
  id: ids.inst,
  seriesId: ids.inst,
  version: 1,
  name: 'Test',
  description: '',
  items: [
    {
      id: 'q',
      text: 'Q',
      kind: 'likert5',
      construct: 'perceived-usefulness',
      options: [],
      reverse: false,
      weight: 1,
      scored: true,
      optional: false,
    },
  ],
};
const round = (id: string, openedOn: string): SurveyRound => ({
  ...meta,
  id,
  rolloutId: ids.inst,
  instrumentId: ids.inst,
  name: id,
  kind: 'pulse',
  openedOn,
});
let n = 0;
const response = (
  caseworkerId: string,
  roundId: string,
  q: number,
  answeredOn = '2026-01-01',
): SurveyResponse => ({
  ...meta,
  id: `00000000-0000-4000-8000-0000000001${String(n++).padStart(2, '0')}`,
  roundId,
  instrumentId: ids.inst,
  caseworkerId,
  answeredOn,
  via: 'form',
  answers: { q },
});
const thresholds = { cheerleaderMin: 70, hecklerMax: 40 };

describe('scoreAllResponses order and steps', () => {
  it('orders by round date, then answer date, then id, whatever the input order; in steps it pauses and gives the same', () => {
    const responses = [
      response('ana', ids.r2, 3, '2026-04-02'),
      response('ben', ids.r1, 5, '2026-01-03'),
      response('cy', ids.r1, 1, '2026-01-02'),
      response('dee', ids.r1, 4, '2026-01-02'),
      response('eve', ids.r2, 2, '2026-04-01'),
    ];
    const data = {
      instruments: [instrument],
      rounds: [round(ids.r2, '2026-04-01'), round(ids.r1, '2026-01-01')],
      responses,
    };
    const expected = [...responses]
      .sort((a, b) => {
        const date = (r: SurveyResponse) => (r.roundId === ids.r1 ? '2026-01-01' : '2026-04-01');
        return (
          date(a).localeCompare(date(b)) ||
          a.answeredOn.localeCompare(b.answeredOn) ||
          a.id.localeCompare(b.id)
        );
      })
      .map((r) => r.id);
    for (const order of [responses, [...responses].reverse()])
      expect(scoreAllResponses({ ...data, responses: order }, thresholds).map((s) => s.responseId)).toEqual(
        expected,
      );
    // Many responses in steps: a pause every 1,000 and the same list.
    const many = {
      ...data,
      responses: Array.from({ length: 12_000 }, (_, i) =>
        response(`p${i}`, ids.r1, (i % 5) + 1, '2026-01-05'),
      ),
    };
    const steps = scoreInSteps(many, thresholds);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    expect(pauses).toBe(13);
    expect(next.value.map((s) => s.responseId)).toEqual(
      scoreAllResponses(many, thresholds).map((s) => s.responseId),
    );
  });
});

describe('a scored response', () => {
  it('explains its score and names its ADKAR barrier when read; a copy holds its figures and nothing of the answers', () => {
    const answered = response('ana', ids.r1, 4, '2026-01-02');
    const data = { instruments: [instrument], rounds: [round(ids.r1, '2026-01-01')], responses: [answered] };
    const [scored] = scoreAllResponses(data, thresholds);
    expect(scored?.readiness).toBe(75);
    expect(scored?.stance).toBe('cheerleader');
    expect(scored?.explanation).toBe(
      explainScore(scoreResponse(instrument.items, answered.answers), thresholds),
    );
    expect(scored?.explanation).toMatch(/cheerleader/i);
    expect(scored?.adkarBarrier).toBe(adkarBarrier(instrument.items, answered.answers).barrier);
    expect({ ...scored }).toEqual({
      responseId: answered.id,
      caseworkerId: 'ana',
      roundId: ids.r1,
      roundDate: '2026-01-01',
      answeredOn: '2026-01-02',
      readiness: 75,
      stance: 'cheerleader',
    });
  });
});

describe('survey results across rounds', () => {
  // q: 1 -> 0 (heckler), 3 -> 50 (fence-sitter), 5 -> 100 (cheerleader), 4 -> 75 (cheerleader), 2 -> 25 (heckler)
  const data = {
    instruments: [instrument],
    rounds: [round(ids.r2, '2026-04-01'), round(ids.r1, '2026-01-01')],
    responses: [
      response('ana', ids.r1, 1),
      response('ana', ids.r2, 3),
      response('ben', ids.r1, 3),
      response('ben', ids.r2, 5),
      response('cy', ids.r1, 1),
      response('cy', ids.r2, 5),
      response('dee', ids.r1, 4),
      response('dee', ids.r2, 2),
      response('eve', ids.r1, 3),
      response('eve', ids.r2, 3),
      response('fay', ids.r1, 5), // not in round 2
    ],
  };

  it("takes each caseworker's latest round as their stance, whatever order the rows come in", () => {
    const latest = latestStances(data, thresholds);
    expect(Object.fromEntries([...latest].map(([id, s]) => [id, s.stance]))).toEqual({
      ana: 'fence-sitter',
      ben: 'cheerleader',
      cy: 'cheerleader',
      dee: 'heckler',
      eve: 'fence-sitter',
      fay: 'cheerleader',
    });
  });

  it('counts conversions up and back between two rounds', () => {
    const summary = compareRounds(scoreAllResponses(data, thresholds), ids.r1, ids.r2);
    expect(summary.compared).toBe(5);
    expect(summary.up.map((c) => `${c.caseworkerId}:${c.from}->${c.to}`)).toEqual([
      'ana:heckler->fence-sitter',
      'ben:fence-sitter->cheerleader',
      'cy:heckler->cheerleader',
    ]);
    expect(summary.down).toEqual([{ caseworkerId: 'dee', from: 'cheerleader', to: 'heckler' }]);
    expect(summary.unchanged).toBe(1);
    // fay answered round 1 only: not compared, and counted as such.
    expect(summary.onlyOne).toBe(1);
    expect(summary.matrix.heckler['fence-sitter']).toBe(1);
    expect(summary.matrix['fence-sitter']['fence-sitter']).toBe(1);
  });

  it("compares each person's two latest answered rounds: an empty new round resets nothing", () => {
    const r3 = '00000000-0000-4000-8000-000000000013';
    const withEmpty = { ...data, rounds: [...data.rounds, round(r3, '2026-07-01')] };
    const summary = latestConversions(scoreAllResponses(withEmpty, thresholds));
    expect(summary.compared).toBe(5);
    expect(summary.up.map((c) => c.caseworkerId)).toEqual(['ana', 'ben', 'cy']);
    expect(summary.down.map((c) => c.caseworkerId)).toEqual(['dee']);
    expect([...summary.roundPairs]).toEqual([[`${ids.r1}>${ids.r2}`, 5]]);
    // Someone who answers the third round is compared between their second and third answers; others stay as they were.
    const later = latestConversions(
      scoreAllResponses({ ...withEmpty, responses: [...data.responses, response('dee', r3, 5)] }, thresholds),
    );
    expect(later.compared).toBe(5);
    expect(later.up.map((c) => `${c.caseworkerId}:${c.from}->${c.to}`)).toContain('dee:heckler->cheerleader');
    expect(later.down).toEqual([]);
    // fay skipped round 2: answering round 3 compares her round 1 and round 3 answers.
    const fay = latestConversions(
      scoreAllResponses({ ...withEmpty, responses: [...data.responses, response('fay', r3, 1)] }, thresholds),
    );
    expect(fay.down.map((c) => `${c.caseworkerId}:${c.from}->${c.to}`)).toEqual([
      'dee:cheerleader->heckler',
      'fay:cheerleader->heckler',
    ]);
  });

  it('counts only the people in scope when given them, as if only their answers had been passed', () => {
    const scored = scoreAllResponses(data, thresholds);
    const inScope = new Set(['ana', 'dee', 'nobody']);
    const scoped = latestConversions(scored, (id) => inScope.has(id));
    expect(scoped).toEqual(latestConversions(scored.filter((s) => inScope.has(s.caseworkerId))));
    expect(scoped.compared).toBe(2);
    expect(scoped.up.map((c) => c.caseworkerId)).toEqual(['ana']);
    expect(scoped.down.map((c) => c.caseworkerId)).toEqual(['dee']);
  });

  it("works each person's two latest rounds out once, for everyone, and narrows them to any scope", () => {
    const scored = scoreAllResponses(data, thresholds);
    const everyone = latestTwoByPerson(scored);
    for (const scope of [new Set(['ana', 'dee']), new Set(['fay']), new Set<string>()])
      expect(conversionsOf(everyone, (id) => scope.has(id))).toEqual(
        latestConversions(scored.filter((s) => scope.has(s.caseworkerId))),
      );
  });

  it('keeps the history of one person in time order and ignores deleted responses', () => {
    const scored = scoreAllResponses(
      {
        ...data,
        responses: [...data.responses, { ...response('ana', ids.r2, 5), deletedAt: '2026-05-01T00:00:00Z' }],
      },
      thresholds,
    );
    expect(stanceHistory(scored, 'ana').map((s) => s.readiness)).toEqual([0, 50]);
  });

  it('limits stances to the rounds of one rollout when asked', () => {
    const other = '00000000-0000-4000-8000-0000000000ff';
    const scoped = {
      ...data,
      rounds: [
        ...data.rounds,
        { ...round('00000000-0000-4000-8000-000000000013', '2026-06-01'), rolloutId: other },
      ],
      responses: [...data.responses, response('ana', '00000000-0000-4000-8000-000000000013', 5)],
    };
    // Across every rollout Ana's latest answer (June, other rollout) makes her a cheerleader; within this rollout she
    // stays the fence-sitter of the April pulse.
    expect(latestStances(scoped, thresholds).get('ana')?.stance).toBe('cheerleader');
    expect(latestStances(scoped, thresholds, { rolloutId: ids.inst }).get('ana')?.stance).toBe(
      'fence-sitter',
    );
    expect(latestStances(scoped, thresholds, { rolloutId: other }).size).toBe(1);
    expect(latestStances(scoped, thresholds, { rolloutId: null }).size).toBe(6);
  });
});
