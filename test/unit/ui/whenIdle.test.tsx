// @vitest-environment happy-dom
// Work kept for the page's idle moments (the cohort board's move picker names): not wanted while the screen draws,
// wanted at the first idle moment, or at once when someone reaches for it; once wanted, it stays wanted.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWantedWhenIdle, whenIdle } from '../../../renderer/ui/whenIdle';

// The page's idle moments, by hand.
let idle: Array<{ run: () => void; timeout: number | undefined; cancelled: boolean }> = [];
const idleNow = () => act(() => idle.filter((i) => !i.cancelled).forEach((i) => i.run()));
beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) =>
    idle.push({ run, timeout: options?.timeout, cancelled: false }),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    const entry = idle[id - 1];
    if (entry) entry.cancelled = true;
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('runs at the next idle moment with its deadline, and not at all once cancelled', () => {
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'), 5_000);
    const cancel = whenIdle(() => ran.push('cancelled'), 2_000);
    expect(idle.map((i) => i.timeout)).toEqual([5_000, 2_000]);
    cancel();
    idle.filter((i) => !i.cancelled).forEach((i) => i.run());
    expect(ran).toEqual(['kept']);
  });
});

describe('useWantedWhenIdle', () => {
  it('is not wanted while the screen draws, and is from the first idle moment on', () => {
    const { result } = renderHook(() => useWantedWhenIdle());
    expect(result.current.wanted).toBe(false);
    idleNow();
    expect(result.current.wanted).toBe(true);
  });

  it('is wanted at once when someone reaches for it before the page is idle', () => {
    const { result } = renderHook(() => useWantedWhenIdle());
    act(() => result.current.now());
    expect(result.current.wanted).toBe(true);
    // The idle moment asked for before changes nothing: it was given up.
    expect(idle.every((i) => i.cancelled)).toBe(true);
  });
});
