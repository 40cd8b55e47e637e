// The browser the benchmark and the profiler drive: Chromium on a profile folder with the probe installed, waiting for
// a page to settle, and getting to where a screen of screens.ts starts.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumArgs, chromiumPath } from '../../e2e/chromium';
import { probeScript, type ProbeStatus } from './probe';
import type { Screen } from './screens';

export const executablePath = chromiumPath;

export async function launch(profile: string, baseURL: string, today: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    baseURL,
    viewport: { width: 1366, height: 860 },
    // Charts draw at once instead of animating, so "usable" is not the length of an animation.
    reducedMotion: 'reduce',
    // Precise memory figures for the JS heap column.
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  });
  await context.addInitScript({ content: probeScript(new Date(`${today}T09:30:00`).getTime()) });
  return context;
}

const status = (page: Page): Promise<ProbeStatus> =>
  page.evaluate('window.__bench.status()') as Promise<ProbeStatus>;

/** Waits until nothing is loading, no IndexedDB transaction runs and nothing was painted for quietMs. */
export async function settle(page: Page, quietMs: number, timeoutMs: number): Promise<ProbeStatus> {
  const start = Date.now();
  for (;;) {
    const s = await status(page);
    // Quiet since the input at the earliest: what the input brings may be drawn a moment after it (a deferred render),
    // and the paints of the screen before are no sign that it is done.
    const last = Math.max(s.lastPaint, s.lastIdb, s.t0 ?? 0);
    if (!s.busy && s.idbPending === 0 && s.now - last >= quietMs) return s;
    if (Date.now() - start > timeoutMs)
      throw new Error(`the screen did not settle within ${timeoutMs / 1000} s (${JSON.stringify(s)})`);
    await sleep(50);
  }
}

/** Untimed: goes to the screen's starting point if the page is elsewhere, and runs its preparing steps. */
export async function reach(page: Page, screen: Screen): Promise<void> {
  if (screen.from !== undefined) {
    const here = (await page.evaluate('location.hash')) as string;
    if (here !== screen.from && !(screen.from === '#/' && here === '')) {
      await page.evaluate(`location.hash = ${JSON.stringify(screen.from)}`);
      await settle(page, 500, 300_000);
    }
  }
  if (screen.prepare) {
    await screen.prepare(page);
    await settle(page, 500, 300_000);
  }
}
