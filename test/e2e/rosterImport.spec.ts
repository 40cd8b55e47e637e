import path from 'node:path';
import { expect, expectAccessible, goTo, startEmpty, test } from './support';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'csv', name);

test('import a roster CSV with bad rows: columns guessed, every bad line reported, good rows written all at once', async ({
  page,
}) => {
  await startEmpty(page);
  await goTo(page, 'Roster');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expectAccessible(page, 'import: choose');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await chooser).setFiles(fixture('roster-with-bad-rows.csv'));

  // The title line above the header is skipped and columns are guessed from HR headers.
  await expect(
    page.getByRole('heading', { name: 'Match the columns of roster-with-bad-rows.csv' }),
  ).toBeVisible();
  await expect(page.getByLabel('Row with the column names')).toHaveValue('1');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Employee ID')).toHaveValue('1');
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('2');
  await expectAccessible(page, 'import: mapping');

  await page.getByRole('button', { name: 'Check the rows' }).click();
  const rejected = page.getByRole('list', { name: 'Rejected rows' });
  await expect(rejected.getByRole('listitem')).toHaveCount(4);
  await expect(rejected).toContainText(/line 8: .*Name/);
  await expect(rejected).toContainText(/line 9: .*Caseload/);
  await expect(rejected).toContainText(/line 11: .*2025-02-30/);
  await expect(rejected).toContainText(/line 13: .*E2003/);
  await expect(page.getByRole('list', { name: 'New units to create' }).getByRole('listitem')).toHaveText([
    'Intake North',
    'CPS Investigations East',
    'Kinship Care',
  ]);
  await expectAccessible(page, 'import: report');

  // Nothing is written before confirming.
  await goTo(page, 'Roster');
  await expect(page.getByRole('heading', { name: 'No caseworkers yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Import CSV' }).first().click();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await again).setFiles(fixture('roster-with-bad-rows.csv'));
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: 'Import 10 caseworkers' }).click();
  await expect(page.getByText(/10 caseworkers added, and 3 new units created/)).toBeVisible();

  await page.getByRole('link', { name: 'See the roster' }).click();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Everyone' });
  await expect(page.getByText('Showing 10 of 10 caseworkers.')).toBeVisible();
  await expect(page.getByRole('row', { name: /O'Brien, Seán|Seán O'Brien/ })).toBeVisible();
  await page.getByRole('link', { name: 'Units' }).click();
  await expect(page.getByRole('cell', { name: 'Kinship Care', exact: true })).toBeVisible();
});

test('files that are not a roster are refused with a clear message and nothing is written', async ({
  page,
}) => {
  await startEmpty(page);
  await goTo(page, 'Roster');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  const cases: Array<[string, Buffer, RegExp]> = [
    ['empty.csv', Buffer.from(''), /empty/i],
    [
      'photo.csv',
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
      ]),
      /not (UTF-8 )?text|binary/i,
    ],
    ['no-names.csv', Buffer.from('Emp ID,Unit,Caseload\nE1,Intake,12\nE2,Intake,14\n'), /Name/],
    ['junk.csv', Buffer.from('x'.repeat(10 * 1024 * 1024)), /./],
  ];
  for (const [name, buffer, message] of cases) {
    const chooser = page.waitForEvent('filechooser');
    await page
      .getByRole('button', { name: /Choose a CSV file…|Choose another file/ })
      .first()
      .click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
    const alert = page.getByRole('alert');
    const mapping = page.getByRole('heading', { name: /Match the columns/ });
    await expect(alert.or(mapping)).toBeVisible();
    if (await mapping.isVisible()) {
      // A file with a header but no name column gets as far as the check, which refuses it.
      await page.getByRole('button', { name: 'Check the rows' }).click();
      await expect(page.getByRole('alert').first()).toContainText(message);
      await expect(page.getByRole('button', { name: /^Import \d+ caseworkers$/ })).toBeDisabled();
      await page.getByRole('button', { name: 'Back to the columns' }).click();
      await page.getByRole('button', { name: 'Choose another file' }).click();
    } else {
      await expect(alert).toContainText(message);
    }
  }
  await goTo(page, 'Roster');
  await expect(page.getByRole('heading', { name: 'No caseworkers yet' })).toBeVisible();
});

test('a large roster imports in one go and the list shows it a page at a time', async ({ page }) => {
  await startEmpty(page);
  await goTo(page, 'Roster');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  const rows = Array.from(
    { length: 250 },
    (_, i) =>
      `Person ${String(i + 1).padStart(3, '0')},E${5000 + i},Unit ${Math.floor(i / 7) + 1},CPS investigator,${10 + (i % 20)}`,
  );
  const csv = ['Employee Name,Emp ID,Unit,Job Title,Active Cases', ...rows].join('\r\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await chooser).setFiles({ name: 'big-roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: 'Import 250 caseworkers' }).click();
  await expect(page.getByText(/250 caseworkers added, and 36 new units created/)).toBeVisible();
  await page.getByRole('link', { name: 'See the roster' }).click();
  await expect(page.getByText('Showing 250 of 250 caseworkers. The first 100 are listed.')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(101);
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await expect(page.getByRole('row')).toHaveCount(201);
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(page.getByRole('row')).toHaveCount(251);
  await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
});
