import { expect, expectAccessible, goTo, openDemo, test } from './support';

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
  for (const title of charts) {
    const card = page.getByRole('region', { name: title });
    await expect(card).toBeVisible();
    // Each chart is drawn (bars, lines or dots) and described in words.
    await expect(card.getByRole('img', { name: title })).toBeVisible();
    await expect(card.locator('svg .recharts-layer').first()).toBeAttached();
  }
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
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Intake North' });
  await expect(funnel.getByText(/^Of \d+ caseworkers? in scope/)).toHaveText(narrowed ?? '');
  await page
    .getByRole('region', { name: 'Mastery by wave' })
    .getByText('Practicing', { exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mastery by wave: Practicing');
  await expect(page.getByText(/with the dashboard's filters: .*Intake North/)).toBeVisible();
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

  // Drill down from the gaps chart to the list behind it.
  await page
    .getByRole('region', { name: 'Coaching activity by coach' })
    .getByRole('link', { name: 'See the coaching log' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Coaching/);
});
