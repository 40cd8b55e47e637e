import { addCaseworker, E2E_TODAY, expect, expectAccessible, goTo, openDemo, test } from './support';

const charts = [
  'Progress funnel',
  'Mastery by wave',
  'Mastery by unit',
  'Stances by unit',
  'Stances over time',
  'Adopters against the Rogers curve',
  'Gap types by unit',
  'Gaps opened by month',
  'Face-to-face visit rate',
  'Coaching activity by coach',
  'Ride-along prep and debrief',
  'Renegade systems seen in the field',
];

test('the dashboard shows every chart with data; filters change them and persist; a drill-down opens the list', async ({
  page,
}) => {
  await openDemo(page);
  await goTo(page, 'Dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The charts in view are drawn at once; one far down the page is drawn when it is scrolled to. Until then its
  // title, summary and links are there (a screen reader reads the summary, not the drawing).
  await expect(
    page.getByRole('region', { name: 'Progress funnel' }).locator('svg .recharts-layer').first(),
  ).toBeAttached();
  const last = page.getByRole('region', { name: 'Renegade systems seen in the field' });
  await expect(last.getByText(/sightings of paper notes/)).toBeAttached();
  await expect(last.getByRole('link', { name: 'See the entries behind this chart' })).toBeAttached();
  await expect(last.locator('svg.recharts-surface')).toHaveCount(0);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('svg .recharts-layer').first()).toBeAttached();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const title of charts) {
    const card = page.getByRole('region', { name: title });
    await card.scrollIntoViewIfNeeded();
    await expect(card).toBeVisible();
    // Each chart is drawn (bars, lines or dots) and described in words.
    await expect(card.getByRole('img', { name: title })).toBeVisible();
    await expect(card.locator('svg .recharts-layer').first()).toBeAttached();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  const funnel = page.getByRole('region', { name: 'Progress funnel' });
  await expect(funnel).toContainText('Of 31 caseworkers in scope');
  await expectAccessible(page, 'dashboard');

  // The numbers behind a chart, as a table.
  await funnel.getByRole('button', { name: 'Show the numbers' }).click();
  await expect(funnel.getByRole('table')).toContainText('Surveyed');

  // A unit filter narrows every chart, and is remembered.
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Intake North' });
  await expect(funnel).not.toContainText('Of 31 caseworkers in scope');
  await expect(
    page.getByRole('region', { name: 'Stances by unit' }).getByText(/Latest stances/),
  ).toBeVisible();
  const narrowed = await funnel.getByText(/^Of \d+ caseworkers? in scope/).textContent();
  await page.reload();
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue(/.+/);
  await expect(funnel.getByText(/^Of \d+ caseworkers? in scope/)).toHaveText(narrowed ?? '');

  // A date range that ends before it starts is pointed out.
  await page.getByLabel('From', { exact: true }).fill('2026-06-01');
  await page.getByLabel('To', { exact: true }).fill('2026-05-01');
  await expect(page.getByText('The end date is before the start date.')).toBeVisible();
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(funnel).toContainText('Of 31 caseworkers in scope');

  // A legend item opens the people it counts, with the dashboard's filters; Back returns to the dashboard as it was.
  // It is a button under the drawing, so the keyboard reaches it too.
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Intake North' });
  await expect(funnel.getByText(/^Of \d+ caseworkers? in scope/)).toHaveText(narrowed ?? '');
  const practicing = page
    .getByRole('region', { name: 'Mastery by wave' })
    .getByRole('list', { name: 'Legend' })
    .getByRole('button', { name: 'Practicing', exact: true });
  await practicing.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mastery by wave: Practicing');
  await expect(
    page
      .getByRole('list', { name: "The dashboard's filters" })
      .getByRole('listitem')
      .filter({ hasText: 'Unit:' }),
  ).toHaveText('Unit: Intake North');
  await expect(page.getByLabel('Mastery level')).toHaveValue('practicing');
  const people = page.getByRole('table');
  await expect(people.getByRole('caption')).toHaveText(/^(1 person|\d+ people): Practicing\.$/);
  const rows = people.getByRole('row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 1; i < count; i++) {
    await expect(rows.nth(i)).toContainText('Intake North');
    await expect(rows.nth(i)).toContainText('Practicing');
  }
  await expectAccessible(page, 'people behind a chart');
  // Narrowing the list to one wave keeps the rest of the question.
  await page.getByLabel('Wave', { exact: true }).selectOption({ label: 'No cohort' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mastery by wave: No cohort · Practicing');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue(/.+/);
  await expect(funnel.getByText(/^Of \d+ caseworkers? in scope/)).toHaveText(narrowed ?? '');
  // The chart's own link opens the same list for every bar, filters kept.
  await page
    .getByRole('region', { name: 'Stances by unit' })
    .getByRole('link', { name: 'See the people behind this chart' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stances by unit: Everyone in scope');
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(funnel.getByText(/^Of \d+ caseworkers? in scope/)).toHaveText(narrowed ?? '');
  // 'See the roster' carries the unit filter to the roster; the main navigation leaves it behind.
  await funnel.getByRole('link', { name: 'See the roster' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue(/.+/);
  await goTo(page, 'Dashboard');
  await expect(funnel.getByText(/^Of \d+ caseworkers? in scope/)).toHaveText(narrowed ?? '');
  await goTo(page, 'Roster');
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('');
  await goTo(page, 'Dashboard');
  await page.getByRole('button', { name: 'Reset filters' }).click();

  // The coaching chart's link opens the entries behind it.
  await page
    .getByRole('region', { name: 'Coaching activity by coach' })
    .getByRole('link', { name: 'See the entries behind this chart' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Coaching activity by coach: Every entry in scope',
  );
  await expect(page.getByRole('table').getByRole('caption')).toHaveText(
    /^\d+ entries: Every entry in scope( \(the first \d+ shown\))?\.$/,
  );
});

test('the dashboard at the next visit shows the workspace as it is, after a change too', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Dashboard');
  const funnel = page.getByRole('region', { name: 'Progress funnel' });
  await expect(funnel).toContainText('Of 31 caseworkers in scope');

  // The next start: the charts kept at the last visit (nothing was written since), filters to choose from included.
  await page.reload();
  await expect(funnel).toContainText('Of 31 caseworkers in scope');
  await expect(page.getByText(/^Figures as of /)).toHaveCount(0);
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Intake North' });
  await expect(funnel).not.toContainText('Of 31 caseworkers in scope');
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(funnel).toContainText('Of 31 caseworkers in scope');

  // Someone joins: the charts kept before no longer count, and the next visit counts them.
  await addCaseworker(page, 'Ingrid Ødegård');
  await page.reload();
  await goTo(page, 'Dashboard');
  await expect(funnel).toContainText('Of 32 caseworkers in scope');
  await expect(page.getByText(/^Figures as of /)).toHaveCount(0);
  await expectAccessible(page, 'dashboard at the next visit');
});

/** The day `months` months before the test's today, as YYYY-MM-DD. */
function monthsBefore(months: number): string {
  const day = new Date(`${E2E_TODAY}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() - months);
  return day.toISOString().slice(0, 10);
}

test('a lead clicks a bar and a legend item and lands on the list behind it, filtered the same way', async ({
  page,
}) => {
  // Bars drawn at once (no grow-in animation), so a click lands on a bar that stays where it is.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDemo(page);
  await goTo(page, 'Settings');
  await page.getByLabel('Your role').selectOption('lead');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.').last()).toBeVisible();
  await goTo(page, 'Dashboard');

  const from = monthsBefore(4);
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Intake North' });
  await page.getByLabel('From', { exact: true }).fill(from);
  const gapsChart = page.getByRole('region', { name: 'Gap types by unit' });
  // Drawn once it is near the screen.
  await gapsChart.scrollIntoViewIfNeeded();
  await expect(gapsChart.getByRole('img', { name: 'Gap types by unit' })).toBeVisible();
  await expect(gapsChart.getByText(/^\d+ gaps?, \d+ still open/)).toBeVisible();

  // A bar of the chart: Recharts draws each segment as a path in the chart's picture; with one unit in scope every
  // drawn segment is Intake North's. Click the middle of the first one drawn.
  const segment = gapsChart.locator('.recharts-bar-rectangle path').first();
  await expect(segment).toBeVisible();
  await segment.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Gap types by unit: Intake North · .+/);
  // The query sits before the hash (the app's hash location keeps it there): read it from the address as a whole.
  await expect(page).toHaveURL(/#\/dashboard\/gaps$/);
  const address = new URL(page.url()).searchParams;
  expect(address.get('from')).toBe(from);
  expect(address.get('unit')).not.toBe('');
  expect(address.get('chart')).toBe('gaps-by-unit');
  const filters = page.getByRole('list', { name: "The dashboard's filters" }).getByRole('listitem');
  await expect(filters.filter({ hasText: 'Unit:' })).toHaveText('Unit: Intake North');
  await expect(filters.filter({ hasText: 'Dates:' })).toContainText(`${from.slice(0, 4)} to today`);
  const unitChoice = page.getByLabel('Unit', { exact: true });
  await expect(unitChoice).toHaveValue(address.get('unit') ?? '');
  await expect(page.getByLabel('Gap type', { exact: true })).toHaveValue(address.get('series') ?? '');
  const gaps = page.getByRole('table');
  await expect(gaps.getByRole('caption')).toHaveText(/^(1 gap|\d+ gaps): Intake North · .+\.$/);
  const rows = gaps.getByRole('row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 1; i < count; i++) await expect(rows.nth(i)).toContainText('Intake North');
  await expectAccessible(page, 'gaps behind a chart');

  // Every type of the unit, by keyboard: the gap-type choice widened to every type.
  await page.getByLabel('Gap type', { exact: true }).selectOption({ label: 'Every type' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gap types by unit: Intake North');

  // Back to the dashboard keeps its filters; so does the browser's Back.
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue(address.get('unit') ?? '');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gap types by unit: Intake North');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue(address.get('unit') ?? '');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);

  // A legend item opens the entries it counts, across every month, with the date filter kept.
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'All units' });
  const rideAlongs = page.getByRole('region', { name: 'Ride-along prep and debrief' });
  await rideAlongs.scrollIntoViewIfNeeded();
  await rideAlongs.getByRole('button', { name: 'No prep', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ride-along prep and debrief: No prep');
  await expect(page).toHaveURL(/#\/dashboard\/entries$/);
  expect(new URL(page.url()).searchParams.get('from')).toBe(from);
  await expect(page.getByLabel('Prep and debrief', { exact: true })).toHaveValue('missingPrep');
  const entries = page.getByRole('table');
  await expect(entries.getByRole('caption')).toHaveText(/^(1 entry|\d+ entries): No prep\.$/);
  const entryRows = entries.getByRole('row');
  const entryCount = await entryRows.count();
  expect(entryCount).toBeGreaterThan(1);
  for (let i = 1; i < entryCount; i++) {
    await expect(entryRows.nth(i)).toContainText('Ride-along');
    await expect(entryRows.nth(i)).toContainText(/no prep/i);
  }
  await expectAccessible(page, 'coaching entries behind a chart');
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('');
});

test('printing the dashboard draws every chart, also those not scrolled to yet', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Dashboard');
  const last = page.getByRole('region', { name: 'Renegade systems seen in the field' });
  await expect(
    page.getByRole('region', { name: 'Progress funnel' }).locator('svg .recharts-layer').first(),
  ).toBeAttached();
  await expect(last.locator('svg.recharts-surface')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  for (const title of charts)
    await expect(
      page.getByRole('region', { name: title }).locator('svg .recharts-layer').first(),
    ).toBeAttached();
  await page.emulateMedia({ media: 'screen' });
});
