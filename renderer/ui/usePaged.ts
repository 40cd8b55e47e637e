// Long lists drawn a page at a time ("Show 50 more"): how many rows are shown, what the next page adds, and a limit
// that goes back to one page when the list is another one (other filters), so a narrowed list starts at its top.
import { useState } from 'react';

/** Where a list of `total` rows stands when the first `limit` are drawn, `pageSize` at a time. */
export interface PageState {
  /** Rows drawn now (never more than there are). */
  shown: number;
  total: number;
  /** How many the next "Show more" adds (0 when everything is drawn). */
  next: number;
  /** Rows not drawn yet. */
  remaining: number;
  /** The current limit, which may exceed `total`. */
  limit: number;
}

export function pageState(total: number, limit: number, pageSize: number): PageState {
  const shown = Math.min(total, limit);
  const remaining = total - shown;
  return { shown, total, next: Math.min(pageSize, remaining), remaining, limit };
}

/**
 * A page limit that grows by `pageSize` and goes back to one page whenever `resetKey` changes (compared with
 * Object.is): the list's filters, or the rows themselves. For lists whose rows are read a page at a time.
 */
export function usePageLimit(pageSize: number, resetKey: unknown): { limit: number; showMore: () => void } {
  const [state, setState] = useState({ key: resetKey, limit: pageSize });
  // Reset during render (React's "adjusting state when a prop changes"), so a new list never draws an old limit.
  let current = state;
  if (!Object.is(state.key, resetKey)) {
    current = { key: resetKey, limit: pageSize };
    setState(current);
  }
  return {
    limit: current.limit,
    showMore: () => setState((s) => ({ ...s, limit: s.limit + pageSize })),
  };
}

export interface Paged<T> extends PageState {
  /** The rows drawn now: the first `shown` of the list. */
  rows: readonly T[];
  showMore: () => void;
}

/**
 * The first rows of `rows`, a page at a time. Starts again at one page when `resetKey` changes; by default that is the
 * rows' identity, so pass the filters instead where the rows are re-read on every change of the data (a live query)
 * and the person's place should survive an edit.
 */
export function usePaged<T>(rows: readonly T[], pageSize: number, resetKey: unknown = rows): Paged<T> {
  const { limit, showMore } = usePageLimit(pageSize, resetKey);
  const state = pageState(rows.length, limit, pageSize);
  return { ...state, rows: state.remaining === 0 ? rows : rows.slice(0, state.shown), showMore };
}
