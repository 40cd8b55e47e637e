import { expect, expectAccessible, goTo, pick, startEmpty, test } from './support';

test('create a unit and a caseworker, fix bad input, edit, deactivate, delete and restore from Trash', async ({
  page,
}) => {
  await startEmpty(page);
  await goTo(page, 'Roster');
  await expect(page.getByRole('heading', { name: 'No caseworkers yet' })).toBeVisible();

  // A unit first.
  await page.getByRole('link', { name: 'Units' }).click();
  await page.getByRole('button', { name: 'Add unit' }).click();
  const unitDialog = page.getByRole('dialog', { name: 'Add a unit' });
  await unitDialog.getByRole('button', { name: 'Add unit' }).click();
  await expect(unitDialog.getByText('Name is required')).toBeVisible();
  await unitDialog.getByLabel('Unit name').fill('Intake North');
  await unitDialog.getByLabel('Supervisor').fill('Dana Whitfield');
  await unitDialog.getByRole('button', { name: 'Add unit' }).click();
  await expect(page.getByRole('cell', { name: 'Intake North', exact: true })).toBeVisible();
  await expectAccessible(page, 'units');

  // A caseworker, with a missing name and a negative caseload refused first.
  await page.getByRole('link', { name: 'Caseworkers' }).click();
  await page.getByRole('button', { name: 'Add caseworker' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a caseworker' });
  await dialog.getByLabel('Active caseload').fill('-4');
  await dialog.getByRole('button', { name: 'Add caseworker' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await expect(
    dialog
      .getByText('Active caseload cannot be negative')
      .or(dialog.getByText('Caseload cannot be negative')),
  ).toBeVisible();
  await dialog.getByLabel('Name').fill('Nguyễn Thị Ánh');
  await dialog.getByLabel('Unit').selectOption({ label: 'Intake North' });
  // The roster has no roles yet: a new one is added on purpose, from the picker's last row.
  await pick(dialog, 'Role', 'Intake specialist', 'Add “Intake specialist” as a new role');
  await expect(dialog.getByRole('combobox', { name: 'Role', exact: true })).toHaveValue('Intake specialist');
  await dialog.getByLabel('Active caseload').fill('17');
  await expectAccessible(page, 'caseworker form');
  await dialog.getByRole('button', { name: 'Add caseworker' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /Nguyễn Thị Ánh/ });
  await expect(row).toContainText('Intake North');
  await expect(row).toContainText('17');
  await expectAccessible(page, 'roster');

  // Edit.
  await page.getByRole('button', { name: 'Edit Nguyễn Thị Ánh' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Nguyễn Thị Ánh' });
  await edit.getByLabel('Active caseload').fill('21');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('row', { name: /Nguyễn Thị Ánh/ })).toContainText('21');

  // Search finds her without accents.
  await page.getByLabel('Search').fill('nguyen');
  await expect(page.getByText('Showing 1 of 1 caseworkers.')).toBeVisible();
  await page.getByLabel('Search').fill('');

  // Deactivate hides her from the current roster; "Everyone" shows her as left.
  await page.getByRole('button', { name: 'Deactivate Nguyễn Thị Ánh' }).click();
  await expect(page.getByText('Showing 0 of 1 caseworkers.')).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Everyone' });
  await expect(page.getByRole('row', { name: /Nguyễn Thị Ánh/ })).toContainText('Left');
  await page.getByRole('button', { name: 'Reactivate Nguyễn Thị Ánh' }).click();
  await expect(page.getByRole('row', { name: /Nguyễn Thị Ánh/ })).toContainText('Active');

  // Delete to Trash and restore.
  await page.getByRole('button', { name: 'Delete Nguyễn Thị Ánh' }).click();
  await expect(page.getByRole('row', { name: /Nguyễn Thị Ánh/ })).toHaveCount(0);
  await goTo(page, 'Trash');
  await expect(page.getByRole('cell', { name: 'Nguyễn Thị Ánh', exact: true })).toBeVisible();
  await expectAccessible(page, 'trash');
  await page.getByRole('button', { name: 'Restore Nguyễn Thị Ánh' }).click();
  await expect(page.getByRole('heading', { name: 'Trash is empty' })).toBeVisible();
  await goTo(page, 'Roster');
  await expect(page.getByRole('row', { name: /Nguyễn Thị Ánh/ })).toBeVisible();
});

test('rollouts: the tool brief is saved, a target before the start is refused, and one rollout is current', async ({
  page,
}) => {
  await startEmpty(page);
  await goTo(page, 'Rollouts');
  await page.getByRole('button', { name: 'Add rollout' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a rollout' });
  await dialog.getByLabel('Name of the technology').fill('MobileCase');
  await dialog.getByLabel('Start date').fill('2026-05-01');
  await dialog.getByLabel('Target date').fill('2026-04-01');
  await dialog.getByLabel('Where is the tool?').fill('The MobileCase icon on every agency phone.');
  await dialog.getByRole('button', { name: 'Add rollout' }).click();
  await expect(dialog.getByText('Target date cannot be before the start date')).toBeVisible();
  await dialog.getByLabel('Target date').fill('2026-09-30');
  await dialog.getByRole('button', { name: 'Add rollout' }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole('region', { name: /MobileCase/ });
  await expect(card).toContainText('Current rollout');
  await expect(card).toContainText('The MobileCase icon on every agency phone.');
  await expect(page.getByRole('banner', { name: 'Current rollout' })).toContainText('MobileCase');
  await expectAccessible(page, 'rollouts');
});

test('settings: thresholds are validated and the role is remembered', async ({ page }) => {
  await startEmpty(page);
  await goTo(page, 'Settings');
  await page.getByLabel('Heckler up to readiness').fill('85');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText(/heckler threshold must be below the cheerleader threshold/)).toBeVisible();
  await page.getByLabel('Heckler up to readiness').fill('35');
  await page.getByLabel('Your role').selectOption('lead');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your role')).toHaveValue('lead');
  await expect(page.getByLabel('Heckler up to readiness')).toHaveValue('35');
  await expectAccessible(page, 'settings');
  await goTo(page, 'Home');
  await expect(page.getByRole('link', { name: 'Rollout dashboard' })).toBeVisible();
});
