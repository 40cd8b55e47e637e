// The Units page at parity with the roster (search however a name is typed, sort by any column, deactivate and
// reactivate) and bulk actions on the roster (select by keyboard, all shown, all that match; move to a unit, set the
// status, move to Trash with one Undo for everyone), on a roster imported from a CSV that names each unit's supervisor.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, goTo, startEmpty, test } from './support';

const units = [
  ['Intake North', 'Denise Okafor', 'Intake'],
  ['León Ongoing', "Seán O'Brien", 'Ongoing services'],
  ['Kinship Care', 'Grace Obi', 'Foster care'],
] as const;

async function importRoster(page: Page): Promise<void> {
  // 230 people: 200 in Intake North (more than one page of the roster), 20 in León Ongoing, 10 in Kinship Care.
  const rows = Array.from({ length: 230 }, (_, i) => {
    const [unit, supervisor, area] = units[i < 200 ? 0 : i < 220 ? 1 : 2];
    return `Person ${String(i + 1).padStart(3, '0')},${unit},"${supervisor}",${area},Intake specialist`;
  });
  const csv = ['Employee Name,Unit,Supervisor,Program,Job Title', ...rows].join('\r\n');
  await goTo(page, 'Roster');
  await page.getByRole('link', { name: 'Import CSV' }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await chooser).setFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: 'Import 230 caseworkers' }).click();
  await expect(page.getByText(/230 caseworkers added, and 3 new units created/)).toBeVisible();
}

test('units: the import keeps supervisors; search, sort, deactivate and reactivate a unit', async ({
  page,
}) => {
  await startEmpty(page);
  await importRoster(page);
  await page.getByRole('link', { name: 'See the roster' }).click();
  await page
    .getByRole('navigation', { name: 'Roster sections' })
    .getByRole('link', { name: 'Units' })
    .click();

  const table = page.getByRole('table');
  // The units the import created know who runs them.
  for (const [name, supervisor] of units)
    await expect(table.getByRole('row', { name: new RegExp(name) })).toContainText(supervisor);

  // Search folds accents and apostrophes, across the name and the supervisor.
  const search = page.getByLabel('Search units');
  await search.fill('leon');
  await expect(page.getByText('Showing 1 of 3 units.')).toBeVisible();
  await expect(table.getByRole('row', { name: /León Ongoing/ })).toBeVisible();
  await search.fill('sean obrien');
  await expect(table.getByRole('row', { name: /León Ongoing/ })).toBeVisible();
  await search.fill('');

  // Sort by headcount, largest first: one click ascending, a second descending.
  const headcount = page.getByRole('columnheader', { name: 'Headcount' });
  await headcount.getByRole('button').click();
  await expect(headcount).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('Kinship Care');
  await headcount.getByRole('button').click();
  await expect(headcount).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1)).toContainText('Intake North');
  await expect(table.getByRole('row').nth(1)).toContainText('200');
  await expectAccessible(page, 'units with search and sort');

  // Deactivate Kinship Care: it leaves the active list, its people stay in it, and Undo is offered.
  await page.getByRole('button', { name: 'Deactivate Kinship Care' }).click();
  await expect(page.getByText(/Kinship Care deactivated: .*the 10 people in it stay there/)).toBeVisible();
  await expect(table.getByRole('row', { name: /Kinship Care/ })).toHaveCount(0);
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Deactivated units (1)' });
  const kinship = table.getByRole('row', { name: /Kinship Care/ });
  await expect(kinship).toContainText('Deactivated');
  await expect(kinship).toContainText('10');
  await expectAccessible(page, 'deactivated units');

  // A deactivated unit is not offered for a new person, nor to move people into.
  await page
    .getByRole('navigation', { name: 'Roster sections' })
    .getByRole('link', { name: 'Caseworkers' })
    .click();
  await page.getByRole('button', { name: 'Add caseworker' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a caseworker' });
  const unitOptions = dialog.getByLabel('Unit', { exact: true }).locator('option');
  await expect(unitOptions).toHaveText(['No unit', 'Intake North', 'León Ongoing']);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // The roster's filter still finds the people in it, and says the unit is deactivated.
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Kinship Care (deactivated)' });
  await expect(page.getByText('Showing 10 of 230 caseworkers.')).toBeVisible();

  // Reactivated, it is offered again.
  await page
    .getByRole('navigation', { name: 'Roster sections' })
    .getByRole('link', { name: 'Units' })
    .click();
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'All units' });
  await page.getByRole('button', { name: 'Reactivate Kinship Care' }).click();
  await expect(page.getByText('Kinship Care is active again.')).toBeVisible();
  await expect(table.getByRole('row', { name: /Kinship Care/ })).toContainText('Active');
});

test('roster bulk actions: select by keyboard and all that match, move, set status, Trash with one Undo', async ({
  page,
}) => {
  await startEmpty(page);
  await importRoster(page);
  await page.getByRole('link', { name: 'See the roster' }).click();
  const caption = page.getByRole('table').locator('caption');
  await expect(caption).toContainText('Showing 230 of 230 caseworkers. The first 100 are listed.');

  // Two people ticked from the keyboard: Tab to a box, Space.
  await page.getByRole('checkbox', { name: 'Select Person 001' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Select Person 001' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Select Person 002' }).focus();
  await page.keyboard.press('Space');
  const bar = page.getByRole('region', { name: 'Act on the selected caseworkers' });
  await expect(bar.getByRole('status')).toHaveText('2 selected');
  await expectAccessible(page, 'roster with a selection');

  // Move them to León Ongoing (Kinship Care is offered too; no deactivated unit is).
  await bar.getByLabel('Move to unit').selectOption({ label: 'León Ongoing' });
  await bar.getByRole('button', { name: 'Move 2 people' }).click();
  await expect(page.getByText('2 caseworkers moved to León Ongoing.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Person 001/ })).toContainText('León Ongoing');
  await expect(page.getByRole('row', { name: /Person 002/ })).toContainText('León Ongoing');
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bar).toBeHidden();

  // Everyone shown (the first page), then everyone who matches the search.
  await page.getByLabel('Search', { exact: true }).fill('person');
  await page.getByRole('checkbox', { name: 'Select all caseworkers shown' }).check();
  await expect(bar.getByRole('status')).toHaveText('100 selected');
  await page.getByRole('button', { name: 'Select all 230 that match' }).click();
  await expect(bar.getByRole('status')).toHaveText('230 selected');

  await bar.getByLabel('Set status').selectOption({ label: 'On leave' });
  await bar.getByRole('button', { name: 'Set status of 230 people' }).click();
  await expect(page.getByText('230 caseworkers set to on leave.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Person 050/ })).toContainText('On leave');

  // All to Trash at once; one Undo brings all of them back.
  // Delete moves them to Trash, as a row's Delete does.
  await bar.getByRole('button', { name: 'Delete 230 people' }).click();
  const toast = page.getByText('230 caseworkers moved to Trash.');
  await expect(toast).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No caseworkers yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(caption).toContainText('Showing 230 of 230 caseworkers.');
  await expect(page.getByRole('row', { name: /Person 230/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await page.getByRole('button', { name: 'Show 30 more' }).click();
  await expect(page.getByRole('row', { name: /Person 230/ })).toContainText('On leave');
});
