// The window's address: the screen in the hash (#/dashboard/people), its query (?unit=...) beside it, as wouter's hash
// location keeps them. Two things wouter's hash hook leaves out are added here: a target without a query clears the
// last one (or one screen's filters would follow the person to the next: the dashboard's unit onto the roster), and
// Back between two addresses that differ in their query is followed too (the browser then sends popstate, and no
// hashchange, so the screen would stay behind).
import { useSyncExternalStore } from 'react';
import { navigate as hashNavigate } from 'wouter/use-hash-location';

export const appNavigate: typeof hashNavigate = (to, options) =>
  hashNavigate(to.includes('?') ? to : `${to}?`, options);

const events = ['hashchange', 'popstate'] as const;
const subscribe = (callback: () => void) => {
  for (const e of events) addEventListener(e, callback);
  return () => {
    for (const e of events) removeEventListener(e, callback);
  };
};
// Leading '#' is ignored and the leading '/' optional, as in wouter's hash location.
const currentPath = () => '/' + location.hash.replace(/^#?\/?/, '');

export const useAppLocation = (options?: { ssrPath?: string }) => {
  const path = useSyncExternalStore(subscribe, currentPath, () => options?.ssrPath ?? '/');
  return [path, appNavigate] as [string, typeof appNavigate];
};
useAppLocation.hrefs = (href: string) => `#${href}`;
