import { type Page } from '@playwright/test';
import { addCaseworker, expect, expectAccessible, goTo, openDemo, startEmpty, test } from './support';

async function chooseRole(page: Page, role: 'supervisor' | 'trainer' | 'lead', unit?: string) {
  await goTo(page, 'Settings');
  await page.getByLabel('Your role').selectOption(role);
  if (unit) await page.getByLabel('Your unit').selectOption({ label: unit });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.').last()).toBeVisible();
  await goTo(page, 'Home');
}

test('each role sees first what it opens the app for', async ({ page }) => {
  await openDemo(page);

  // Supervisor: Today (with what is due, once) and the open gaps of their unit.
  await chooseRole(page, 'supervisor', 'Intake North');
  const today = page.getByRole('region', { name: /^Today,/ });
  await expect(today.getByRole('region', { name: 'Due' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Due and overdue' })).toHaveCount(0);
  const gaps = page.getByRole('region', { name: 'Open gaps in Intake North' });
  await expect(gaps).toBeVisible();
  await expectAccessible(page, 'supervisor home');

  // Trainer: survey coverage and where each cohort's waves stand.
  await chooseRole(page, 'trainer');
  const coverage = page.getByRole('region', { name: 'Survey coverage' });
  await expect(coverage).toContainText(/\d+ of \d+ active caseworkers \(\d+%\) answered the latest round/);
  const cohorts = page.getByRole('region', { name: 'Cohorts and waves' });
  await expect(cohorts.getByRole('row')).toHaveCount(6); // header + five demo cohorts
  await expect(cohorts).toContainText(/Wave \d: \d+ of \d+ practicing|Every wave is ready/);
  await expectAccessible(page, 'trainer home');

  // Lead: the headline funnel, linked to the dashboard.
  await chooseRole(page, 'lead');
  const funnel = page.getByRole('region', { name: 'Rollout progress' });
  await expect(funnel.getByRole('row', { name: /^In scope 31/ })).toBeVisible();
  await expect(funnel.getByRole('row', { name: /^Mastered/ })).toBeVisible();
  await expectAccessible(page, 'lead home');
  await funnel.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('an empty workspace shows the first steps, and each ticks itself off as it gets done', async ({
  page,
}) => {
  await startEmpty(page);
  const steps = page.getByRole('region', { name: 'Getting started' });
  await expect(steps).toContainText('0 of 4 done');
  await expect(steps.getByRole('listitem')).toHaveText([
    /Add or import your roster \(to do\)/,
    /Describe the rollout \(to do\)/,
    /Run the adoption survey \(to do\)/,
    /Propose cohorts \(to do\)/,
  ]);
  await expectAccessible(page, 'first steps');

  // Adding one person to the roster ticks the first step off; its link goes away.
  await addCaseworker(page, 'Ingrid Ødegård');
  await goTo(page, 'Home');
  await expect(steps).toContainText('1 of 4 done');
  await expect(steps.getByRole('listitem').first()).toHaveText(/Add or import your roster \(done\)/);
  await expect(steps.getByRole('link', { name: 'Import a roster' })).toHaveCount(0);
  await steps.getByRole('link', { name: 'Describe the rollout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rollouts' })).toBeVisible();
});

test('the lead’s figures at the next start are the workspace’s as it is, after a change too', async ({
  page,
}) => {
  await openDemo(page);
  await chooseRole(page, 'lead');
  const funnel = page.getByRole('region', { name: 'Rollout progress' });
  await expect(funnel.getByRole('row', { name: /^In scope 31/ })).toBeVisible();

  // The next start shows the figures Home last worked out (nothing was written since), then the same from the read.
  await page.reload();
  await expect(funnel.getByRole('row', { name: /^In scope 31/ })).toBeVisible();

  // Someone joins: the figures kept before no longer count, and the next start counts them.
  await addCaseworker(page, 'Ingrid Ødegård');
  await page.reload();
  await goTo(page, 'Home');
  await expect(funnel.getByRole('row', { name: /^In scope 32/ })).toBeVisible();
  await expect(funnel.getByRole('row', { name: /^In scope 31/ })).toHaveCount(0);
});
