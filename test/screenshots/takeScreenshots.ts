// Screenshots of the demo workspace's screens, light and dark, to look at what you built (nothing is committed):
//   npm run build:renderer && npm run screenshots -- [--only=<regex>] [--out=<dir>] [--root=<dir>]
// It serves the built renderer on 127.0.0.1 itself (like the end-to-end tests), fixes the page's clock to E2E_TODAY
// (default 2026-03-18, so the demo looks the same every day), opens the demo workspace, visits each screen by its
// address and writes <out>/<name>-light.png and <out>/<name>-dark.png (default out: screenshots/).
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer } from '../../build/serveStatic';
import { chromiumPath } from '../e2e/chromium';

const root = path.resolve(import.meta.dirname, '../..');
const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/** The dashboard's filters as a drill-down carries them (every rollout, unit, role, wave and date). */
const drill = 'rollout=all&unit=&role=&wave=0&from=&to=';

/** Every area of the navigation and its main sub-screens, by hash address (a query goes before the hash, as the app keeps it). */
const shots: Array<{
  name: string;
  address: string;
  prepare?: (page: Page) => Promise<void>;
  /** The window only (a modal covers the window, not the whole page). */
  windowOnly?: boolean;
  /** Work in progress: the page's clock is not moved after `prepare`, so the work stays where it is. */
  inProgress?: boolean;
}> = [
  { name: 'home', address: '/' },
  { name: 'roster', address: '/roster' },
  { name: 'units', address: '/roster/units' },
  { name: 'roster-import', address: '/roster/import' },
  { name: 'rollouts', address: '/rollouts' },
  { name: 'surveys', address: '/surveys' },
  { name: 'cohorts', address: '/cohorts' },
  {
    name: 'cohort-detail',
    address: '/cohorts',
    prepare: async (page) => {
      await page.locator('main h2 a[href^="#/cohorts/"]').first().click();
    },
  },
  { name: 'cohorts-propose', address: '/cohorts/propose' },
  { name: 'survey-people', address: '/surveys/people' },
  { name: 'calendar', address: '/calendar' },
  {
    name: 'calendar-month',
    address: '/calendar',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Month', exact: true }).click();
    },
  },
  { name: 'due-list', address: '/coaching/due' },
  { name: 'people-behind-a-chart', address: `/dashboard/people?${drill}&chart=stance-over-time&series=heckler` },
  { name: 'gaps-behind-a-chart', address: `/dashboard/gaps?${drill}&chart=gaps-by-unit&series=execution-barrier` },
  { name: 'entries-behind-a-chart', address: `/dashboard/entries?${drill}&chart=ride-alongs&series=missingPrep` },
  { name: 'coaching', address: '/coaching' },
  { name: 'standups', address: '/coaching/standups' },
  { name: 'incomplete-ride-alongs', address: '/coaching/ride-alongs' },
  { name: 'rubrics', address: '/coaching/rubrics' },
  { name: 'survey-people', address: '/surveys/people' },
  { name: 'gaps', address: '/gaps' },
  { name: 'measures', address: '/gaps/measures' },
  { name: 'gap-board', address: '/gaps/board' },
  {
    name: 'gap-diagnosis',
    address: '/gaps/new',
    prepare: async (page) => {
      await page.getByRole('combobox', { name: 'Caseworker', exact: true }).fill('an');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'What the app knows' }).waitFor();
    },
  },
  { name: 'dashboard', address: '/dashboard' },
  { name: 'reports', address: '/reports' },
  { name: 'settings', address: '/settings' },
  { name: 'trash', address: '/trash' },
  // States a person gets to by acting on a screen; last, since one of them changes the demo workspace.
  {
    name: 'roster-selection',
    address: '/roster',
    prepare: async (page) => {
      for (const box of (await page.getByRole('checkbox', { name: /^Select (?!all)/ }).all()).slice(0, 3))
        await box.check();
    },
  },
  {
    name: 'coaching-picker',
    address: '/coaching/entries/new',
    prepare: async (page) => {
      await page.getByRole('combobox', { name: 'Caseworker', exact: true }).fill('an');
      await page.getByRole('listbox', { name: 'Caseworker' }).waitFor();
    },
  },
  {
    name: 'search-palette',
    address: '/',
    prepare: async (page) => {
      await page.keyboard.press('Control+K');
      await page.getByRole('searchbox', { name: /^Search people/ }).fill('sean');
      await page.getByRole('option').first().waitFor();
    },
    windowOnly: true,
  },
  {
    // The import runs a slice per timer turn, and the page's timers run only when its fixed clock moves: moved a
    // millisecond at a time, the check stops part-way with its progress on screen.
    name: 'measures-import-progress',
    address: '/gaps/measures/import',
    inProgress: true,
    windowOnly: true,
    prepare: async (page) => {
      const rows = ['Worker name,Month,Visits due,Visits made,Good quality visits'];
      for (let i = 0; i < 60_000; i++) rows.push(`Worker ${String(i % 500)},2025-${String((i % 12) + 1)},9,8,7`);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
      await (await chooser).setFiles({
        name: 'county-measures.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(rows.join('\n')),
      });
      const mapped = page.getByRole('heading', { name: /^Match the columns/ });
      for (let i = 0; i < 2000 && !(await mapped.isVisible()); i++) await page.clock.runFor(1);
      await page.getByRole('button', { name: 'Check the rows' }).click();
      const dialog = page.getByRole('dialog', { name: 'Checking the rows…' });
      for (let i = 0; i < 2000; i++) {
        const words = (await dialog.innerText().catch(() => '')).match(/Checking rows: ([\d,]+) of/);
        if (words && Number(words[1]?.replace(/,/g, '')) >= 20_000) break;
        await page.clock.runFor(1);
      }
    },
  },
  {
    name: 'units-deactivated',
    address: '/roster/units',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^Deactivate / }).last().click();
      await page.getByLabel('Show', { exact: true }).selectOption('all');
    },
  },
];

async function settle(page: Page): Promise<void> {
  // Some screens wait on a timer before they draw (the entry form's draft check): move the fixed clock while waiting.
  const heading = page.getByRole('heading', { level: 1 }).first();
  for (let i = 0; i < 60 && !(await heading.isVisible()); i++) {
    await page.clock.runFor(1000);
    await page.waitForTimeout(500);
  }
  await heading.waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // The page's clock is fixed, so timers and animations (the charts' bars grow in) only run when it is moved on:
  // move it a second at a time while the screen finishes loading.
  for (let i = 0; i < 4; i++) {
    await page.clock.runFor(1000);
    await page.waitForTimeout(500);
  }
}

async function main(): Promise<void> {
  const only = arg('only') ? new RegExp(arg('only') as string) : null;
  const out = path.resolve(arg('out') ?? path.join(root, 'screenshots'));
  const today = process.env.E2E_TODAY ?? '2026-03-18';
  mkdirSync(out, { recursive: true });
  const server = await startStaticServer({
    root: path.resolve(arg('root') ?? path.join(root, 'dist/renderer')),
    port: 0,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: { width: 1366, height: 860 },
        locale: 'en-US',
      });
      const page = await context.newPage();
      await page.clock.install({ time: new Date(`${today}T09:30:00`) });
      const base = `http://127.0.0.1:${server.port}/`;
      await page.goto(base);
      await page.getByRole('button', { name: /Open the demo workspace/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor({ timeout: 60_000 });
      for (const shot of shots) {
        if (only && !only.test(shot.name)) continue;
        const [screen, query] = shot.address.split('?');
        await page.goto(query ? `${base}?${query}#${screen}` : `${base}#${screen}`);
        await settle(page);
        if (shot.prepare) {
          await shot.prepare(page);
          if (!shot.inProgress) await settle(page);
        }
        const file = path.join(out, `${shot.name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !shot.windowOnly });
        console.log(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
