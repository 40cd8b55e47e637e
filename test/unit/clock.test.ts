import { afterEach, describe, expect, it } from 'vitest';
import { now, nowIso, nowMs, setClockForTests, today } from '../../renderer/clock';

describe('clock', () => {
  afterEach(() => setClockForTests(null));

  it('reads a fixed time everywhere once a test fixes it', () => {
    setClockForTests(() => new Date(2031, 6, 14, 23, 50));
    expect(today()).toBe('2031-07-14');
    expect(now().getFullYear()).toBe(2031);
    expect(nowMs()).toBe(new Date(2031, 6, 14, 23, 50).getTime());
    expect(nowIso()).toBe(new Date(2031, 6, 14, 23, 50).toISOString());
  });

  it('goes back to the system clock', () => {
    setClockForTests(() => new Date(2000, 0, 1));
    setClockForTests(null);
    expect(now().getFullYear()).toBeGreaterThan(2000);
  });
});
