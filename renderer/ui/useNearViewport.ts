// Whether an element has come near the visible part of the page; once true it stays true. Long boards use it to draw
// a card's contents only when someone scrolls (or tabs) to it, so 700 cohorts do not mean 200,000 elements at once.
import { useEffect, useState, type RefObject } from 'react';

export function useNearViewport(ref: RefObject<Element | null>, margin = 800): boolean {
  // Without IntersectionObserver (old engines, unit tests) everything is drawn at once, as before.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: `${margin}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, margin]);
  return near;
}

/**
 * Whether an element is near the visible part of the page now: true while it is, false again once it is scrolled far
 * away. Charts use it to draw when they come near and to rest (keep their last drawing) while they are far away.
 */
export function useNearViewportNow(ref: RefObject<Element | null>, margin = 800): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) setNear(last.isIntersecting);
      },
      { rootMargin: `${margin}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return near;
}
