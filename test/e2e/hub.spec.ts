// Many desks, one picture: two supervisors in two browser contexts and a lead in a third sync through a real agency
// hub on a real PostgreSQL (a private cluster started here). Each supervisor logs coaching in their unit; after sync the
// lead sees both units' caseworkers and coaching, and neither supervisor sees the other's unit.
import type { Browser, Page } from '@playwright/test';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { startCluster, type PgCluster } from '../../hub/scripts/pgCluster';
import { SimDesk } from '../../hub/scripts/simDesk';
import { migrate } from '../../hub/src/migrate';
import { addPerson } from '../../hub/src/people';
import { buildHub } from '../../hub/src/server';
import { record } from '../../hub/test/records';
import { E2E_HUB_ORIGIN, E2E_HUB_PORT } from './ports';
import { E2E_TODAY, expect, expectAccessible, goTo, pick, startEmpty, test } from './support';

let cluster: PgCluster;
let pool: pg.Pool;
let hub: FastifyInstance;
// The served page's CSP admits this one origin besides the app (playwright.config.ts passes it to the server).
const hubUrl = E2E_HUB_ORIGIN;
const codes: Record<string, string> = {};

test.beforeAll(async () => {
  cluster = await startCluster();
  pool = new pg.Pool({ connectionString: await cluster.createDatabase('cohort_e2e'), max: 8 });
  await migrate(pool);
  hub = buildHub({ pool, config: { tls: null, pullLimit: 2000 } });
  await hub.listen({ host: '127.0.0.1', port: E2E_HUB_PORT });
  // The agency as the hub's admin set it up: two units with a caseworker each.
  const admin = new SimDesk(hubUrl);
  await admin.enrol((await addPerson(pool, { name: 'Setup', role: 'lead' })).code);
  const north = record('units', { name: 'Intake North' });
  const south = record('units', { name: 'Intake South' });
  const ana = record('caseworkers', { name: 'Ana North', unitId: north.id });
  const ben = record('caseworkers', { name: 'Ben South', unitId: south.id });
  for (const [t, r] of [
    ['units', north],
    ['units', south],
    ['caseworkers', ana],
    ['caseworkers', ben],
  ] as const) {
    admin.write(t, r.id, r.values);
  }
  await admin.push();
  codes.north = (
    await addPerson(pool, { name: 'Nia Supervisor', role: 'supervisor', unitIds: [north.id] })
  ).code;
  codes.south = (
    await addPerson(pool, { name: 'Sol Supervisor', role: 'supervisor', unitIds: [south.id] })
  ).code;
  codes.lead = (await addPerson(pool, { name: 'Lee Lead', role: 'lead' })).code;
});

test.afterAll(async () => {
  await hub?.close();
  await pool?.end();
  cluster?.stop();
});

async function desk(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(`${E2E_TODAY}T09:30:00`) });
  await startEmpty(page);
  return page;
}

async function connect(page: Page, code: string): Promise<void> {
  await goTo(page, 'Settings');
  const section = page.getByRole('region', { name: 'Agency hub' });
  await section.getByLabel('Hub address').fill(hubUrl);
  await section.getByLabel('Enrolment code').fill(code);
  await section.getByRole('button', { name: 'Connect' }).click();
  await expect(section.getByText(/This desk syncs with/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agency hub: Synced' })).toBeVisible({ timeout: 20_000 });
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Agency hub:/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Agency hub' });
  await dialog.getByRole('button', { name: 'Sync now' }).click();
  await expect(dialog.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  await expect(dialog.getByText(/Last synced/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Agency hub: Synced' })).toBeVisible();
}

async function logObservation(page: Page, worker: string, note: string): Promise<void> {
  await goTo(page, 'Coaching');
  await page.getByRole('link', { name: 'New entry' }).click();
  await page.getByLabel('Kind').selectOption('observation');
  await pick(page, 'Caseworker', worker);
  await page.getByLabel('Observations').fill(note);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText(`Observation with ${worker} saved.`)).toBeVisible();
}

async function rosterNames(page: Page): Promise<void> {
  await goTo(page, 'Roster');
  await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
}

test('two supervisors and a lead sync through the agency hub; each supervisor sees only their unit', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const north = await desk(browser);
  const south = await desk(browser);
  const lead = await desk(browser);

  await connect(north, codes.north!);
  await expectAccessible(north, 'settings with the agency hub');
  await connect(south, codes.south!);
  await logObservation(north, 'Ana North', 'Opened the case in the new tool before the visit.');
  await logObservation(south, 'Ben South', 'Wrote the visit note on site.');
  await syncNow(north);
  await syncNow(south);

  await connect(lead, codes.lead!);
  await rosterNames(lead);
  await expect(lead.getByRole('cell', { name: 'Ana North', exact: true })).toBeVisible();
  await expect(lead.getByRole('cell', { name: 'Ben South', exact: true })).toBeVisible();
  await goTo(lead, 'Coaching');
  await expect(lead.getByRole('row').filter({ hasText: 'Ana North' })).toHaveCount(1);
  await expect(lead.getByRole('row').filter({ hasText: 'Ben South' })).toHaveCount(1);
  await goTo(lead, 'Dashboard');
  const unitFilter = lead.getByLabel('Unit', { exact: true });
  await expect(unitFilter.locator('option', { hasText: 'Intake North' })).toHaveCount(1);
  await expect(unitFilter.locator('option', { hasText: 'Intake South' })).toHaveCount(1);

  await syncNow(north);
  await rosterNames(north);
  await expect(north.getByRole('cell', { name: 'Ana North', exact: true })).toBeVisible();
  await expect(north.getByRole('cell', { name: 'Ben South', exact: true })).toHaveCount(0);
  await goTo(north, 'Coaching');
  await expect(north.getByRole('row').filter({ hasText: 'Ben South' })).toHaveCount(0);
  await rosterNames(south);
  await expect(south.getByRole('cell', { name: 'Ana North', exact: true })).toHaveCount(0);
  await expect(south.getByRole('cell', { name: 'Ben South', exact: true })).toBeVisible();

  // The page can reach its hub and nothing else: the CSP blocks any other origin, even on this computer.
  const blocked = await north.evaluate(
    async (other) => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
          once: true,
        }),
      );
      await fetch(other).catch(() => undefined);
      const giveUp = new Promise<string>((resolve) => setTimeout(() => resolve('none'), 5000));
      return Promise.race([violation, giveUp]);
    },
    `http://127.0.0.1:${E2E_HUB_PORT + 1}/v1/health`,
  );
  expect(blocked).toBe('connect-src');

  // The hub's audit holds each push: who, when, how many records.
  const audit = await pool.query('SELECT count(*)::int AS n FROM pushes WHERE records > 0');
  expect(audit.rows[0].n).toBeGreaterThanOrEqual(3);
});
