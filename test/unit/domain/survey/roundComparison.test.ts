import { describe, expect, it } from 'vitest';
import {
  defaultPair,
  isComparable,
  movesByName,
  roundComparisonKey,
} from '../../../../renderer/domain/survey/roundComparison';

const thresholds = { cheerleaderMin: 70, hecklerMax: 40 };

describe('round comparison', () => {
  it('opens on the last two rounds, the latest change', () => {
    expect(defaultPair([{ id: 'base' }, { id: 'p1' }, { id: 'p2' }])).toEqual({ fromId: 'p1', toId: 'p2' });
    expect(defaultPair([{ id: 'base' }, { id: 'p1' }])).toEqual({ fromId: 'base', toId: 'p1' });
  });

  it('has nothing to compare without two different rounds', () => {
    expect(defaultPair([{ id: 'base' }])).toEqual({ fromId: '', toId: 'base' });
    expect(isComparable(defaultPair([{ id: 'base' }]))).toBe(false);
    expect(isComparable({ fromId: 'p1', toId: 'p1' })).toBe(false);
    expect(isComparable({ fromId: 'p2', toId: 'p1' })).toBe(true);
  });

  it('keeps a comparison for its pair in order and its thresholds only', () => {
    const key = roundComparisonKey({ fromId: 'a', toId: 'b' }, thresholds);
    expect(roundComparisonKey({ fromId: 'a', toId: 'b' }, { ...thresholds })).toBe(key);
    expect(roundComparisonKey({ fromId: 'b', toId: 'a' }, thresholds)).not.toBe(key);
    expect(roundComparisonKey({ fromId: 'a', toId: 'b' }, { ...thresholds, hecklerMax: 35 })).not.toBe(key);
    expect(roundComparisonKey({ fromId: 'a', toId: 'b' }, { ...thresholds, cheerleaderMin: 75 })).not.toBe(
      key,
    );
  });

  it('lists moves by name as the roster does: numbers by value, case aside, the same name by id', () => {
    const names: Record<string, string> = {
      a: 'Worker 102',
      b: 'Worker 1007',
      c: 'worker 13',
      d: 'Ana',
      e: 'Ana',
    };
    const move = (caseworkerId: string) => ({
      caseworkerId,
      from: 'heckler' as const,
      to: 'cheerleader' as const,
    });
    const sorted = movesByName(['b', 'e', 'a', 'c', 'd'].map(move), (id) => names[id] ?? '');
    expect(sorted.map((m) => m.caseworkerId)).toEqual(['d', 'e', 'c', 'a', 'b']);
  });
});
