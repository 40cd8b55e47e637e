import { type Page } from '@playwright/test';
import path from 'node:path';
import { defaultInstrumentInput } from '../../renderer/domain/survey/defaultInstrument';
import { expect, expectAccessible, goTo, openDemo, pick, test } from './support';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'csv', name);
const items = defaultInstrumentInput('00000000-0000-4000-8000-000000000001').items;

/** Browser-mode reminders (due coaching items in the demo) float over the top right; dismiss them whenever they appear. */
async function dismissReminders(page: Page): Promise<void> {
  const region = page.getByRole('region', { name: 'Reminders' });
  await page.addLocatorHandler(region, async () => {
    const buttons = region.getByRole('button', { name: /^Dismiss/ });
    while ((await buttons.count()) > 0) await buttons.first().click();
  });
}

/** Answers every required question: 'keen' gives the most ready answers (tech: smartphone and tablet), 'doubtful' the least. */
async function answerEveryQuestion(page: Page, mood: 'keen' | 'doubtful'): Promise<void> {
  const keen = mood === 'keen';
  for (const item of items) {
    if (item.optional) continue;
    const group = page.getByRole('group', { name: item.text });
    if (item.kind === 'multi') {
      await group.getByRole('checkbox', { name: keen ? 'A smartphone' : 'None of these' }).check();
      if (keen) await group.getByRole('checkbox', { name: 'A tablet' }).check();
    } else if (item.kind === 'single') {
      const habit = keen
        ? 'I type them in the field on a phone, tablet or laptop'
        : 'I write them by hand, then type them up later';
      await group.getByRole('radio', { name: habit }).check();
    } else {
      const answer =
        item.id === 'liking-technology'
          ? keen
            ? 'Very much'
            : 'Not at all'
          : item.reverse === keen
            ? 'Strongly disagree'
            : 'Strongly agree';
      await group.getByRole('radio', { name: answer, exact: true }).check();
    }
  }
}

async function surveyTab(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Survey sections' })
    .getByRole('link', { name, exact: true })
    .click();
}

test('kiosk mode: needs a PIN, shows only one survey, survives a reload, and ends only with the right PIN', async ({
  page,
}) => {
  await openDemo(page);
  await dismissReminders(page);
  await goTo(page, 'Surveys');
  await surveyTab(page, 'Enter answers');
  await pick(page, 'Caseworker', 'bjorn', 'Björn Eriksson');

  // Without a PIN, kiosk mode explains itself and points to Settings.
  await expect(page.getByText('Kiosk mode needs a supervisor PIN')).toBeVisible();
  await expectAccessible(page, 'enter answers');
  await page.getByRole('link', { name: 'Set a PIN in Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Set the PIN' }).click();
  await expect(page.getByText('A PIN has 6 to 12 digits.')).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('246813');
  await page.getByLabel('Repeat the PIN').fill('246813');
  await page.getByRole('button', { name: 'Set the PIN' }).click();
  await expect(page.getByText('PIN is set')).toBeVisible();
  await expectAccessible(page, 'settings with kiosk PIN');

  // Hand the computer over.
  await goTo(page, 'Surveys');
  await surveyTab(page, 'Enter answers');
  await pick(page, 'Caseworker', 'eriksson', 'Björn Eriksson');
  await page.getByRole('button', { name: 'Hand over in kiosk mode' }).click();
  const kiosk = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1, name: 'Technology readiness survey' })).toBeVisible();
  await expect(kiosk).toContainText('These questions are for Björn Eriksson');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Roster' })).toHaveCount(0);
  await expectAccessible(page, 'kiosk survey');

  // Other addresses and a reload lead back to the same survey.
  await page.goto('/#/roster');
  await expect(page.getByRole('heading', { level: 1, name: 'Technology readiness survey' })).toBeVisible();
  await expect(page).toHaveURL(/#\/kiosk$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Technology readiness survey' })).toBeVisible();
  await expect(page.getByText('These questions are for Björn Eriksson')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  // Sending nothing names the questions still to answer.
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByText('17 answers need attention')).toBeVisible();
  await expect(
    page.getByRole('button', {
      name: /Question 2 \(“How much do you like using technology\?”\) needs an answer/,
    }),
  ).toBeVisible();

  await answerEveryQuestion(page, 'keen');
  await page
    .getByRole('group', { name: 'I want to use the new tool in my work.' })
    .getByRole('radio', { name: '2 - A little true' })
    .check();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, Björn!' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectAccessible(page, 'kiosk thank-you');

  // A wrong PIN says so and keeps the lock; the right one ends it and shows the result with its explanation.
  await page.getByRole('button', { name: 'Supervisor: end kiosk mode' }).click();
  await page.getByLabel('Supervisor PIN').fill('135792');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That PIN is not right. Kiosk mode stays on.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await page.getByLabel('Supervisor PIN').fill('246813');
  await page.getByRole('button', { name: 'Unlock' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Björn Eriksson' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest stance' });
  await expect(latest).toContainText('Cheerleader');
  // Hand-computed: 16 answers at full marks, personal technology .35 (smartphone .2 + tablet .15): 16.35 / 17 = 96.2.
  await expect(latest).toContainText('Readiness 96 of 100 (cheerleader), from 17 of 17 scored questions.');
  await expect(latest).toContainText(
    'Lowered most by: "Which of these do you use in your own life? Tick all that apply." answered A smartphone, A tablet',
  );
  await expect(page.getByRole('region', { name: 'Adopter category and ADKAR' })).toContainText('Desire');
  await expect(latest).toContainText('(given in kiosk mode)');
  await expectAccessible(page, 'person results');

  // The borrowed words explain themselves: a "What is ADKAR?" popover, closed with Escape, focus back on its button.
  const whatIs = page.getByRole('button', { name: 'What is ADKAR?' });
  await whatIs.click();
  const explanation = page.getByRole('dialog', { name: 'ADKAR' });
  await expect(explanation).toContainText('Awareness of why');
  await expectAccessible(page, 'ADKAR explained');
  await page.keyboard.press('Escape');
  await expect(explanation).toBeHidden();
  await expect(whatIs).toBeFocused();
});

test('compare the two demo rounds and see the conversions, by count and by name', async ({ page }) => {
  await openDemo(page);
  await dismissReminders(page);
  await goTo(page, 'Surveys');
  await expect(page.getByRole('heading', { level: 1, name: 'Survey results' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Whole agency');
  await expectAccessible(page, 'survey results');

  await surveyTab(page, 'Compare rounds');
  await expect(page.getByLabel('Earlier round')).toHaveValue(/.+/);
  await expect(page.getByLabel('Earlier round').locator('option:checked')).toHaveText(/^Baseline survey/);
  await expect(page.getByLabel('Later round').locator('option:checked')).toHaveText(/^Pulse survey/);
  await expect(page.getByRole('heading', { name: 'From Baseline survey to Pulse survey' })).toBeVisible();
  const matrix = page.getByRole('table');
  await expect(matrix.getByRole('row')).toHaveCount(4);
  const up = page.getByRole('region', { name: /Moved toward cheerleader/ });
  const upCount = Number(
    (await up.getByRole('heading').textContent())?.match(/\(([\d,]+)\)/)?.[1]?.replaceAll(',', ''),
  );
  expect(upCount).toBeGreaterThan(0);
  await expect(up.getByRole('listitem')).toHaveCount(upCount);
  await expect(up.getByRole('listitem').first()).toContainText(
    /(Heckler|Fence-sitter)\s*to\s*(Fence-sitter|Cheerleader)/,
  );
  await expect(page.getByRole('region', { name: /Moved back/ })).toBeVisible();
  await expectAccessible(page, 'compare rounds');

  // The same round twice compares nothing; the pair the other way round reverses every move.
  const earlier = page.getByLabel('Earlier round');
  const later = page.getByLabel('Later round');
  const baseline = (await earlier.locator('option:checked').textContent()) ?? '';
  const pulse = (await later.locator('option:checked').textContent()) ?? '';
  await earlier.selectOption({ label: pulse });
  await expect(page.getByText('Choose two different rounds to compare.')).toBeVisible();
  await later.selectOption({ label: baseline });
  await expect(page.getByRole('heading', { name: 'From Pulse survey to Baseline survey' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Moved back/ }).getByRole('heading')).toHaveText(
    `Moved back (${String(upCount)})`,
  );
  await later.selectOption({ label: pulse });
  await earlier.selectOption({ label: baseline });
  await expect(page.getByRole('heading', { name: 'From Baseline survey to Pulse survey' })).toBeVisible();

  // The same person's history shows the move.
  const firstName = (await up.getByRole('link').first().textContent()) ?? '';
  await up.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Across rounds' })).toContainText('Up from');
});

test('import a responses CSV with bad rows: each bad row reported, good rows written at once, then replace or keep', async ({
  page,
}) => {
  await openDemo(page);
  await dismissReminders(page);
  await goTo(page, 'Surveys');
  await surveyTab(page, 'Rounds');
  await page.getByRole('button', { name: 'Open a round' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a survey round' });
  await dialog.getByLabel('Name').fill('Spring pulse');
  await expectAccessible(page, 'open a round');
  await dialog.getByRole('button', { name: 'Open round' }).click();
  await expect(page.getByRole('row', { name: /Spring pulse/ })).toContainText('0 of 31');
  await expectAccessible(page, 'rounds');

  await page.getByRole('link', { name: 'Import answers into Spring pulse' }).click();
  await expect(page.getByLabel('Import into round').locator('option:checked')).toHaveText(/^Spring pulse/);
  await expectAccessible(page, 'import answers');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await chooser).setFiles(fixture('survey-responses-with-bad-rows.csv'));
  await expect(
    page.getByRole('heading', { name: 'Match the columns of survey-responses-with-bad-rows.csv' }),
  ).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('2');
  await expect(page.getByLabel('Answered on')).toHaveValue('0');
  await expectAccessible(page, 'import answers: mapping');

  await page.getByRole('button', { name: 'Check the rows' }).click();
  const rejected = page.getByRole('list', { name: 'Rejected rows' });
  await expect(rejected.getByRole('listitem')).toHaveCount(3);
  await expect(rejected).toContainText(
    "line 4: Unknown caseworker: nobody in the roster matches the name 'Pat Nobody'",
  );
  await expect(rejected).toContainText(
    "line 5: Question 2 (“How much do you like using technology?”) '7' is outside the 1 to 5 scale",
  );
  await expect(rejected).toContainText('line 6: Same caseworker Jordan Whitfield as line 2');
  await expectAccessible(page, 'import answers: report');
  await page.getByRole('button', { name: 'Import 3 survey responses' }).click();
  await expect(page.getByText('3 responses imported into Spring pulse.')).toBeVisible();

  // The same file again: everyone in it already answered, so the import asks replace or keep.
  await page.getByRole('button', { name: 'Import another file' }).click();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await (await again).setFiles(fixture('survey-responses-with-bad-rows.csv'));
  await page.getByRole('button', { name: 'Check the rows' }).click();
  const choice = page.getByRole('group', { name: '3 people in this file already answered Spring pulse' });
  await expect(choice).toContainText('Jordan Whitfield, Grace Kim, Fatima Al-Sayed');
  await expect(choice.getByRole('radio', { name: /Keep their earlier answers/ })).toBeChecked();
  await choice.getByRole('radio', { name: /Replace them/ }).check();
  await expectAccessible(page, 'import answers: replace or keep');
  await page.getByRole('button', { name: 'Import 3 survey responses' }).click();
  await expect(
    page.getByText('3 responses imported into Spring pulse; 3 earlier responses replaced (now in Trash).'),
  ).toBeVisible();

  await surveyTab(page, 'Rounds');
  await expect(page.getByRole('row', { name: /Spring pulse/ })).toContainText('3 of 31');
});

test('every survey screen is usable by keyboard and passes axe: people, questions (reorder, new version)', async ({
  page,
}) => {
  await openDemo(page);
  await dismissReminders(page);
  await goTo(page, 'Surveys');
  await surveyTab(page, 'People');
  await page.getByLabel('Stance', { exact: true }).selectOption({ label: 'Hecklers' });
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Heckler');
  await expectAccessible(page, 'people');

  await surveyTab(page, 'Questions');
  await expect(page.getByText('Version 1 has answers from 51 responses')).toBeVisible();
  await expectAccessible(page, 'questions');
  // Reorder by keyboard: focus stays on the moved question's button.
  await page.getByRole('button', { name: 'Move question 2 down' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move question 3 down' })).toBeFocused();
  await page.getByRole('button', { name: 'Edit question 3' }).click();
  await page.getByLabel('Question 3 text').fill('How much do you enjoy using technology?');
  await page.getByLabel('Weight').selectOption('2');
  await expectAccessible(page, 'question editor');
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(page.getByText(/Saved as version 2\. Earlier answers keep version 1/)).toBeVisible();
  await expect(page.getByText('Nobody has answered version 2 yet')).toBeVisible();
  await expect(
    page.getByText('Earlier versions, kept for the answers given on them: version 1 (51 responses).'),
  ).toBeVisible();
});

test("the supervisor's form checks every answer and asks before replacing someone's earlier answers", async ({
  page,
}) => {
  await openDemo(page);
  await dismissReminders(page);
  await goTo(page, 'Surveys');
  await surveyTab(page, 'Enter answers');
  await expect(page.getByLabel('Survey round').locator('option:checked')).toHaveText(/^Pulse survey/);
  // Someone who already answered the pulse round.
  await page.getByRole('button', { name: 'Show all Caseworker' }).click();
  const answered = page
    .getByRole('listbox', { name: 'Caseworker' })
    .getByRole('option')
    .filter({ hasText: '· answered' })
    .first();
  const name = await answered.evaluate(
    (el) =>
      document.getElementById(el.getAttribute('aria-labelledby')?.split(' ')[0] ?? '')?.textContent ?? '',
  );
  await answered.click();
  await expect(page.getByRole('combobox', { name: 'Caseworker', exact: true })).toHaveValue(name);
  await expect(page.getByText(`${name} already answered Pulse survey on`)).toBeVisible();

  // A missing answer is named; then every answer is given.
  await answerEveryQuestion(page, 'doubtful');
  await page.getByLabel('Answered on').fill('');
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByText('Answered on must be a date like 2026-03-14')).toBeVisible();
  await page.getByLabel('Answered on').fill('2026-01-15');
  await page.getByRole('button', { name: 'Save answers' }).click();
  const dialog = page.getByRole('dialog', { name: `${name} already answered this round` });
  await expect(dialog).toContainText('Replace them with the answers you just typed, or keep them?');
  await expectAccessible(page, 'replace or keep');
  await dialog.getByRole('button', { name: 'Replace with the new answers' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest stance' });
  // Hand-computed: every scored answer at its least ready, so readiness 0.
  await expect(latest).toContainText('Heckler');
  await expect(latest).toContainText('Readiness 0 of 100 (heckler), from 17 of 17 scored questions.');
  await expect(latest).toContainText('(typed in by a supervisor)');
});

test('the results at the next visit are the answers as they are, after a new answer too', async ({
  page,
}) => {
  await openDemo(page);
  await dismissReminders(page);
  await goTo(page, 'Surveys');
  const notSurveyed = page.getByRole('heading', { level: 2, name: /^Not yet surveyed \(\d+\)$/ });
  const before = Number((await notSurveyed.textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(before).toBeGreaterThan(0);

  // The next start: what the results showed last (nothing was written since), not "as of" an earlier moment.
  await page.reload();
  await expect(notSurveyed).toHaveText(`Not yet surveyed (${String(before)})`);
  await expect(page.getByText(/^Figures as of /)).toHaveCount(0);

  // Someone not yet surveyed answers: the results count them at once, and at the next start.
  const name =
    (await page
      .getByRole('region', { name: /^Not yet surveyed/ })
      .getByRole('listitem')
      .getByRole('link')
      .first()
      .textContent()) ?? '';
  await surveyTab(page, 'Enter answers');
  await pick(page, 'Caseworker', name);
  await answerEveryQuestion(page, 'keen');
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await goTo(page, 'Surveys');
  await expect(notSurveyed).toHaveText(`Not yet surveyed (${String(before - 1)})`);
  await page.reload();
  await expect(notSurveyed).toHaveText(`Not yet surveyed (${String(before - 1)})`);
  await expect(page.getByText(/^Figures as of /)).toHaveCount(0);
  await expectAccessible(page, 'survey results at the next visit');
});
