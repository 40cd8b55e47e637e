// Charts are drawn only near the visible part of the page (ChartFrame), but a printout or a PDF holds every chart:
// printing asks for every chart first. The browser's own print (Ctrl+P) announces itself with `beforeprint` and the
// print media query; the app's Print and Save as PDF buttons call readyToPrint() and wait for it.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let everyChart = false;
const listeners = new Set<() => void>();

function setEveryChart(next: boolean): void {
  if (everyChart === next) return;
  everyChart = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True while the page is (about to be) printed: every chart is drawn, wherever it is on the page. */
export function useDrawEveryChart(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => everyChart,
    () => false,
  );
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'undefined') resolve();
    else requestAnimationFrame(() => resolve());
  });

/**
 * Draws every chart and resolves once they are on the page (a chart measures its box, then draws: two frames), so a
 * print or PDF made next holds them all. Call printed() afterwards.
 * @public (used by features/reports/ReportFrame.tsx, which knip's module graph does not reach: its trace says so)
 */
export async function readyToPrint(): Promise<void> {
  setEveryChart(true);
  await nextFrame();
  await nextFrame();
  await nextFrame();
}

/** The printout is made: charts far from the screen may rest again. */
export function printed(): void {
  setEveryChart(false);
}

if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  // Ctrl+P: drawn synchronously, before the browser lays the page out for print.
  window.addEventListener('beforeprint', () => flushSync(() => setEveryChart(true)));
  window.addEventListener('afterprint', () => printed());
  const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  print?.addEventListener?.('change', (e) => setEveryChart(e.matches));
}
