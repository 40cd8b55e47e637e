// While presentation mode is on the workspace is read-only, and its write controls say so before anyone clicks: every
// submit button and every control marked data-write is aria-disabled (still focusable and hoverable, so the tooltip
// can tell why), and a click or submit on one is stopped with the same explanation in a toast. Marking here, in the
// shell, covers every screen at once, including screens added later.
import { useEffect, type RefObject } from 'react';
import { showToast } from '../ui/toast';

export const READ_ONLY_REASON =
  'Presentation mode is on, so nothing can be changed. Turn presentation mode off (top bar) to edit.';
export const READ_ONLY_REASON_ID = 'presenting-read-only-reason';
const WRITE_CONTROLS = 'button[type="submit"], [data-write]';
const MARK = 'data-presenting-disabled';

export function useReadOnlyWhilePresenting(
  container: RefObject<HTMLElement | null>,
  presenting: boolean,
): void {
  useEffect(() => {
    const root = container.current;
    if (!presenting || !root) return;
    const mark = (): void => {
      for (const el of root.querySelectorAll<HTMLElement>(WRITE_CONTROLS)) {
        if (el.hasAttribute(MARK)) continue;
        el.setAttribute(MARK, '');
        el.setAttribute('aria-disabled', 'true');
        el.setAttribute('title', READ_ONLY_REASON);
        el.setAttribute('aria-describedby', READ_ONLY_REASON_ID);
      }
    };
    const stop = (event: Event): void => {
      const target = event.target instanceof Element ? event.target : null;
      const control =
        event.type === 'submit'
          ? (target?.querySelector(`[${MARK}]`) ?? null)
          : (target?.closest(`[${MARK}]`) ?? null);
      if (!control) return;
      event.preventDefault();
      event.stopPropagation();
      showToast({ message: READ_ONLY_REASON, tone: 'info' });
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { subtree: true, childList: true });
    root.addEventListener('click', stop, true);
    root.addEventListener('submit', stop, true);
    return () => {
      observer.disconnect();
      root.removeEventListener('click', stop, true);
      root.removeEventListener('submit', stop, true);
      for (const el of root.querySelectorAll<HTMLElement>(`[${MARK}]`)) {
        el.removeAttribute(MARK);
        el.removeAttribute('aria-disabled');
        el.removeAttribute('title');
        el.removeAttribute('aria-describedby');
      }
    };
  }, [container, presenting]);
}
