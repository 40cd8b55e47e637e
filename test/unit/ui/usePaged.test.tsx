// @vitest-environment happy-dom
// Long lists a page at a time: the page grows by its size, a new list (other filters) starts again at one page, and
// the counts a caption and the "Show N more" button read add up.
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShowMore } from '../../../renderer/ui/ShowMore';
import { pageState, usePaged } from '../../../renderer/ui/usePaged';

afterEach(cleanup);

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('pageState', () => {
  it('counts what is shown, what the next page adds and what is left', () => {
    expect(pageState(120, 50, 50)).toEqual({ shown: 50, total: 120, next: 50, remaining: 70, limit: 50 });
    expect(pageState(120, 100, 50)).toEqual({ shown: 100, total: 120, next: 20, remaining: 20, limit: 100 });
    expect(pageState(30, 50, 50)).toEqual({ shown: 30, total: 30, next: 0, remaining: 0, limit: 50 });
    expect(pageState(0, 50, 50)).toEqual({ shown: 0, total: 0, next: 0, remaining: 0, limit: 50 });
  });
});

describe('usePaged', () => {
  it('shows one page, then grows by the page size until every row is shown', () => {
    const rows = numbers(120);
    const { result } = renderHook(() => usePaged(rows, 50));
    expect(result.current.rows).toEqual(numbers(50));
    expect(result.current).toMatchObject({ shown: 50, total: 120, next: 50, remaining: 70 });
    act(() => result.current.showMore());
    expect(result.current.rows).toEqual(numbers(100));
    expect(result.current).toMatchObject({ shown: 100, next: 20, remaining: 20 });
    act(() => result.current.showMore());
    expect(result.current.rows).toEqual(rows);
    expect(result.current).toMatchObject({ shown: 120, next: 0, remaining: 0 });
  });

  it('starts again at one page when the rows are another list', () => {
    const { result, rerender } = renderHook(({ rows }) => usePaged(rows, 10), {
      initialProps: { rows: numbers(35) },
    });
    act(() => result.current.showMore());
    expect(result.current.shown).toBe(20);
    rerender({ rows: numbers(35).filter((n) => n % 2 === 0) });
    expect(result.current).toMatchObject({ shown: 10, total: 18, next: 8 });
    expect(result.current.rows).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  it('keeps its place while the filters stay, when given the filters as the reset key', () => {
    const filters = { unit: 'north' };
    const { result, rerender } = renderHook(({ rows, key }) => usePaged(rows, 10, key), {
      initialProps: { rows: numbers(35), key: filters as object },
    });
    act(() => result.current.showMore());
    // The same filters, the rows read again after an edit elsewhere: the person keeps the 20 rows they opened.
    rerender({ rows: numbers(36), key: filters });
    expect(result.current).toMatchObject({ shown: 20, total: 36 });
    rerender({ rows: numbers(36), key: { unit: 'south' } });
    expect(result.current.shown).toBe(10);
  });
});

describe('ShowMore', () => {
  it('names the next page, and how many are left when asked, and is absent when all is shown', () => {
    const onMore = vi.fn();
    const { rerender, container } = render(<ShowMore page={pageState(120, 100, 50)} onMore={onMore} />);
    act(() => screen.getByRole('button', { name: 'Show 20 more' }).click());
    expect(onMore).toHaveBeenCalledTimes(1);
    rerender(<ShowMore page={pageState(380, 200, 200)} onMore={onMore} ofRemaining />);
    expect(screen.getByRole('button', { name: 'Show 180 more of 180' })).toBeTruthy();
    rerender(<ShowMore page={pageState(30, 50, 50)} onMore={onMore} />);
    expect(container.textContent).toBe('');
  });
});
