// Mastery end to end (issue 11): a tool-usage file imported moves a caseworker to proficient; a rule edited in
// Settings changes the dashboard's funnel at once; the scorecard shows on the timeline, the cohort page and the
// one-page summary, which still prints on one page. Dates in the usage file are worked out from E2E_TODAY.
import { type Page } from '@playwright/test';
import { E2E_TODAY, expect, expectAccessible, goTo, openDemo, test } from './support';

const DAY = 86_400_000;
/** The `n` working days before E2E_TODAY, oldest first, as YYYY-MM-DD. */
function workingDaysBefore(n: number): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${E2E_TODAY}T00:00:00Z`) - DAY; days.length < n; t -= DAY) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days.reverse();
}

async function openCohort(page: Page, name: string) {
  await goTo(page, 'Cohorts');
  await page.getByRole('region', { name, exact: true }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('importing a tool-usage file moves a caseworker to proficient, and the scorecard shows why', async ({
  page,
}) => {
  await openDemo(page);
  // The cohort page's grid: D'Andre Jackson is rated well but has one recorded day of use.
  await openCohort(page, 'Ongoing Services A');
  const grid = page.getByRole('table', { name: /Mastery scorecards of the members of Ongoing Services A/ });
  const dandre = grid.getByRole('row', { name: /D'Andre Jackson/ });
  await expect(dandre).toContainText('Practicing');
  await expect(dandre).toContainText('Not yet: 1 of 10 days');
  await expect(grid.getByRole('row', { name: /Aisha Bello/ })).toContainText('Mastered');
  await expectAccessible(page, 'cohort scorecards');

  // His timeline: the five components, with what is still missing.
  await dandre.getByRole('link', { name: "D'Andre Jackson" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Timeline of D'Andre Jackson" })).toBeVisible();
  const card = page.getByRole('region', { name: 'Mastery of MobileCase' });
  const row = (name: string) => card.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(card).toContainText('Next: proficient. Still needed: 9 more days of use.');
  const timeline = page.url();
  await expect(row('Coaching')).toContainText('Met');
  await expect(row('Opportunity')).toContainText('Not yet');
  await expect(row('Opportunity')).toContainText('Tool used on 1 day (coaching 1)');
  await expectAccessible(page, 'timeline with scorecard');

  // The usage log of the last three weeks: his events, an account that is not a caseworker, and a future date.
  const days = workingDaysBefore(15);
  const lines = ['User email,Timestamp,Action'];
  for (const day of days) {
    lines.push(`dandre.jackson@riverbend-hs.example.org,${day}T09:12:00Z,Created a visit note`);
    lines.push(`dandre.jackson@riverbend-hs.example.org,${day}T15:40:00Z,Synced offline notes`);
  }
  lines.push(`it-admin@riverbend-hs.example.org,${days[0] ?? E2E_TODAY} 07:30,Ran the nightly export`);
  lines.push(`dandre.jackson@riverbend-hs.example.org,2999-01-01 10:00,Signed in`);

  await goTo(page, 'Coaching');
  await page.getByRole('link', { name: 'Tool usage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tool usage' })).toBeVisible();
  await expectAccessible(page, 'tool usage');
  await page.getByRole('link', { name: 'Import a usage file' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'mobilecase-audit.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(
    page.getByRole('heading', { name: 'Match the columns of mobilecase-audit.csv' }),
  ).toBeVisible();
  await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Date or time')).toHaveValue('1');
  await expect(page.getByLabel('Action', { exact: true })).toHaveValue('2');
  await page.getByRole('button', { name: 'Check the rows' }).click();

  // Reported by line, unknown users grouped and never guessed; events counted once a day.
  const rejected = page.getByRole('list', { name: 'Rejected rows' });
  await expect(rejected.getByRole('listitem')).toHaveCount(2);
  await expect(rejected).toContainText(/line 32: Unknown user: .*it-admin@riverbend-hs\.example\.org/);
  await expect(rejected).toContainText(/line 33: Date 2999-01-01 is after today/);
  await expect(page.getByRole('list', { name: 'Unknown users' })).toContainText(
    'it-admin@riverbend-hs.example.org',
  );
  await expect(
    page.getByText(/30 of 32 rows are ready .* They make 15 new days of use for 1 caseworker\./),
  ).toBeVisible();
  await expectAccessible(page, 'usage import report');
  await page.getByRole('button', { name: 'Import 15 days of use' }).click();
  await expect(
    page.getByText('15 days of use imported for 1 caseworker; each counts once toward mastery.'),
  ).toBeVisible();

  // Back on his timeline: proficient, the usage days listed.
  await page.goto(timeline);
  await expect(page.getByRole('heading', { level: 1, name: "Timeline of D'Andre Jackson" })).toBeVisible();
  await expect(card.getByText('Proficient', { exact: true })).toBeVisible();
  await expect(row('Opportunity')).toContainText('Tool used on 16 days (coaching 1, usage log 15)');
  await expect(row('Opportunity')).toContainText('Met');
  await expect(card).toContainText('Next: mastered');
  await page.getByRole('button', { name: /^Tool usage \(15\)/ }).click();
  await expect(
    page.getByRole('link', { name: /^Used MobileCase.*: 2 events in the usage log$/ }).first(),
  ).toBeVisible();
});

test('a mastery rule edited in Settings changes the funnel at once; the defaults come back', async ({
  page,
}) => {
  await openDemo(page);
  await goTo(page, 'Dashboard');
  const funnel = page.getByRole('region', { name: 'Progress funnel' });
  const summary = funnel.getByText(/^Of \d+ caseworkers in scope/);
  await expect(summary).toContainText(/\b[3-9] have mastered the tool/);
  const before = (await summary.textContent()) ?? '';

  await goTo(page, 'Settings');
  const rules = page.getByRole('form', { name: 'Mastery rules' });
  await expect(rules.getByRole('region', { name: 'The rules in words' })).toContainText(
    'used the tool on at least 10 days',
  );
  await expectAccessible(page, 'settings with mastery rules');
  const days = rules.getByLabel('Days of tool use for proficient');
  await days.fill('ten');
  await rules.getByRole('button', { name: 'Save the rules' }).click();
  await expect(rules.getByText('Days of tool use for proficient must be a number.')).toBeVisible();
  await days.fill('365');
  await expect(rules.getByRole('region', { name: 'The rules in words' })).toContainText(
    'used the tool on at least 365 days',
  );
  await rules.getByRole('button', { name: 'Save the rules' }).click();
  await expect(page.getByText('Mastery rules saved. Every screen now uses them.')).toBeVisible();

  await goTo(page, 'Dashboard');
  await expect(summary).toContainText('0 proficient or better, and 0 have mastered the tool');

  await goTo(page, 'Settings');
  await page
    .getByRole('form', { name: 'Mastery rules' })
    .getByRole('button', { name: 'Restore the defaults' })
    .click();
  await expect(page.getByText('Default mastery rules restored.')).toBeVisible();
  await expect(
    page.getByRole('form', { name: 'Mastery rules' }).getByLabel('Days of tool use for proficient'),
  ).toHaveValue('10');
  await goTo(page, 'Dashboard');
  await expect(summary).toHaveText(before);
});

test('the one-page coaching summary shows the scorecard and still prints on one page', async ({ page }) => {
  await openDemo(page);
  await goTo(page, 'Reports');
  await page.getByLabel('Find a caseworker').fill('fatima');
  await page.getByRole('link', { name: 'Coaching summary: Fatima Al-Sayed' }).click();
  const mastery = page.getByRole('region', { name: 'Mastery' });
  await expect(mastery).toContainText('Proficient');
  await expect(mastery).toContainText('Next: mastered. Still needed: close the open gap on the tool.');
  await expect(mastery.getByRole('row', { name: /^Time/ })).toContainText('Not yet');
  await expect(page.getByRole('region', { name: 'Readiness' })).toContainText(
    /Readiness \d+ of 100 in (Baseline|Pulse)/,
  );
  await expectAccessible(page, 'summary with scorecard');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages, `pages of the summary on ${format}`).toHaveLength(1);
  }
});
