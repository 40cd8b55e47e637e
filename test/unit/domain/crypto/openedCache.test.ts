import { describe, expect, it } from 'vitest';
import { OpenedCache } from '../../../../renderer/domain/crypto/openedCache';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('OpenedCache', () => {
  it('answers only for the very blob that was opened, under the same table and id', () => {
    const cache = new OpenedCache();
    const blob = bytes(1, 2, 3, 4);
    cache.set('caseworkers', 'a', blob, '{"name":"Grace Kim"}');
    blob[0] = 9; // the caller's bytes change later: the cache kept its own copy
    expect(cache.get('caseworkers', 'a', bytes(1, 2, 3, 4))).toBe('{"name":"Grace Kim"}');
    expect(cache.get('caseworkers', 'a', bytes(1, 2, 3, 5))).toBeUndefined();
    expect(cache.get('caseworkers', 'a', bytes(1, 2, 3))).toBeUndefined();
    expect(cache.get('coaches', 'a', bytes(1, 2, 3, 4))).toBeUndefined();
    expect(cache.get('caseworkers', 'b', bytes(1, 2, 3, 4))).toBeUndefined();
  });

  it('keeps at most its bound, dropping the least recently used, and empties on clear', () => {
    const cache = new OpenedCache(2);
    cache.set('t', 1, bytes(1), '1');
    cache.set('t', 2, bytes(2), '2');
    expect(cache.get('t', 1, bytes(1))).toBe('1');
    cache.set('t', 3, bytes(3), '3');
    expect(cache.size).toBe(2);
    expect(cache.get('t', 2, bytes(2))).toBeUndefined();
    expect(cache.get('t', 1, bytes(1))).toBe('1');
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('t', 1, bytes(1))).toBeUndefined();
  });
});
