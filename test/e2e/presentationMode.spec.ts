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
}) => {
  test.setTimeout(180_000);
  await openDemo(page);
  await goTo(page, 'Roster');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Everyone' });
  const names = (await page.getByRole('row').locator('td:first-child strong').allTextContents()).map((n) =>
    n.trim(),
  );
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
  await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('dialog').getByText(/Presentation mode is on/)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.getByRole('row', { name: new RegExp(names[0] ?? 'x') }).first()).toBeVisible();
});
