// @vitest-environment happy-dom
// Areas in scripts of their own: fetched ahead while idle, an area is drawn at once, without "Opening…"; one opened
// before its script arrives shows "Opening…" first and is not drawn twice; a failed load is tried again.
import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, Suspense, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyArea, preloadWhenIdle } from '../../../renderer/app/lazyArea';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let mounts = 0;
function Counter({ name }: { name: string }) {
  const [n] = useState(() => ++mounts);
  return (
    <p>
      {name} area, mount {n}
    </p>
  );
}

class Caught extends Component<{ children: React.ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>{`Could not open: ${this.state.error.message}`}</p> : this.props.children;
  }
}

const shell = (children: React.ReactNode) => <Suspense fallback={<p>Opening…</p>}>{children}</Suspense>;

describe('lazyArea', () => {
  afterEach(() => {
    cleanup();
    mounts = 0;
  });

  it('draws an area fetched ahead at once, without suspending', async () => {
    const load = vi.fn(() => Promise.resolve(Counter));
    const Area = lazyArea(load);
    await Area.preload();
    await Area.preload();
    render(shell(<Area name="Gaps" />));
    // No "Opening…" in between: the area is there in the very first render.
    expect(screen.getByText('Gaps area, mount 1')).toBeTruthy();
    expect(screen.queryByText('Opening…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows "Opening…" for an area whose script has not arrived, then the area, mounted once', async () => {
    const script = deferred<typeof Counter>();
    const Area = lazyArea(() => script.promise);
    const { rerender } = render(shell(<Area name="Coaching" />));
    expect(screen.getByText('Opening…')).toBeTruthy();
    await act(async () => script.resolve(Counter));
    await screen.findByText('Coaching area, mount 1');
    // Drawn again after the script is in: the same mount, not a new one (its state would be lost).
    rerender(shell(<Area name="Coaching" />));
    expect(screen.getByText('Coaching area, mount 1')).toBeTruthy();
  });

  it('tries a failed load again', async () => {
    const load = vi
      .fn<() => Promise<typeof Counter>>()
      .mockRejectedValueOnce(new Error('script missing'))
      .mockResolvedValueOnce(Counter);
    const Area = lazyArea(load);
    await expect(Area.preload()).rejects.toThrow('script missing');
    await Area.preload();
    render(shell(<Area name="Reports" />));
    expect(screen.getByText('Reports area, mount 1')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tries again at the next visit when the script failed while the area was opening', async () => {
    const load = vi.fn<() => Promise<typeof Counter>>().mockRejectedValue(new Error('script missing'));
    const Area = lazyArea(load);
    const failed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = render(<Caught>{shell(<Area name="Surveys" />)}</Caught>);
    await screen.findByText('Could not open: script missing');
    first.unmount();
    failed.mockRestore();
    // The script is there again (the network or the file is back): the next visit loads it.
    const failures = load.mock.calls.length;
    load.mockResolvedValue(Counter);
    render(shell(<Area name="Surveys" />));
    await screen.findByText('Surveys area, mount 1');
    expect(load).toHaveBeenCalledTimes(failures + 1);
  });
});

describe('preloadWhenIdle', () => {
  // The page's idle moments, by hand.
  let idle: Array<() => void> = [];
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  const whenIdle = async () => {
    await settled();
    const due = idle;
    idle = [];
    for (const run of due) run();
    await settled();
  };
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => (idle = []));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads the areas one after another when idle, past a failure, and stops when asked', async () => {
    const order: string[] = [];
    const first = deferred<void>();
    const areas = [
      {
        preload: () => {
          order.push('coaching');
          return first.promise;
        },
      },
      {
        preload: () => {
          order.push('gaps');
          return Promise.reject(new Error('offline'));
        },
      },
      {
        preload: () => {
          order.push('surveys');
          return Promise.resolve();
        },
      },
    ];
    const stop = preloadWhenIdle(areas);
    // Nothing before the page is idle.
    expect(order).toEqual([]);
    await whenIdle();
    expect(order).toEqual(['coaching']);
    // The next waits for the one before to load, and for the next idle moment.
    await whenIdle();
    expect(order).toEqual(['coaching']);
    first.resolve();
    await whenIdle();
    expect(order).toEqual(['coaching', 'gaps']);
    // A failure does not stop the rest.
    await whenIdle();
    expect(order).toEqual(['coaching', 'gaps', 'surveys']);
    stop();

    const later: string[] = [];
    const stopLater = preloadWhenIdle([{ preload: () => Promise.resolve(void later.push('dashboard')) }]);
    stopLater();
    await whenIdle();
    expect(later).toEqual([]);
  });
});
