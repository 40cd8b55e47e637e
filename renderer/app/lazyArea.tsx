// An area of the app (coaching, gaps, dashboard...) in a script of its own, loaded when first opened and fetched ahead
// while the app is idle. An area still loading shows the Routes' "Opening…", and React then holds the area back until
// 300 ms after that was shown (its throttle on revealing suspended content), so a first visit cost 250-300 ms more
// than the load itself: Gaps, Reports, the timeline, coaching, surveys and cohorts at agency scale (issue 15). An area
// loaded ahead is drawn at once, without suspending.
import { lazy, useState, type ComponentType } from 'react';
import { whenIdle } from '../ui/whenIdle';

export interface LazyArea<P extends object> {
  (props: P): React.JSX.Element;
  /** Loads the area's script (once; again after a failure). */
  preload: () => Promise<ComponentType<P>>;
}

export function lazyArea<P extends object>(load: () => Promise<ComponentType<P>>): LazyArea<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // React.lazy keeps a failed load for good, so a failure makes a new one for the next visit.
  const suspending = () => lazy(() => preload().then((area) => ({ default: area })));
  let Suspending = suspending();
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (area) => (loaded = area),
      (error: unknown) => {
        // A failed load (a script missing after an update) is tried again on the next visit.
        loading = undefined;
        Suspending = suspending();
        throw error;
      },
    ));
  function Area(props: P) {
    // Chosen once per mount: turning the suspending wrapper into the loaded area later would remount the screen.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Shown {...props} />;
  }
  return Object.assign(Area, { preload });
}

/**
 * Loads the areas one after another while the page is idle (after the first screen has drawn), so opening one later
 * does not wait for its script. Returns a function that stops what has not started. A failure is left for the visit.
 */
export function preloadWhenIdle(areas: ReadonlyArray<{ preload: () => Promise<unknown> }>): () => void {
  let stopped = false;
  let cancel = (): void => undefined;
  const idle = (next: () => void): void => {
    cancel = whenIdle(next, 5_000);
  };
  const from = (i: number): void => {
    const area = areas[i];
    if (stopped || !area) return;
    idle(() => {
      if (stopped) return;
      area.preload().then(
        () => from(i + 1),
        () => from(i + 1),
      );
    });
  };
  from(0);
  return () => {
    stopped = true;
    cancel();
  };
}
