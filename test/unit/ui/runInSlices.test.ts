// Long work in slices: runs a stepped computation to its end with timer turns between slices (so the window can paint
// and other work runs meanwhile), hands over the result once, and stops for good when cancelled.
import { describe, expect, it } from 'vitest';
import { runInSlices, SLICE_MS } from '../../../renderer/ui/runInSlices';
import { finish, type Steps } from '../../../renderer/domain/steps';

/** Steps that each keep the thread busy for `ms` (by the clock, so a faster machine changes nothing). */
function* busySteps(count: number, ms: number): Generator<void, number> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy
    }
    yield;
  }
  return count;
}

describe('runInSlices', () => {
  it('gives other work a turn between slices and hands over the result once', async () => {
    const order: string[] = [];
    const result = await new Promise<number>((resolve) => {
      runInSlices(busySteps(6, SLICE_MS / 2), (n) => {
        order.push('done');
        resolve(n);
      });
      // Queued after the first slice was: runs between slices, before the work is done.
      setTimeout(() => order.push('other'), 0);
    });
    expect(result).toBe(6);
    expect(order).toEqual(['other', 'done']);
  });

  it('waits for work a step hands over before the next step, failed or not; run at once, that work is skipped', async () => {
    const log: string[] = [];
    let release = () => {};
    function* steps(): Steps<string> {
      yield () =>
        new Promise<void>((resolve) => {
          log.push('waiting');
          release = resolve;
        });
      log.push('after the first');
      yield () => Promise.reject(new Error('could not'));
      log.push('after the second');
      return 'done';
    }
    const result = new Promise((resolve) => runInSlices(steps(), resolve));
    await new Promise((resolve) => setTimeout(resolve, SLICE_MS * 2));
    expect(log).toEqual(['waiting']);
    release();
    expect(await result).toBe('done');
    expect(log).toEqual(['waiting', 'after the first', 'after the second']);
    log.length = 0;
    expect(finish(steps())).toBe('done');
    expect(log).toEqual(['after the first', 'after the second']);
  });

  it('does nothing more once cancelled', async () => {
    let done = false;
    const stop = runInSlices(busySteps(3, 1), () => {
      done = true;
    });
    stop();
    await new Promise((resolve) => setTimeout(resolve, SLICE_MS * 3));
    expect(done).toBe(false);
  });
});
