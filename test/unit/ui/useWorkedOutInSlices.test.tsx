// @vitest-environment happy-dom
// Work on a shared copy done a slice at a time: the result before is kept while a newer copy is worked out, never kept
// across a change of key (other settings: it would be built again on the spot) and never shown once the copy is
// forgotten (lock, presentation mode).
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useWorkedOutInSlices, type WorkedOut } from '../../../renderer/ui/runInSlices';

interface Copy {
  names: string[];
}

function* joined(copy: Copy): Generator<void, string> {
  const parts: string[] = [];
  for (const name of copy.names) {
    parts.push(name);
    yield;
  }
  return parts.join(', ');
}

interface Props {
  copy: Copy | undefined;
  key: string | null;
}

function renderWorkedOut(results: WorkedOut<Copy, string>, first: Props) {
  const seen: (string | undefined)[] = [];
  const hook = renderHook(
    ({ copy, key }: Props) => {
      const result = useWorkedOutInSlices(
        copy,
        key,
        (c) => joined({ names: c.names.map((n) => `${key}:${n}`) }),
        results,
      );
      seen.push(result);
      return result;
    },
    { initialProps: first },
  );
  return { ...hook, seen };
}

describe('useWorkedOutInSlices', () => {
  afterEach(cleanup);

  it('keeps the result before while a new copy is worked out, and finds a worked-out copy at once', async () => {
    const results: WorkedOut<Copy, string> = new WeakMap();
    const first = { names: ['Ana', 'Ben'] };
    const { result, rerender, seen } = renderWorkedOut(results, { copy: first, key: 'a' });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBe('a:Ana, a:Ben'));

    const second = { names: ['Ana', 'Ben', 'Cy'] };
    seen.length = 0;
    rerender({ copy: second, key: 'a' });
    await waitFor(() => expect(result.current).toBe('a:Ana, a:Ben, a:Cy'));
    expect(seen).not.toContain(undefined);
    expect(seen[0]).toBe('a:Ana, a:Ben');

    // Another screen on the same copy: no work, the result at once.
    const other = renderWorkedOut(results, { copy: second, key: 'a' });
    expect(other.seen[0]).toBe('a:Ana, a:Ben, a:Cy');
  });

  it('gives nothing for a new key until it is worked out, and never a forgotten copy', async () => {
    const results: WorkedOut<Copy, string> = new WeakMap();
    const copy = { names: ['Ana'] };
    const { result, rerender, seen } = renderWorkedOut(results, { copy, key: 'a' });
    await waitFor(() => expect(result.current).toBe('a:Ana'));

    rerender({ copy, key: 'b' });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBe('b:Ana'));

    seen.length = 0;
    rerender({ copy: undefined, key: 'b' });
    rerender({ copy: { names: ['Ana (hidden)'] }, key: 'b' });
    await waitFor(() => expect(result.current).toBe('b:Ana (hidden)'));
    expect(seen.slice(0, 2)).toEqual([undefined, undefined]);
    expect(seen).not.toContain('b:Ana');
  });

  it('does nothing without a key', async () => {
    const results: WorkedOut<Copy, string> = new WeakMap();
    const copy = { names: ['Ana'] };
    const { result } = renderWorkedOut(results, { copy, key: null });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toBeUndefined();
    expect(results.has(copy)).toBe(false);
  });
});
