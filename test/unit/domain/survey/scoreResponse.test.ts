import { describe, expect, it } from 'vitest';
import type { SurveyItem } from '../../../../renderer/domain/model';
import { explainScore, scoreResponse, stanceOf } from '../../../../renderer/domain/survey/scoreResponse';
import { adkarBarrier } from '../../../../renderer/domain/survey/adkar';

const likert = (id: string, extra: Partial<SurveyItem> = {}): SurveyItem => ({
  id,
  text: `Item ${id}`,
  kind: 'likert5',
  construct: 'perceived-usefulness',
  options: [],
  reverse: false,
  weight: 1,
  scored: true,
  optional: false,
  ...extra,
});
const thresholds = { cheerleaderMin: 70, hecklerMax: 40 };

describe('scoreResponse', () => {
  it('normalises 1-5 answers to 0-100 and averages them', () => {
    // (5-1)/4 = 1, (3-1)/4 = 0.5 -> mean 0.75 -> 75
    expect(scoreResponse([likert('a'), likert('b')], { a: 5, b: 3 }).readiness).toBe(75);
  });

  it('reverse-scores worry items', () => {
    // a: 4 -> 0.75; anxious: 5 reversed -> 0; mean 0.375 -> 37.5
    const items = [likert('a'), likert('anxious', { reverse: true, construct: 'technology-anxiety' })];
    expect(scoreResponse(items, { a: 4, anxious: 5 }).readiness).toBe(37.5);
    // anxious: 1 reversed -> 1; (0.75 + 1)/2 -> 87.5
    expect(scoreResponse(items, { a: 4, anxious: 1 }).readiness).toBe(87.5);
  });

  it('weights items', () => {
    // a weight 3 at 1.0, b weight 1 at 0 -> 3/4 -> 75
    expect(scoreResponse([likert('a', { weight: 3 }), likert('b')], { a: 5, b: 1 }).readiness).toBe(75);
  });

  it('leaves unanswered items out rather than counting them as zero', () => {
    const result = scoreResponse([likert('a'), likert('b'), likert('c')], { a: 5 });
    expect(result.readiness).toBe(100);
    expect(result.answeredItems).toBe(1);
    expect(result.scoredItems).toBe(3);
  });

  it('gives no score when nothing is answered, or only zero-weight items are', () => {
    expect(scoreResponse([likert('a'), likert('b')], {}).readiness).toBeNull();
    expect(scoreResponse([likert('a', { weight: 0 })], { a: 5 }).readiness).toBeNull();
    // A zero-weight item answered alongside a weighted one does not move the score.
    expect(scoreResponse([likert('a', { weight: 0 }), likert('b')], { a: 1, b: 4 }).readiness).toBe(75);
  });

  it('scores all-neutral answers at exactly 50', () => {
    const items = [likert('a'), likert('b', { reverse: true }), likert('c', { weight: 2 })];
    const result = scoreResponse(items, { a: 3, b: 3, c: 3 });
    expect(result.readiness).toBe(50);
    expect(explainScore(result, thresholds)).toMatch(/Every answer was neutral/);
  });

  it('ignores out-of-range and unknown answers rather than guessing', () => {
    expect(scoreResponse([likert('a'), likert('b')], { a: 7, b: 5 }).readiness).toBe(100);
    expect(scoreResponse([likert('a')], { a: 'often' }).readiness).toBeNull();
  });

  it('scores single choice by the option score and multi-select as a capped sum', () => {
    const habit: SurveyItem = {
      ...likert('habit'),
      kind: 'single',
      construct: 'case-note-habit',
      options: [
        { value: 'handwrite', label: 'Handwrite, then type', score: 0 },
        { value: 'field', label: 'Type in the field on a mobile device', score: 1 },
      ],
    };
    const tech: SurveyItem = {
      ...likert('tech'),
      kind: 'multi',
      construct: 'personal-technology',
      options: [
        { value: 'phone', label: 'Smartphone', score: 0.4 },
        { value: 'tablet', label: 'Tablet', score: 0.4 },
        { value: 'laptop', label: 'Laptop', score: 0.4 },
      ],
    };
    // habit 0, tech min(1.2, 1) = 1 -> 50
    expect(
      scoreResponse([habit, tech], { habit: 'handwrite', tech: ['phone', 'tablet', 'laptop'] }).readiness,
    ).toBe(50);
    // tech 0.4 only -> 40
    expect(scoreResponse([tech], { tech: ['phone'] }).readiness).toBe(40);
    // "none of these" (an empty selection) is an answer worth 0
    expect(scoreResponse([tech], { tech: [] }).readiness).toBe(0);
  });

  it('does not score unscored items such as the ADKAR self-rating', () => {
    const items = [
      likert('a'),
      likert('adkar', { kind: 'adkar', scored: false, construct: 'adkar-awareness' }),
    ];
    expect(scoreResponse(items, { a: 5, adkar: 1 }).readiness).toBe(100);
  });

  it('explains the score with the answers that moved it most, in order', () => {
    const items = [
      likert('save', { text: 'The new tool will save me time' }),
      likert('worry', { text: 'I worry about making mistakes with it', reverse: true }),
      likert('help', { text: 'Help is there when I get stuck' }),
    ];
    // save 5 -> 1 (+16.7), worry 5 reversed -> 0 (-16.7), help 4 -> .75 (+8.3); readiness 58.3
    const score = scoreResponse(items, { save: 5, worry: 5, help: 4 });
    expect(score.readiness).toBe(58.3);
    expect(score.contributions.map((c) => [c.itemId, Math.round(c.points * 10) / 10])).toEqual([
      ['save', 16.7],
      ['worry', -16.7],
      ['help', 8.3],
    ]);
    const text = explainScore(score, thresholds);
    expect(text).toContain('Readiness 58 of 100 (fence-sitter)');
    expect(text).toContain('Raised most by: "The new tool will save me time" answered 5 (+16.7)');
    expect(text).toContain(
      'Lowered most by: "I worry about making mistakes with it" answered 5 (a worry item, scored in reverse) (−16.7)',
    );
    expect(explainScore(scoreResponse(items, {}), thresholds)).toMatch(/No readiness score yet/);
  });
});

describe('stanceOf', () => {
  it('puts the thresholds themselves on the cheerleader and heckler sides', () => {
    expect(stanceOf(70, thresholds)).toBe('cheerleader');
    expect(stanceOf(69.9, thresholds)).toBe('fence-sitter');
    expect(stanceOf(40.1, thresholds)).toBe('fence-sitter');
    expect(stanceOf(40, thresholds)).toBe('heckler');
    expect(stanceOf(0, thresholds)).toBe('heckler');
    expect(stanceOf(100, thresholds)).toBe('cheerleader');
  });
  it('follows thresholds from settings', () => {
    expect(stanceOf(65, { cheerleaderMin: 60, hecklerMax: 30 })).toBe('cheerleader');
    expect(stanceOf(35, { cheerleaderMin: 60, hecklerMax: 35 })).toBe('heckler');
  });
});

describe('adkarBarrier', () => {
  const items = (['awareness', 'desire', 'knowledge', 'ability', 'reinforcement'] as const).map((e) =>
    likert(e, { kind: 'adkar', scored: false, construct: `adkar-${e}` }),
  );
  it('is the first element in order rated 3 or lower', () => {
    expect(
      adkarBarrier(items, { awareness: 5, desire: 4, knowledge: 3, ability: 2, reinforcement: 1 }).barrier,
    ).toBe('knowledge');
    expect(adkarBarrier(items, { awareness: 3, desire: 1 }).barrier).toBe('awareness');
  });
  it('is none when every rated element is 4 or 5, or nothing was rated', () => {
    expect(
      adkarBarrier(items, { awareness: 4, desire: 5, knowledge: 4, ability: 4, reinforcement: 5 }).barrier,
    ).toBeNull();
    expect(adkarBarrier(items, {}).barrier).toBeNull();
  });
  it('skips elements left unanswered', () => {
    expect(adkarBarrier(items, { awareness: 5, ability: 2 }).barrier).toBe('ability');
  });
});
