import { describe, expect, it } from 'vitest';
import { GcmKey } from '../../../../renderer/domain/crypto/aead';
import { OpenedCache } from '../../../../renderer/domain/crypto/openedCache';
import {
  clearFieldSet,
  hasValue,
  openRecord,
  sealRecord,
} from '../../../../renderer/domain/crypto/sealRecords';

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

  it('compares stored text (version 2) exactly, and text never matches bytes', () => {
    const cache = new OpenedCache();
    cache.set('caseworkers', 'a', '\u0002abc', '{"name":"Grace Kim"}');
    expect(cache.get('caseworkers', 'a', '\u0002abc')).toBe('{"name":"Grace Kim"}');
    expect(cache.get('caseworkers', 'a', '\u0002abd')).toBeUndefined();
    expect(cache.get('caseworkers', 'a', bytes(2, 97, 98, 99))).toBeUndefined();
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

describe('openRecord with the cache', () => {
  it('opens a record lazily, and a blob opened before without decrypting it again', () => {
    const key = new GcmKey(new Uint8Array(32).fill(7));
    const cache = new OpenedCache();
    const clear = clearFieldSet('caseworkers');
    const stored = sealRecord('caseworkers', { id: 'a', name: 'Grace Kim', caseload: 12 }, key, clear);
    const first = openRecord('caseworkers', stored, key, cache) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(first, 'name')?.get).toBeTypeOf('function');
    expect(first.name).toBe('Grace Kim');
    expect(Object.getOwnPropertyDescriptor(first, 'name')).toMatchObject({
      value: 'Grace Kim',
      writable: true,
    });
    // The same blob again, even with a key that could not open it: the cache answers, so nothing is decrypted.
    const wrongKey = new GcmKey(new Uint8Array(32).fill(8));
    const again = openRecord('caseworkers', stored, wrongKey, cache) as Record<string, unknown>;
    expect(again).toEqual({ id: 'a', name: 'Grace Kim', caseload: 12 });
    // Each read has its own objects.
    again.name = 'changed';
    expect((openRecord('caseworkers', stored, key, cache) as Record<string, unknown>).name).toBe('Grace Kim');
    // Without the cache, the wrong key is refused.
    expect(() => (openRecord('caseworkers', stored, wrongKey) as Record<string, unknown>).name).toThrow();
  });
});

describe('hasValue', () => {
  const key = new GcmKey(new Uint8Array(32).fill(7));
  const clear = clearFieldSet('coachingEntries');
  const entry = (prep: unknown, debrief: unknown) =>
    sealRecord('coachingEntries', { id: 'e1', kind: 'ride-along', prep, debrief }, key, clear);

  it('tells a sealed prep is there without decrypting it (a wrong key would throw if it did)', () => {
    const wrongKey = new GcmKey(new Uint8Array(32).fill(8));
    const opened = openRecord('coachingEntries', entry({ goals: 'Visit plan' }, null), wrongKey);
    expect(hasValue(opened as object, 'prep')).toBe(true);
    expect(hasValue(opened as object, 'debrief')).toBe(false);
    expect(() => (opened as Record<string, unknown>).prep).toThrow();
  });

  it('agrees with the value itself for every kind of field, before and after it is opened or changed', () => {
    const opened = openRecord('coachingEntries', entry({ goals: 'Visit plan' }, ''), key) as Record<
      string,
      unknown
    >;
    expect(hasValue(opened, 'prep')).toBe(true);
    expect(hasValue(opened, 'debrief')).toBe(false);
    expect(hasValue(opened, 'kind')).toBe(true);
    expect(hasValue(opened, 'missing')).toBe(false);
    expect(opened.prep).toEqual({ goals: 'Visit plan' });
    opened.prep = null;
    expect(hasValue(opened, 'prep')).toBe(false);
    expect(hasValue({ prep: { goals: 'x' } }, 'prep')).toBe(true);
    expect(hasValue({ prep: null }, 'prep')).toBe(false);
  });
});
