// The seeded generator behind the demo and the benchmark data: repeatable, in range, and with UUIDs the schemas accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuid } from '../../../../renderer/domain/model';
import { seededRandom } from '../../../../renderer/domain/random/seededRandom';

const draw = (seed: number, n = 20) => {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('seededRandom', () => {
  it('repeats the same sequence for a seed and another for another seed', () => {
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(seededRandom(7).fork('a').next()).toBe(seededRandom(7).fork('a').next());
    expect(seededRandom(7).fork('a').next()).not.toBe(seededRandom(7).fork('b').next());
  });

  it('forks independently of how much the parent has drawn', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    b.next();
    b.next();
    expect(a.fork('x').uuid()).toBe(b.fork('x').uuid());
  });

  it('keeps every helper in range', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, lo, span) => {
          const r = seededRandom(seed);
          const x = r.next();
          expect(x >= 0 && x < 1).toBe(true);
          const n = r.int(lo, lo + span);
          expect(Number.isInteger(n) && n >= lo && n <= lo + span).toBe(true);
          const items = Array.from({ length: span + 1 }, (_, i) => i);
          expect(items).toContain(r.pick(items));
          expect([...r.shuffle(items)].sort((a, b) => a - b)).toEqual(items);
          const sample = r.sample(items, 3);
          expect(new Set(sample).size).toBe(Math.min(3, items.length));
          expect(r.weighted([['only', 1] as const, ['never', 0] as const])).toBe('only');
          expect(typeof r.chance(0.5)).toBe('boolean');
          expect(r.chance(0)).toBe(false);
          expect(r.chance(1)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('draws a roughly normal value with the requested mean and spread', () => {
    const r = seededRandom(11);
    const xs = Array.from({ length: 5000 }, () => r.normal(10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(10, 0);
    expect(sd).toBeGreaterThan(1.8);
    expect(sd).toBeLessThan(2.2);
  });

  it('makes version-4 UUIDs that pass the schema and do not repeat', () => {
    const r = seededRandom(42);
    const ids = Array.from({ length: 2000 }, () => r.uuid());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 200)) {
      expect(uuid.safeParse(id).success).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
