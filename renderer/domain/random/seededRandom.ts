// A small deterministic pseudo-random generator (sfc32 seeded through splitmix32) for the demo workspace and the
// benchmark dataset: the same seed always gives the same sequence, on every machine. Not for anything secret.

export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A shuffled copy (Fisher-Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability p. */
  chance(p: number): boolean;
  /** A roughly normal value (sum of four uniforms), mean and standard deviation as given. */
  normal(mean?: number, sd?: number): number;
  /** A version-4-shaped UUID drawn from this generator (passes RFC 9562 checks; not unique across seeds by design). */
  uuid(): string;
  /** An independent generator for a named sub-stream (a function of the seed and the name only), so adding draws in one part does not shift another. */
  fork(stream: string): SeededRandom;
}

/** splitmix32: spreads a 32-bit seed into well-mixed state words. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string, for naming sub-streams. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function seededRandom(seed: number): SeededRandom {
  if (!Number.isFinite(seed)) throw new Error('The seed must be a finite number.');
  const seed32 = Math.trunc(seed) >>> 0;
  const mix = splitmix32(seed32);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const word = (): number => {
    // sfc32
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i += 1) word();

  const next = (): number => word() / 4294967296;
  const int = (min: number, max: number): number => {
    const lo = Math.ceil(Math.min(min, max));
    const hi = Math.floor(Math.max(min, max));
    return lo + Math.floor(next() * (hi - lo + 1));
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy;
  };

  const rng: SeededRandom = {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list.');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
      if (items.length === 0 || total <= 0) throw new Error('Cannot pick from an empty or weightless list.');
      let roll = next() * total;
      for (const [item, w] of items) {
        roll -= Math.max(0, w);
        if (roll < 0) return item;
      }
      return (items[items.length - 1] as readonly [T, number])[0];
    },
    shuffle,
    sample: <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, Math.max(0, count)),
    chance: (p) => next() < p,
    normal: (mean = 0, sd = 1) => {
      // Sum of four uniforms has variance 4/12; rescale to unit variance.
      const s = next() + next() + next() + next() - 2;
      return mean + sd * s * Math.sqrt(3);
    },
    uuid: () => {
      const bytes = [word(), word(), word(), word()].flatMap((w) => [
        w >>> 24,
        (w >>> 16) & 255,
        (w >>> 8) & 255,
        w & 255,
      ]);
      bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
      bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
      const h = bytes.map((x) => HEX[x] as string).join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    },
    fork: (stream) => seededRandom(hashString(`${String(seed32)}:${stream}`)),
  };
  return rng;
}
