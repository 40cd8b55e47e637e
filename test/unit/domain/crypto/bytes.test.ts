import { describe, expect, it } from 'vitest';
import { equalBytes, fromHex, fromLatin1, toLatin1 } from '../../../../renderer/domain/crypto/bytes';

describe('binary strings (how sealed records are stored)', () => {
  it('round-trips every byte value, and long inputs past one chunk', () => {
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromLatin1(toLatin1(every))).toEqual(every);
    expect(toLatin1(every)).toHaveLength(256);
    const long = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7) % 256);
    expect(fromLatin1(toLatin1(long))).toEqual(long);
  });

  it('reads from a given character on, and refuses a character no byte makes', () => {
    expect(fromLatin1('\u0002ab', 1)).toEqual(Uint8Array.from([97, 98]));
    expect(fromLatin1('', 1)).toEqual(new Uint8Array(0));
    expect(() => fromLatin1('ab\u0100')).toThrow(/binary/);
  });
});

describe('hex and comparison', () => {
  it('reads hex of either case and refuses odd lengths or other characters', () => {
    expect(fromHex('00ffA0')).toEqual(Uint8Array.from([0, 255, 160]));
    expect(() => fromHex('abc')).toThrow('not hex');
    expect(() => fromHex('zz')).toThrow('not hex');
    expect(() => fromHex('0g')).toThrow('not hex');
    expect(() => fromHex('g0')).toThrow('not hex');
  });

  it('tells equal bytes from a prefix or a different byte', () => {
    expect(equalBytes(Uint8Array.from([1, 2]), Uint8Array.from([1, 2]))).toBe(true);
    expect(equalBytes(Uint8Array.from([1, 2]), Uint8Array.from([1, 2, 0]))).toBe(false);
    expect(equalBytes(Uint8Array.from([1, 2]), Uint8Array.from([1, 3]))).toBe(false);
  });
});
