// Two windows on one workspace: an edit saved in one is never silently undone by an older form in the other.
import type { Page } from '@playwright/test';
import { E2E_TODAY, expect, expectAccessible, goTo, pick, startEmpty, test } from './support';

async function openRoster(page: Page) {
  await goTo(page, 'Roster');
  await expect(page.getByRole('heading', { level: 1, name: /Roster|Caseworkers/ })).toBeVisible();
}

test('two windows editing one caseworker: different fields merge, the same field is refused with a clear message', async ({
  page,
}) => {
  await startEmpty(page);
  await openRoster(page);
  await page.getByRole('button', { name: 'Add caseworker' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add a caseworker' });
  await add.getByLabel('Name').fill('Ana Lopez');
  await add.getByLabel('Active caseload').fill('12');
  await add.getByRole('button', { name: 'Add caseworker' }).click();
  await expect(page.getByRole('row', { name: /Ana Lopez/ })).toContainText('12');

  // A second window on the same database.
  const other = await page.context().newPage();
  await other.clock.install({ time: new Date(`${E2E_TODAY}T09:30:00`) });
  await other.goto('/');
  await openRoster(other);
  await expect(other.getByRole('row', { name: /Ana Lopez/ })).toContainText('12');

  // Both open the same caseworker; the first window saves caseload 99 while the second still shows 12.
  await page.getByRole('button', { name: 'Edit Ana Lopez' }).click();
  await other.getByRole('button', { name: 'Edit Ana Lopez' }).click();
  const first = page.getByRole('dialog', { name: 'Edit Ana Lopez' });
  const second = other.getByRole('dialog', { name: 'Edit Ana Lopez' });
  await first.getByLabel('Active caseload').fill('99');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first).toBeHidden();
  await expect(second.getByLabel('Active caseload')).toHaveValue('12');

  // The second window changes another field: both changes are kept (caseload 99 is not lost).
  await pick(second, 'Role', 'Intake specialist', 'Add “Intake specialist” as a new role');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second).toBeHidden();
  for (const p of [page, other]) {
    const row = p.getByRole('row', { name: /Ana Lopez/ });
    await expect(row).toContainText('99');
    await expect(row).toContainText('Intake specialist');
  }

  // Both change the caseload: the later save is refused, says why, and the earlier value stays.
  await page.getByRole('button', { name: 'Edit Ana Lopez' }).click();
  await other.getByRole('button', { name: 'Edit Ana Lopez' }).click();
  await first.getByLabel('Active caseload').fill('20');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first).toBeHidden();
  await second.getByLabel('Active caseload').fill('30');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    second.getByText('This caseworker was changed elsewhere since you opened it: caseload.', {
      exact: false,
    }),
  ).toBeVisible();
  await expectAccessible(other, 'caseworker form refusing a stale edit');
  await second
    .getByRole('button', { name: /Cancel|Close/ })
    .first()
    .click();
  for (const p of [page, other]) await expect(p.getByRole('row', { name: /Ana Lopez/ })).toContainText('20');
});
