import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, expectAccessible, goTo, openDemo, test } from './support';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Every piece of text on the page: text nodes (HTML and SVG), form values and attributes people can hear or see. */
async function everythingOnThePage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.textContent ?? '', document.title];
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      'input, textarea, select',
    ))
      parts.push(el.value);
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) parts.push(el.getAttribute(a) ?? '');
    return parts.join('\n');
  });
}

test('presentation mode hides every real name on every screen, in charts and reports, and is undone by the same switch', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openDemo(page);
  await goTo(page, 'Roster');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Everyone' });
  await expect(page.getByRole('table').locator('tbody[aria-busy="true"]')).toHaveCount(0);
  const names = (await page.getByRole('row').getByRole('link').allTextContents()).map((n) => n.trim());
  expect(names.length).toBeGreaterThanOrEqual(25);

  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('Names hidden · read-only')).toBeVisible();
  await expect(page.getByRole('row', { name: /Worker \d+/ }).first()).toBeVisible();

  const screens = [
    '/',
    '/roster',
    '/roster/units',
    '/rollouts',
    '/surveys',
    '/cohorts',
    '/coaching',
    '/gaps',
    '/dashboard',
    '/reports',
    '/settings',
    '/trash',
  ];
  for (const screen of screens) {
    await page.goto(`/#${screen}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(700);
    const text = fold(await everythingOnThePage(page));
    const leaked = names.filter((n) => text.includes(fold(n)));
    expect(leaked, `names visible on ${screen}`).toEqual([]);
  }
  await expectAccessible(page, 'presentation mode');

  // Nothing can be changed while presenting.
  await page.goto('/#/roster');
  await page
    .getByRole('button', { name: /^Edit Worker/ })
    .first()
    .click();
  // Write controls say why they are off before anyone clicks, and a click explains instead of failing.
  const save = page.getByRole('dialog').getByRole('button', { name: 'Save changes' });
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await expect(save).toHaveAttribute('title', /Presentation mode is on, so nothing can be changed/);
  await expect(save).toHaveAccessibleDescription(/Turn presentation mode off/);
  await save.click({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
  // In the messages (the same words also sit, hidden, as the controls' description).
  await expect(
    page
      .getByRole('region', { name: /^Messages/ })
      .getByText(/Presentation mode is on, so nothing can be changed/),
  ).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Add caseworker' }).first()).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  // A backup taken while presenting holds the real names (restored below); CSV exports are refused with a message.
  await page.goto('/#/settings');
  const backupDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up the workspace' }).click();
  const backupPath = testInfo.outputPath('backup-while-presenting.json');
  await (await backupDownload).saveAs(backupPath);
  // The backup is encrypted, so its names are checked by restoring it below.
  const backupText = readFileSync(backupPath, 'utf8');
  expect(backupText).toContain('cohort-coach-encrypted-backup');
  for (const name of names.slice(0, 5)) expect(backupText).not.toContain(name);
  await page.getByRole('button', { name: 'Caseworkers' }).click();
  await expect(page.getByText(/Presentation mode is on, so nothing is exported/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await goTo(page, 'Roster');
  await expect(page.getByRole('row', { name: new RegExp(names[0] ?? 'x') }).first()).toBeVisible();

  // Restoring that backup keeps every real name (it never holds pseudonyms).
  await page.goto('/#/settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toBeVisible();
  const safety = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up my workspace, then replace it' }).click();
  expect((await safety).suggestedFilename()).toMatch(/^cohort-coach-before-restore-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText('The workspace was restored from the backup.')).toBeVisible();
  await goTo(page, 'Roster');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Everyone' });
  // The rows follow the filter a moment after it (drawn in slices, the list busy meanwhile).
  await expect(page.getByRole('table').locator('tbody[aria-busy="true"]')).toHaveCount(0);
  const after = (await page.getByRole('row').getByRole('link').allTextContents()).map((n) => n.trim());
  expect(after.sort()).toEqual([...names].sort());
});
