import { describe, expect, it } from 'vitest';
import { adopterCategoriesByRank } from '../../../../renderer/domain/survey/adopterCategories';

describe('adopterCategoriesByRank', () => {
  it('labels 40 distinct scores 1 / 5 / 14 / 14 / 6 down the ranking', () => {
    const people = Array.from({ length: 40 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      readiness: 100 - i,
    }));
    const labels = adopterCategoriesByRank(people);
    const counts: Record<string, number> = {};
    for (const c of labels.values()) counts[c] = (counts[c] ?? 0) + 1;
    // Slot midpoints: p00 at 1.25% (innovator), p01..p05 up to 13.75% (early adopters, <= 16%), p06..p19 up to 48.75%
    // (early majority, <= 50%), p20..p33 up to 83.75% (late majority, <= 84%), the rest laggards.
    expect(counts).toEqual({
      innovator: 1,
      'early-adopter': 5,
      'early-majority': 14,
      'late-majority': 14,
      laggard: 6,
    });
    expect(labels.get('p00')).toBe('innovator');
    expect(labels.get('p39')).toBe('laggard');
  });

  it('gives tied readiness the same label', () => {
    const people = [
      { id: 'a', readiness: 90 },
      { id: 'b', readiness: 50 },
      { id: 'c', readiness: 50 },
      { id: 'd', readiness: 10 },
    ];
    const labels = adopterCategoriesByRank(people);
    expect(labels.get('b')).toBe(labels.get('c'));
    expect(labels.get('b')).toBe('early-majority'); // tied group spans 25%-75%, midpoint 50%
    expect(labels.get('a')).toBe('early-adopter'); // slot midpoint 12.5%
    expect(labels.get('d')).toBe('laggard'); // 87.5%
  });

  it('handles nobody and one person', () => {
    expect(adopterCategoriesByRank([]).size).toBe(0);
    expect(adopterCategoriesByRank([{ id: 'x', readiness: 3 }]).get('x')).toBe('early-majority'); // midpoint 50%
  });
});
