// A workspace the size of an agency (5,000 caseworkers in 715 cohorts), restored through Settings from a backup
// file, then the two screens people use most with it: the cohort board and the coaching list answer to the
// keyboard and the mouse; then the caseworker picker of a new coaching entry is used by keyboard among the 5,000; then
// the long lists (units, the measures grid, cohort reports, standups, training sessions, the stance mix) are drawn a
// page at a time, and the screens that count by the entry facts (rubrics, incomplete ride-alongs, due list) open.
// No timings are asserted here; speed is measured by `npm run bench:browser`.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { serializeBackup, type Backup } from '../../renderer/domain/backup/parseBackup';
import { agencyData } from '../bench/agencyData';
import { expect, expectAccessible, goTo, startEmpty, test } from './support';

test.setTimeout(300_000);
const slow = { timeout: 120_000 };
// A wave's name ends with its head count, and "Unit 1" is the start of "Unit 10": match the whole name.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wave = (page: Page, title: string, cohort: string) =>
  page.getByRole('group', { name: new RegExp(`^${escape(`${title} of ${cohort}`)} \\(\\d+\\)$`) });

test('restore a 5,000-caseworker workspace, then move people on the cohort board and browse the coaching list by keyboard and mouse', async ({
  page,
}, testInfo) => {
  // 5,000 caseworkers and 715 cohorts as at agency scale; fewer entries and months keep the file small.
  const { data, settings } = agencyData(1, {
    coachingEntries: 20_000,
    responses: 5_000,
    months: 3,
    gaps: 200,
  });
  const file = testInfo.outputPath('agency-backup.json');
  writeFileSync(
    file,
    serializeBackup(
      { ...data, schedules: [], drafts: [] } as Backup['tables'],
      { ...settings, onboarded: true },
      '2026-03-01T12:00:00.000Z',
    ),
  );

  await startEmpty(page);
  await goTo(page, 'Settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(file);
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toBeVisible(slow);
  await expect(preview.getByRole('row', { name: /^Caseworkers 0 5000$/ })).toBeVisible();
  await preview.getByRole('button', { name: 'Restore this backup', exact: true }).click();
  await expect(page.getByText('The workspace was restored from the backup.')).toBeVisible(slow);

  // The cohort board: 715 cohorts, 50 at a time, each drawn as it comes into view.
  await goTo(page, 'Cohorts');
  await expect(page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
  const firstWave = wave(page, 'Wave 1 · assistant coach', 'Unit 1');
  await expect(firstWave).toContainText('Worker 1', slow);

  // Keyboard: pick Worker 1 up by the handle with Space, move down with the arrow keys into wave 2, drop with Space.
  const handle = page.getByRole('button', { name: 'Drag Worker 1', exact: true });
  const target = wave(page, 'Wave 2 · cheerleaders', 'Unit 1');
  // In the middle of the window, so moving down never runs into its edge.
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^(Picked up Worker 1\.|Worker 1 is over )/)).toHaveCount(1);
  // Each Down is one wave later (named steps, not pixels); the live region says which wave is under the person.
  const overWave2 = page.getByText('Worker 1 is over Unit 1, wave 2.');
  const spoken = page.getByText(/^(Picked up Worker 1\.|Worker 1 is over )/);
  for (let i = 0; i < 10 && (await overWave2.count()) === 0; i++) {
    const before = (await spoken.textContent()) ?? '';
    await page.keyboard.press('ArrowDown');
    // Wait until the board has moved the card and the live region has spoken before looking again (a busy machine
    // can take seconds); if the key could not move it yet (the waves not measured), it stays silent: press again.
    await expect(spoken)
      .not.toHaveText(before, { timeout: 15_000 })
      .catch(() => undefined);
  }
  await expect(overWave2).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(page.getByText('Worker 1 moved to Unit 1, wave 2.')).toBeVisible(slow);
  await expect(target).toContainText('Worker 1');

  // Mouse: drag Worker 3 from wave 3 of Unit 1 into wave 4.
  const mouseHandle = page.getByRole('button', { name: 'Drag Worker 3', exact: true });
  const mouseTarget = wave(page, 'Wave 4 · hecklers', 'Unit 1');
  await mouseHandle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const a = await mouseHandle.boundingBox();
  const b = await mouseTarget.boundingBox();
  if (!a || !b) throw new Error('Drag handle or drop zone is not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 20, a.y + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  // As a person does, look where the card is before letting go: the board may still be drawing the last move, so
  // if the live region does not yet say wave 4, measure the wave again and move onto it once more.
  const overWave4 = page.getByText('Worker 3 is over Unit 1, wave 4.');
  for (let i = 0; i < 5 && (await overWave4.count()) === 0; i++) {
    const box = await mouseTarget.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + (i % 2), { steps: 3 });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
  await expect(overWave4).toHaveCount(1);
  await page.mouse.up();
  await expect(page.getByText('Worker 3 moved to Unit 1, wave 4.')).toBeVisible(slow);

  // The board holds 50 cohorts at a time; the next ones are a click away, and one further down is found by name.
  await expect(page.getByText('Showing 50 of 715 cohorts.')).toBeVisible();
  await page.getByRole('button', { name: 'Show 50 more of 665' }).click();
  await expect(page.getByText('Showing 100 of 715 cohorts.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Unit 100', exact: true })).toBeAttached(slow);
  await page.getByRole('searchbox', { name: 'Find a cohort' }).fill('unit 715');
  await expect(page.getByText('Showing 1 of 1 cohort matching “unit 715” (715 in all).')).toBeVisible(slow);
  const last = page.getByRole('region', { name: 'Unit 715', exact: true });
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('combobox', { name: 'Head coach for Unit 715' })).toBeVisible(slow);
  // Its members, with their stance read for this cohort only (not for the whole agency when the board opened).
  await expect(wave(page, 'Wave 1 · assistant coach', 'Unit 715')).toContainText('Worker 4999', slow);
  await expect(last.getByText(/readiness .*\(Baseline\)/).first()).toBeVisible(slow);
  await expect(last.getByText('Loading stance…')).toHaveCount(0);
  await expectAccessible(page, 'cohort board at agency scale');

  // The coaching list: type to search, open an entry with the keyboard, page on with the mouse.
  await goTo(page, 'Coaching');
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching' })).toBeVisible();
  const caption = page.getByRole('table').locator('caption');
  await expect(caption).toContainText('20000 in all', slow);
  await page.getByLabel('Search', { exact: true }).focus();
  await page.keyboard.type('Worker 42');
  await expect(caption).toContainText(/matching entries/);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Worker 42');
  await page.getByLabel('Search', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(caption).toContainText('Showing 100 of 20000');
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit coaching entry' })).toBeVisible(slow);

  // The caseworker picker of a new entry, by keyboard, among 5,000 people: type part of a name, arrow down through
  // the matches, Enter. "Worker 432" matches Worker 432 and Worker 4320 to 4329, listed in that order.
  await goTo(page, 'Coaching');
  await page.getByRole('link', { name: 'New entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New coaching entry' })).toBeVisible(slow);
  const picker = page.getByRole('combobox', { name: 'Caseworker', exact: true });
  await picker.focus();
  await page.keyboard.type('Worker 432');
  const matches = page.getByRole('listbox', { name: 'Caseworker' }).getByRole('option');
  await expect(matches.first()).toContainText('Worker 432', slow);
  await expect(page.getByRole('listbox', { name: 'Caseworker' })).toContainText('Worker 4329');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue('Worker 4320');
  await expect(page.getByRole('listbox', { name: 'Caseworker' })).toBeHidden();
  // Opened with nothing typed, the list holds a hundred people, the chosen one first, and says how to find the rest.
  await page.getByRole('button', { name: 'Show all Caseworker' }).click();
  await expect(matches.first()).toContainText('Worker 4320', slow);
  await expect(page.getByRole('status').filter({ hasText: 'of 5,000 shown' })).toHaveText(
    '100 of 5,000 shown: type more of the name to narrow the list.',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Caseworker' })).toBeHidden();
  await expect(picker).toHaveValue('Worker 4320');
  // Scanned closed: while a React Aria combobox is open it hides the rest of the page from screen readers with
  // aria-hidden by design (adobe/react-spectrum#4937), which axe reports as aria-hidden-focus.
  await expectAccessible(page, 'coaching form at agency scale');

  // The units of an agency (715): a hundred rows at a time, the rest a button away.
  await goTo(page, 'Roster');
  await page
    .getByRole('navigation', { name: 'Roster sections' })
    .getByRole('link', { name: 'Units' })
    .click();
  const units = page.getByRole('table');
  await expect(units.getByText('Showing 715 of 715 units. The first 100 are listed.')).toBeVisible(slow);
  await expect(units.getByRole('row')).toHaveCount(101);
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await expect(units.getByRole('row')).toHaveCount(201);
  await page.getByLabel('Search units').fill('Unit 715');
  await expect(units.getByRole('row', { name: /^Unit 715 / })).toBeVisible();
  await expectAccessible(page, 'units at agency scale');

  // A month of measures for 5,000 people: a hundred rows at a time; typing in a row shown after "Show more" keeps it.
  await goTo(page, 'Gaps');
  await page.getByRole('link', { name: 'Monthly measures' }).click();
  const grid = page.getByRole('table');
  await expect(page.getByText(/^Showing 100 of 5,?000 caseworkers\./)).toBeVisible(slow);
  await expect(grid.getByRole('row')).toHaveCount(101);
  await page.getByRole('button', { name: /^Show 100 more of 4,?900$/ }).click();
  await expect(grid.getByRole('row')).toHaveCount(201);
  const lastShown = grid.getByRole('row').nth(200).getByRole('textbox').first();
  await lastShown.fill('12');
  await expect(lastShown).toHaveValue('12');
  await expect(page.getByText(/^Showing 200 of 5,?000 caseworkers\./)).toBeVisible();
  await expectAccessible(page, 'measures grid at agency scale');

  // The 715 cohorts are listed 50 at a time in the reports index and on the standups screen.
  await goTo(page, 'Reports');
  const cohortReports = page.getByRole('region', { name: 'Cohort reports' });
  await expect(cohortReports.getByRole('link')).toHaveCount(50, slow);
  await cohortReports.getByRole('button', { name: /^Show 50 more of 665$/ }).click();
  await expect(cohortReports.getByRole('link')).toHaveCount(100);
  await expectAccessible(page, 'reports index at agency scale');
  await goTo(page, 'Coaching');
  await page.getByRole('link', { name: 'Standups', exact: true }).click();
  const standupTable = page.getByRole('table', { name: '715 cohorts' });
  await expect(standupTable.getByRole('row')).toHaveCount(51, slow);
  await page.getByRole('button', { name: /^Show 50 more of 665$/ }).click();
  await expect(standupTable.getByRole('row')).toHaveCount(101);
  await expectAccessible(page, 'standups at agency scale');

  // Proposing again compares 715 cohorts: the changes are drawn 25 at a time, each still applied on its own.
  await goTo(page, 'Cohorts');
  await page.getByRole('link', { name: 'Propose', exact: true }).click();
  await expect(page.getByText('Compared with your saved cohorts')).toBeVisible(slow);
  const applyButtons = page.getByRole('button', { name: /^(Apply to|Add) / });
  await expect(applyButtons).toHaveCount(25);
  await page.getByRole('button', { name: /^Show 25 more of \d+$/ }).click();
  await expect(applyButtons).toHaveCount(50);
  await expectAccessible(page, 'proposal at agency scale');

  // A training session per cohort: 715 rows, 50 at a time.
  await page
    .getByRole('navigation', { name: 'Cohort sections' })
    .getByRole('link', { name: 'Training', exact: true })
    .click();
  const sessions = page.getByRole('table', { name: /^715 sessions for / });
  await expect(sessions.getByRole('row')).toHaveCount(51, slow);
  await page.getByRole('button', { name: /^Show 50 more of 665$/ }).click();
  await expect(sessions.getByRole('row')).toHaveCount(101);
  await expectAccessible(page, 'training sessions at agency scale');

  // The stance mix of 715 units, 50 at a time, the agency row last.
  await goTo(page, 'Surveys');
  const mix = page.getByRole('region', { name: 'Stance mix by unit' });
  await expect(mix.getByRole('row')).toHaveCount(52, slow);
  await expect(mix.getByRole('row').last()).toContainText('5000');
  await mix.getByRole('button', { name: /^Show 50 more of \d+$/ }).click();
  await expect(mix.getByRole('row')).toHaveCount(102);
  await expectAccessible(page, 'survey results at agency scale');

  // Counted and listed from the entry facts built by the restore: rated rubrics, incomplete ride-alongs, the due list.
  await goTo(page, 'Coaching');
  const coachingSections = page.getByRole('navigation', { name: 'Coaching sections' });
  await coachingSections.getByRole('link', { name: 'Rubrics' }).click();
  await expect(page.getByText(/ [1-9]\d* entries rated on this version/).first()).toBeVisible(slow);
  await coachingSections.getByRole('link', { name: 'Incomplete ride-alongs' }).click();
  const incomplete = page.getByRole('table', { name: /^[1-9]\d* incomplete ride-alongs, newest first\./ });
  await expect(incomplete).toBeVisible(slow);
  await expect(page.getByText(/^of [1-9]\d* ride-alongs have both a prep and a debrief/)).toBeVisible();
  await expectAccessible(page, 'incomplete ride-alongs at agency scale');
  await coachingSections.getByRole('link', { name: 'Due list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Due list' })).toBeVisible(slow);
  await expectAccessible(page, 'due list at agency scale');
});
