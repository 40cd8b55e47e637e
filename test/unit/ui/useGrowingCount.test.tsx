// @vitest-environment happy-dom
// A long list drawn a slice at a time: the first part at once, then a step more at each timer turn, never past the end.
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useGrowingCount } from '../../../renderer/ui/runInSlices';

describe('useGrowingCount', () => {
  afterEach(cleanup);

  it('gives the first part at once, then a step more per timer turn, up to the total and no further', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ total }) => {
        const count = useGrowingCount(total, 24, 60);
        if (seen.at(-1) !== count) seen.push(count);
        return count;
      },
      { initialProps: { total: 130 } },
    );
    expect(seen).toEqual([24]);
    await waitFor(() => expect(result.current).toBe(130));
    expect(seen).toEqual([24, 84, 130]);
    // A list that grows later (a cohort added) is drawn whole; one that shrinks, to its end.
    rerender({ total: 200 });
    await waitFor(() => expect(result.current).toBe(200));
    rerender({ total: 10 });
    expect(result.current).toBe(10);
  });
});
