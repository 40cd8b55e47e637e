import { type Page } from '@playwright/test';
import { E2E_TODAY, expect, expectAccessible, goTo, openDemo, test } from './support';

/**
 * Replaces the browser's print dialog with a counter, so a test can see that Print asked for it, and remembers the
 * page title at that moment (what a browser offers as the PDF's name) and how many charts were drawn then.
 */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      printed: number;
      printedAs: string;
      chartsPrinted: number;
      print: () => void;
    };
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
      w.printedAs = document.title;
      // A chart counts when its body holds a drawn plot (legend icons are Recharts svgs too, so svgs are not counted).
      w.chartsPrinted = [...document.querySelectorAll('.chart-body')].filter((body) =>
        body.querySelector('svg .recharts-layer'),
      ).length;
    };
  });
}
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);
const chartsPrinted = (page: Page) =>
  page.evaluate(() => (window as unknown as { chartsPrinted: number }).chartsPrinted);
const printedAs = (page: Page) => page.evaluate(() => (window as unknown as { printedAs: string }).printedAs);

test('each report opens from the index, prints, exports its data as CSV and is accessible', async ({
  page,
}) => {
  await openDemo(page);
  await goTo(page, 'Reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expectAccessible(page, 'reports index');

  // Caseworker coaching summary, found by an accent-free search.
  await page.getByLabel('Find a caseworker').fill('nguyen');
  await expect(page.getByText('1 caseworker found of 31.')).toBeVisible();
  await page.getByRole('link', { name: 'Coaching summary: Nguyễn Thị Ánh' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Ánh' })).toBeVisible();
  await expect(page.getByText(/^Cohort Coach · Coaching summary/)).toBeVisible();
  for (const part of [
    'Rollout and cohort',
    'Readiness',
    'Mastery',
    'Training attended',
    'Coaching in the last 90 days',
    'Strengths and growth areas',
    'Open action items',
    'Open gaps',
    'Face-to-face visits',
  ])
    await expect(page.getByRole('region', { name: part })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Readiness' })).toContainText(/Readiness \d+ of 100/);
  await expect(page.getByRole('region', { name: 'Face-to-face visits' })).toContainText(/target 95%/);
  await expectAccessible(page, 'caseworker coaching summary');

  await stubPrint(page);
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => printed(page)).toBe(1);
  expect(await printedAs(page)).toBe(`Coaching summary - Nguyễn Thị Ánh - ${E2E_TODAY}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  // Named after what it holds, whose it is and the day.
  expect((await download).suggestedFilename()).toBe(`Coaching summary - Nguyễn Thị Ánh - ${E2E_TODAY}.csv`);

  // In print, the app around the document and the report's own buttons disappear.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Ánh' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Cohort report.
  await page.getByRole('link', { name: 'All reports' }).click();
  await page
    .getByRole('region', { name: 'Cohort reports' })
    .getByRole('link', { name: 'Ongoing Services A' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ongoing Services A' })).toBeVisible();
  const members = page.getByRole('region', { name: 'Members by wave' });
  await expect(members.getByRole('columnheader', { name: 'Mastery' })).toBeVisible();
  await expect(members.getByRole('rowheader').first()).toBeVisible();
  await expect(members.getByRole('columnheader', { name: /^Wave 1/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wave gates' })).toContainText(
    /Wave 1: (Ready|Opened by the coach|Not yet)/,
  );
  await expect(page.getByRole('region', { name: 'Coaches' })).toContainText('Head coach');
  await expect(page.getByRole('region', { name: 'Training sessions' }).getByRole('table')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Daily standups' })).toContainText(/standups? held/);
  await expectAccessible(page, 'cohort report');
  await stubPrint(page);
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => printed(page)).toBe(1);

  // A member's name leads to their summary.
  const first = await members.getByRole('rowheader').first().getByRole('link').textContent();
  await members.getByRole('rowheader').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: first ?? '' })).toBeVisible();

  // Rollout status report: headline numbers, the tool brief and every dashboard chart with its summary.
  await page.getByRole('link', { name: 'All reports' }).click();
  await page.getByRole('link', { name: /^Rollout status report/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'MobileCase field app' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Headline numbers' })).toContainText('Practicing or better');
  await expect(page.getByRole('region', { name: 'Tool brief' })).toBeVisible();
  const chartTitles = [
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
  for (const title of chartTitles) {
    const chart = page.getByRole('region', { name: title });
    await expect(chart.getByRole('img', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Progress funnel' })).toContainText(
    'Of 31 caseworkers in scope',
  );
  await expectAccessible(page, 'rollout status report');
  await stubPrint(page);
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => printed(page)).toBe(1);
  // Charts are drawn as they come near the screen; the printout holds every one, scrolled to or not.
  expect(await chartsPrinted(page)).toBe(chartTitles.length);
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await csv).suggestedFilename()).toBe(
    `Rollout status report - MobileCase field app - ${E2E_TODAY}.csv`,
  );
});
