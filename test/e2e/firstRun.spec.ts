import { expect, expectAccessible, goTo, openDemo, test } from './support';

test('first run offers an empty start or the demo; the demo fills every area and each screen is accessible', async ({
  page,
}) => {
  // Thirteen accessibility scans in one test: a hang guard of its own, never a speed check.
  test.setTimeout(240_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Cohort Coach' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Start empty/ })).toBeVisible();
  await expectAccessible(page, 'welcome');

  await openDemo(page);
  await expect(page.getByText('Current rollout:')).toBeVisible();
  await expect(page.getByText(/active caseworkers/)).toBeVisible();
  await expectAccessible(page, 'home');

  // Each area's screen has exactly one h1, named after the area.
  const areas: Array<[string, RegExp]> = [
    ['Roster', /^Roster$/],
    ['Coaching', /^Coaching/],
    ['Gaps', /^Gaps/],
    ['Rollouts', /^Rollouts$/],
    ['Surveys', /^Survey/],
    ['Cohorts', /^Cohorts/],
    ['Dashboard', /^Dashboard$/],
    ['Reports', /^Reports/],
    ['Settings', /^Settings$/],
    ['Trash', /^Trash$/],
    ['Home', /^Home$/],
  ];
  for (const [link, heading] of areas) {
    await goTo(page, link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expectAccessible(page, link);
  }

  // The demo roster is real data: 25-40 people across units.
  await goTo(page, 'Roster');
  // The caption says "0 of 0" until the roster has loaded: wait for the loaded one before reading it.
  const loaded = page.getByText(/^Showing \d+ of [1-9]\d* caseworkers\.$/);
  await expect(loaded).toBeVisible();
  const caption = await loaded.textContent();
  const total = Number(/of (\d+)/.exec(caption ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(25);
  expect(total).toBeLessThanOrEqual(40);

  // The choice is remembered: reloading goes straight to the workspace.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roster');
});

test('an unknown address says so and leads back home', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start empty/ }).click();
  await page.goto('/#/no-such-place');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
});
