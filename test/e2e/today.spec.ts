// The supervisor's day: plan a recurring standup, see it on Today and in the calendar, run it, mark a follow-up
// handled, export the calendar and read the .ics back.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { E2E_TODAY, expect, expectAccessible, goTo, openDemo, shownDay, shownWeekday, test } from './support';

test('a supervisor plans a recurring standup, runs it from Today, handles a follow-up and exports the calendar', async ({
  page,
}) => {
  await openDemo(page);
  await goTo(page, 'Calendar');
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expectAccessible(page, 'calendar week');

  // Plan: Ongoing Services A meets every day at 07:30 (every day, so the test holds whatever day it runs).
  await page.getByRole('button', { name: 'Plan a standup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a daily standup' });
  await dialog.getByLabel('Cohort').selectOption({ label: 'Ongoing Services A' });
  await dialog.getByLabel('Time').fill('07:30');
  await dialog.getByRole('checkbox', { name: 'Saturday' }).check();
  await dialog.getByRole('checkbox', { name: 'Sunday' }).check();
  await expectAccessible(page, 'plan a standup');
  await dialog.getByRole('button', { name: 'Plan the standup' }).click();
  await expect(page.getByText('Standup of Ongoing Services A planned.')).toBeVisible();

  // In the calendar: today's column has it, and so does the month.
  const todayColumn = page.getByRole('region', {
    name: `${shownWeekday(E2E_TODAY)}, ${shownDay(E2E_TODAY)}, today`,
    exact: true,
  });
  await expect(todayColumn.getByRole('link', { name: /^07:30 Standup: Ongoing Services A/ })).toBeVisible();
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect(page).toHaveURL(/view=month/);
  const inMonth = page.getByRole('link', { name: /^07:30 Standup: Ongoing Services A/ }).first();
  await expect(inMonth).toBeVisible();
  // A title longer than its day cell ends with an ellipsis inside the cell, never running into the next days.
  const insideItsDay = await inMonth.evaluate((link) => {
    const cell = link.closest('td')?.getBoundingClientRect();
    return cell !== undefined && link.getBoundingClientRect().right <= cell.right + 0.5;
  });
  expect(insideItsDay).toBe(true);
  await expectAccessible(page, 'calendar month');
  // Back returns to the week as it was.
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Week', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(todayColumn.getByRole('link', { name: /^07:30 Standup: Ongoing Services A/ })).toBeVisible();

  // On Today.
  await goTo(page, 'Home');
  const todayPanel = page.getByRole('region', { name: /^Today,/ });
  const planned = todayPanel.getByRole('list', { name: 'Planned for today' });
  const mine = planned.getByRole('listitem').filter({ hasText: '07:30' });
  await expect(mine).toContainText('Standup: Ongoing Services A');
  await expect(mine).toContainText('Not run yet');
  await expectAccessible(page, 'today');

  // Run it: one member did not use the tool yesterday.
  await mine.getByRole('link').click();
  const groups = page.getByRole('group').filter({ has: page.getByRole('checkbox', { name: /is absent$/ }) });
  const first = groups.first();
  const firstName = (await first.getAttribute('aria-label')) ?? '';
  await first.getByRole('radio', { name: /used the tool yesterday: no/ }).check();
  for (let i = 1; i < (await groups.count()); i++)
    await groups
      .nth(i)
      .getByRole('radio', { name: /used the tool yesterday: yes/ })
      .check();
  await page.getByRole('button', { name: 'Save standup' }).click();
  await expect(page.getByRole('region', { name: 'Follow-ups from this standup' })).toContainText(firstName);

  // Back on Today: held, and the follow-up can be marked handled (and undone).
  await goTo(page, 'Home');
  await expect(mine).toContainText('Held');
  const handle = todayPanel.getByRole('button', { name: `Mark the follow-up with ${firstName} handled` });
  await handle.click();
  await expect(page.getByText(`Follow-up with ${firstName} marked handled.`)).toBeVisible();
  await expect(handle).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(handle).toBeVisible();
  await handle.click();
  await expect(handle).toHaveCount(0);

  // Export the calendar; the file is iCalendar with the repeating standup in it.
  await goTo(page, 'Calendar');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Cohort Coach schedule ${E2E_TODAY}.ics`);
  const text = await readFile((await file.path()) ?? '', 'utf8');
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
  const planned730 = events.find(
    (e) => e.summary === 'Standup: Ongoing Services A' && e.startDate.toString().endsWith('T07:30:00'),
  );
  expect(planned730?.isRecurring()).toBe(true);
  const rule = planned730?.component.getFirstPropertyValue('rrule') as ICAL.Recur | undefined;
  expect(rule?.getComponent('byday')).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
  expect(events.some((e) => e.summary.startsWith('Ride-along with '))).toBe(true);
});
