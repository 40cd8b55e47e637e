// The app lock and encrypted backups, as a supervisor uses them: set a passphrase (the recovery key is shown once),
// lock, see nothing of the workspace, unlock, and restore an encrypted backup that asks for its passphrase.
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, goTo, openDemo, test } from './support';

test('set a passphrase, lock, unlock, and restore an encrypted backup', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await openDemo(page);
  await goTo(page, 'Roster');
  const someone = (await page.getByRole('row').getByRole('link').first().textContent())?.trim() ?? '';
  expect(someone).not.toBe('');

  await page.goto('/#/settings');
  const security = page.getByRole('region', { name: 'Security' });
  await expect(security.getByText('No passphrase')).toBeVisible();
  await security.getByLabel('Passphrase', { exact: true }).fill('short');
  await security.getByRole('button', { name: 'Set the passphrase' }).click();
  await expect(security.getByText(/Use at least 10 characters/)).toBeVisible();
  await security.getByLabel('Passphrase', { exact: true }).fill('maple river lantern');
  await security.getByLabel('Repeat the passphrase').fill('maple river lantern');
  await security.getByRole('button', { name: 'Set the passphrase' }).click();
  const recovery = page.getByRole('dialog', { name: 'Your recovery key' });
  await expect(recovery.getByLabel('Recovery key')).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/, {
    timeout: 60_000,
  });
  await expectAccessible(page, 'recovery key');
  await recovery.getByRole('button', { name: 'I have written it down' }).click();
  await expect(security.getByText('Locked by a passphrase')).toBeVisible();
  await expectAccessible(page, 'settings security');

  // An encrypted backup with its own passphrase, taken now.
  await page.getByLabel('Backup passphrase (optional)').fill('a separate backup phrase');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up the workspace' }).click();
  const backupPath = testInfo.outputPath('encrypted-backup.json');
  await (await download).saveAs(backupPath);
  const file = readFileSync(backupPath, 'utf8');
  expect(file).toContain('cohort-coach-encrypted-backup');
  expect(file).not.toContain(someone);

  // Lock on demand: nothing of the workspace is left in the page.
  await security.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Cohort Coach is locked' })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain(someone);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectAccessible(page, 'lock screen');

  // A reload keeps it locked; a wrong passphrase says so; the right one opens the workspace again.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cohort Coach is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill('maple river lanterns');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That passphrase is not right.')).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Passphrase').fill('maple river lantern');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });

  // The keyboard shortcut locks too.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Cohort Coach is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill('maple river lantern');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });

  // Restore the encrypted backup: it asks for its passphrase, checks the file, and backs up the workspace first.
  await page.goto('/#/settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(backupPath);
  await page.getByLabel('Backup passphrase', { exact: true }).fill('not the phrase');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByText('That backup passphrase is not right.')).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Backup passphrase', { exact: true }).fill('a separate backup phrase');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  const safety = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up my workspace, then replace it' }).click();
  expect(readFileSync(await (await safety).path(), 'utf8')).toContain('cohort-coach-encrypted-backup');
  await expect(page.getByText('The workspace was restored from the backup.')).toBeVisible();
  await goTo(page, 'Roster');
  await expect(page.getByRole('row', { name: new RegExp(someone) }).first()).toBeVisible();
});
