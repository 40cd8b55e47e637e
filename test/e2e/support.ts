// Shared steps for the end-to-end tests: the fixed clock, first-run choices and the axe-core accessibility scan.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import {
  formatDay,
  formatDayShort,
  formatDayWithWeekday,
  formatMonth,
  formatWeekday,
  setDisplayLocale,
} from '../../renderer/domain/format/format';

/**
 * "Today" for every test: E2E_TODAY (YYYY-MM-DD) when set, else a fixed day, so no test depends on the day it runs.
 * CI runs the suite with another year to prove it. Playwright's clock fixes the page's Date, which the app reads
 * only through renderer/clock.ts; time still flows from there, so timers and debounces behave as usual.
 */
export const E2E_TODAY = process.env.E2E_TODAY ?? '2026-03-18';
if (!/^\d{4}-\d{2}-\d{2}$/.test(E2E_TODAY))
  throw new Error(`E2E_TODAY must look like 2026-03-18, not "${E2E_TODAY}".`);

// The app writes days in the browser's locale, which playwright.config pins to en-US; the tests write them the same
// way with the app's own format module, so a test reads a day as a person sees it.
setDisplayLocale('en-US');
/** A day as the app shows it: "Mar 18, 2026" (`with-weekday`: "Wed, Mar 18, 2026"; `short`: "Mar 18"). */
export const shownDay = (day: string, form: 'day' | 'short' | 'with-weekday' = 'day'): string =>
  form === 'short'
    ? formatDayShort(day)
    : form === 'with-weekday'
      ? formatDayWithWeekday(day)
      : formatDay(day);
/** A month as the app shows it: "March 2026" for 2026-03. */
export const shownMonth = (month: string): string => formatMonth(month);
/** A weekday as the app shows it: "Wednesday". */
export const shownWeekday = (day: string): string => formatWeekday(day);

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.install({ time: new Date(`${E2E_TODAY}T09:30:00`) });
    await use(page);
  },
});
export { expect };

export async function startEmpty(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Start empty/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
}

export async function openDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Open the demo workspace/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible({ timeout: 20_000 });
}

export async function goTo(page: Page, area: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${area}`) })
    .click();
}

/** Fails on any serious or critical WCAG 2.1 A/AA violation, listing what and where. */
/** Adds one person to the roster through its Add caseworker dialog. */
export async function addCaseworker(page: Page, name: string) {
  await goTo(page, 'Roster');
  await page.getByRole('button', { name: 'Add caseworker' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a caseworker' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Add caseworker' }).click();
  await expect(dialog).toBeHidden();
}

export async function expectAccessible(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(report, `accessibility violations on ${context}`).toEqual([]);
}

/**
 * Chooses a person (or a role) in a searchable picker as someone at the keyboard would: type part of the name, then
 * choose the option named `option` (default: what was typed) from the list.
 */
export async function pick(
  scope: Page | Locator,
  label: string,
  typed: string,
  option: string | RegExp = typed,
): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  const page = 'page' in scope ? scope.page() : scope;
  const listbox = page.getByRole('listbox', { name: label });
  const wanted = listbox.getByRole('option', { name: option, exact: typeof option === 'string' }).first();
  // Chosen: the option's name, or what was typed (an option that adds it, "Add “Intake specialist” as a new role").
  const chosen = (value: string) =>
    value === typed || (typeof option === 'string' ? value === option : option.test(value));
  // A person whose list closes under them (React Aria closes an open list when the page scrolls or the screen redraws
  // after a save lands, and puts back the name chosen before) types again: so does this, up to three times.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    // Cleared first: typing the same text again into a field that already holds it would not open the list.
    if (attempt > 0) await box.fill('');
    await box.fill(typed);
    // The list may close under the person before its matches show (a redraw as a save lands): type again.
    const shown = await wanted.waitFor({ state: 'visible', timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (!shown) continue;
    // Arrow down to it and press Enter, as at the keyboard. (A click would first scroll the option into view, and
    // React Aria closes an open combobox list when the page scrolls, putting back the chosen name under the pointer.)
    // The option's id is read without waiting: if the list closed since it was seen, type again.
    const id = await wanted.evaluateAll((options) => options[0]?.id ?? '');
    if (!id) continue;
    let reached = false;
    for (let step = 0; step < 100 && !reached; step += 1) {
      await box.press('ArrowDown');
      if ((await box.getAttribute('aria-activedescendant')) === id) {
        await box.press('Enter');
        reached = true;
      }
      // The list closed under the arrow keys: type again.
      else if ((await box.getAttribute('aria-expanded')) !== 'true') break;
    }
    if (!reached) continue;
    // The choice is saved and drawn again: the name can flick back to the one before while the save lands.
    const settled = await expect
      .poll(async () => chosen(await box.inputValue()), { timeout: 5_000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (settled) return;
  }
  throw new Error(`pick: could not choose the option ${String(option)} in ${label} with the arrow keys`);
}
