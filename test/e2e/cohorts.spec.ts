import { type Page } from '@playwright/test';
import { expect, expectAccessible, goTo, openDemo, pick, test } from './support';

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const wave = (page: Page, title: string, cohort: string) =>
  page.getByRole('group', { name: `${title} of ${cohort}` });

test('cohort builder: move people by keyboard and mouse, pick a head coach, re-propose, open a gate, print, take attendance', async ({
  page,
}) => {
  await openDemo(page);
  await goTo(page, 'Cohorts');
  await expect(page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
  await expect(card(page, 'Ongoing Services A')).toContainText('Assistant coach: Aisha Bello');
  await expectAccessible(page, 'cohort board');

  // Move by keyboard-friendly form: Hannah Goldberg from Ongoing Services A to Ongoing Services B, wave 3.
  await pick(page, 'Person', 'hannah gold', 'Hannah Goldberg');
  await page.getByLabel('To cohort').selectOption({ label: 'Ongoing Services B (Ongoing case manager)' });
  await page.getByLabel('Wave', { exact: true }).selectOption('3');
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText('Hannah Goldberg moved to Ongoing Services B, wave 3.')).toBeVisible();
  // The card below the first row: its members are drawn as it comes into view.
  await card(page, 'Ongoing Services B').scrollIntoViewIfNeeded();
  await expect(wave(page, 'Wave 3 · fence-sitters and not surveyed', 'Ongoing Services B')).toContainText(
    'Hannah Goldberg',
  );
  await expect(card(page, 'Ongoing Services A')).not.toContainText('Hannah Goldberg');
  await expect(card(page, 'Ongoing Services B')).toContainText('Edited by hand');
  // The chip shows the latest stance with its round, and keeps it after the move.
  await expect(
    wave(page, 'Wave 3 · fence-sitters and not surveyed', 'Ongoing Services B')
      .getByRole('listitem')
      .filter({ hasText: 'Hannah Goldberg' }),
  ).toContainText(/(Cheerleader|Fence-sitter|Heckler), readiness [\d.]+ \((Baseline|Pulse)/);

  // A move into a cohort of another role asks first and says why; keeping them changes nothing.
  await pick(page, 'Person', 'hannah', 'Hannah Goldberg');
  await page.getByLabel('To cohort').selectOption({ label: 'CPS Investigations East (CPS investigator)' });
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Move Hannah Goldberg to a cohort of another role?' });
  await expect(ask).toContainText('Hannah Goldberg’s role is “Ongoing case manager”');
  await expect(ask).toContainText('mixed-roles rule break');
  await expectAccessible(page, 'cross-role move');
  await ask.getByRole('button', { name: 'Keep them where they are' }).click();
  await expect(ask).toBeHidden();
  await expect(card(page, 'CPS Investigations East')).not.toContainText('Hannah Goldberg');

  // Move by mouse: drag Zoë van der Berg from wave 3 up into the empty wave 2 of the same cohort.
  const handle = page.getByRole('button', { name: 'Drag Zoë van der Berg' });
  const target = wave(page, 'Wave 2 · cheerleaders', 'Ongoing Services B');
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Drag handle or drop zone is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y - 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  // Let go once the live region says the card is over wave 2, as a person looks before dropping (measuring the wave
  // again and moving onto it once more if the board was still drawing).
  const overWave2 = page
    .getByRole('status')
    .filter({ hasText: 'Zoë van der Berg is over Ongoing Services B, wave 2.' });
  for (let i = 0; i < 5 && (await overWave2.count()) === 0; i++) {
    const box = await target.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + (i % 2), { steps: 3 });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
  await expect(overWave2).toHaveCount(1);
  await page.mouse.up();
  await expect(target).toContainText('Zoë van der Berg');

  // By keyboard, by named steps: Hannah Goldberg one wave later in the same cohort; the live region says where.
  const hannah = page.getByRole('button', { name: 'Drag Hannah Goldberg' });
  await hannah.focus();
  await page.keyboard.press('Space');
  // The board measures its waves once the card is picked up, and says where the card is once it has: a step pressed
  // before that finds no wave to go to (seen on CI: "Picked up" was said, the step did nothing). Wait for it.
  await expect(
    page.getByRole('status').filter({ hasText: 'Hannah Goldberg is over Ongoing Services B, wave 3.' }),
  ).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('status').filter({ hasText: 'Hannah Goldberg is over Ongoing Services B, wave 4.' }),
  ).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(wave(page, 'Wave 4 · hecklers', 'Ongoing Services B')).toContainText('Hannah Goldberg');

  // Head coach from the coaches list, typed without the accent and chosen at the keyboard (the mouse moved people
  // above). A click on an option failed on a loaded CI machine: the option was found in the whole list shown a moment
  // before the matches, and React Aria closes an open list when the page scrolls, which a click can cause.
  const headCoach = page.getByRole('combobox', { name: 'Head coach for Ongoing Services A', exact: true });
  await pick(page, 'Head coach for Ongoing Services A', 'tomas', /^Tomás Ferreira/);
  await expect(headCoach).toHaveValue('Tomás Ferreira');
  // On a loaded machine the pick may have chosen twice (the name flicked back while the first save landed): each
  // save says so, and the choice above is what counts.
  await expect(page.getByText('Head coach for Ongoing Services A saved.').first()).toBeVisible();

  // Proposing again shows what would change and flags hand edits; nothing is overwritten until applied.
  await page.getByRole('link', { name: 'Propose', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Propose cohorts' })).toBeVisible();
  await expect(page.getByText('Compared with your saved cohorts')).toBeVisible();
  const change = card(page, 'Ongoing Services B');
  await expect(change).toContainText('Edited by hand');
  await expect(change).toContainText(/Leaves\s*Hannah Goldberg/);
  await expectAccessible(page, 'propose');
  await page.getByRole('button', { name: 'Apply to Ongoing Services A' }).click();
  await expect(page.getByText('Ongoing Services A updated from the proposal.')).toBeVisible();
  await page.getByRole('link', { name: 'Cohorts and waves' }).click();
  await expect(card(page, 'Ongoing Services A')).toContainText('Hannah Goldberg');
  await expect(card(page, 'Ongoing Services B')).not.toContainText('Hannah Goldberg');

  // The wave plan: a gate open by mastery, and a closed one opened by the coach with a reason.
  await card(page, 'Ongoing Services A').getByRole('link', { name: 'Ongoing Services A' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ongoing Services A' })).toBeVisible();
  await expect(page.getByText('Gate open: ready to hand over').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Tool brief: MobileCase/ })).toBeVisible();
  // In the demo, Darnell Washington (wave 3 of CPS Investigations East) has not used the tool in the field yet,
  // whatever the date, so that wave's gate is closed until the coach overrides it.
  await page.getByRole('link', { name: 'Cohorts and waves' }).click();
  await card(page, 'CPS Investigations East').getByRole('link', { name: 'CPS Investigations East' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CPS Investigations East' })).toBeVisible();
  const waveNumber = '3';
  await page.getByRole('button', { name: `Override the gate for wave ${waveNumber}` }).click();
  const dialog = page.getByRole('dialog', { name: `Override the gate for wave ${waveNumber}` });
  await dialog.getByRole('button', { name: 'Open the gate' }).click();
  await expect(dialog.getByText('A reason is required to override a gate')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Covered in the catch-up session; coaching continues in the field.');
  await dialog.getByRole('button', { name: 'Open the gate' }).click();
  await expect(dialog).toBeHidden();
  const gate = page.getByRole('region', { name: new RegExp(`^Wave ${waveNumber} ·`) });
  await expect(gate).toContainText('Gate opened by the coach');
  await expect(gate).toContainText('Covered in the catch-up session');
  await expectAccessible(page, 'wave plan');

  // Printable roster.
  await page.getByRole('link', { name: 'Cohorts and waves' }).click();
  await card(page, 'Ongoing Services A').getByRole('link', { name: 'Ongoing Services A' }).click();
  await page.getByRole('link', { name: 'Roster to print or export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roster: Ongoing Services A' })).toBeVisible();
  const roster = page.getByRole('article');
  await expect(roster).toContainText('Tomás Ferreira');
  await expect(roster).toContainText('Aisha Bello');
  await expect(roster).toContainText('Training dates');
  const row = roster.getByRole('row', { name: /Hannah Goldberg/ });
  await expect(row).toContainText('Ongoing case manager');
  await expect(row).toContainText('Ongoing Services A');
  await expect(row).toContainText('Wave 4');
  // Runs in the page: stub the print dialog and count calls (the spec is type-checked without DOM types).
  await page.evaluate(() => {
    const w = globalThis as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print roster' }).click();
  expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);
  await expectAccessible(page, 'printable roster');

  // Training: add a session for one cohort and wave, take attendance.
  await page.getByRole('link', { name: 'Training', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Tool brief: MobileCase/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add training session' }).click();
  const add = page.getByRole('dialog', { name: 'Add a training session' });
  await add.getByLabel('Date').fill('2026-03-02');
  await add.getByLabel('Topic').fill('Catch-up: notes in the field');
  await add.getByLabel('Trainer').fill('Tomás Ferreira');
  await add.getByLabel('For cohort').selectOption({ label: 'Ongoing Services A' });
  await add.getByLabel('For wave').selectOption({ label: 'Wave 4' });
  await add.getByRole('button', { name: 'Add session' }).click();
  const session = page.getByRole('row', { name: /Catch-up: notes in the field/ });
  await expect(session).toContainText('Ongoing Services A, wave 4');
  await expect(session).toContainText(/0 of \d/);
  await session.getByRole('button', { name: /Take attendance for Catch-up/ }).click();
  const attendance = page.getByRole('dialog', { name: 'Attendance: Catch-up: notes in the field' });
  await expect(attendance.getByRole('group', { name: 'Ongoing Services A · wave 4' })).toBeVisible();
  await attendance.getByLabel('Hannah Goldberg').check();
  await expectAccessible(page, 'attendance');
  await attendance.getByRole('button', { name: 'Save attendance' }).click();
  await expect(session).toContainText(/1 of \d/);
  await expectAccessible(page, 'training');
});

test('coaches can be added, and the builder explains what is missing in an empty workspace', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start empty/ }).click();
  await goTo(page, 'Cohorts');
  await expect(page.getByText('No current rollout', { exact: true })).toBeVisible();
  await expect(page.getByText('No one on the roster', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Coaches', exact: true }).click();
  await page.getByRole('button', { name: 'Add coach' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a coach' });
  await dialog.getByRole('button', { name: 'Add coach' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await dialog.getByLabel('Name').fill('Denise Okafor');
  await dialog.getByLabel('Expertise').fill('Intake supervisor; piloted the tool.');
  await dialog.getByRole('button', { name: 'Add coach' }).click();
  await expect(page.getByRole('row', { name: /Denise Okafor/ })).toContainText('piloted the tool');
  await expectAccessible(page, 'coaches');
});
