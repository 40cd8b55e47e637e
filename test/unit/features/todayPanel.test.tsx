// @vitest-environment happy-dom
// The supervisor's Today at agency scale reads through the indexes: the people of the home unit and the names of
// those it shows, never the whole roster, and still names everyone it lists and follows a change of name.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setClockForTests } from '../../../renderer/clock';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { TodayPanel } from '../../../renderer/features/home/TodayPanel';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

const TODAY = '2026-03-18';
const due = (text: string) => ({ id: crypto.randomUUID(), text, ownerId: null, dueDate: TODAY });

describe('Today', () => {
  useFreshDb();
  beforeEach(() => setClockForTests(() => new Date(`${TODAY}T09:00:00`)));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    setClockForTests(null);
  });

  it('lists what is due in my unit with the names of those it shows, reading only their names', async () => {
    const north = await unitRepository.create({ name: 'North' });
    const south = await unitRepository.create({ name: 'South' });
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', unitId: north.id });
    const cyd = await caseworkerRepository.create({ name: 'Cyd Marr', unitId: south.id });
    await caseworkerRepository.create({ name: 'Dee Quiet', unitId: north.id });
    for (const [who, text] of [
      [ana.id, 'Call the family back'],
      [cyd.id, 'Other unit task'],
    ] as const)
      await coachingEntryRepository.create({
        kind: 'observation',
        caseworkerId: who,
        date: '2026-03-02',
        actionItems: [due(text)],
      });
    await coachingEntryRepository.create({
      kind: 'observation',
      caseworkerId: ana.id,
      date: '2026-03-03',
      followUpDate: '2026-03-17',
    });
    await settingsRepository.save({ onboarded: true, role: 'supervisor', homeUnitId: north.id });
    const wholeRoster = vi.spyOn(caseworkerRepository, 'list');
    const named = vi.spyOn(caseworkerRepository, 'getManyLive');

    render(<TodayPanel />);
    const list = await screen.findByRole('list', { name: 'Your unit’s, due today or overdue' });
    expect(within(list).getByRole('link', { name: 'Call the family back' })).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'Follow-up with Ana Lopez' })).toBeTruthy();
    expect(list.textContent).toContain('for Ana Lopez');
    // South's item is not this supervisor's.
    expect(screen.queryByText('Other unit task')).toBeNull();
    expect(wholeRoster).not.toHaveBeenCalled();
    expect(named.mock.calls.map(([ids]) => [...ids])).toContainEqual([ana.id]);
    expect(named.mock.calls.flatMap(([ids]) => [...ids])).not.toContain(cyd.id);

    // A new name is shown as soon as it is saved.
    await act(() => caseworkerRepository.update(ana.id, { name: 'Ana Lopez-Ruiz' }));
    expect(await screen.findByRole('link', { name: 'Follow-up with Ana Lopez-Ruiz' })).toBeTruthy();
  });

  it('with every unit, lists everyone’s items, each named', async () => {
    const north = await unitRepository.create({ name: 'North' });
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', unitId: north.id });
    const cyd = await caseworkerRepository.create({ name: 'Cyd Marr', unitId: null });
    for (const who of [ana.id, cyd.id])
      await coachingEntryRepository.create({
        kind: 'observation',
        caseworkerId: who,
        date: '2026-03-03',
        followUpDate: '2026-03-17',
      });
    await settingsRepository.save({ onboarded: true, role: 'supervisor', homeUnitId: null });

    // An action item owned by someone with no entry of their own: named too.
    const eve = await caseworkerRepository.create({ name: 'Eve Owner', unitId: null });
    await coachingEntryRepository.create({
      kind: 'observation',
      caseworkerId: ana.id,
      date: '2026-03-01',
      actionItems: [{ ...due('Bring the tablets'), ownerId: eve.id }],
    });

    render(<TodayPanel />);
    const list = await screen.findByRole('list', { name: 'Everyone’s, due today or overdue' });
    expect(within(list).getByRole('link', { name: 'Follow-up with Ana Lopez' })).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'Follow-up with Cyd Marr' })).toBeTruthy();
    expect(list.textContent).toContain('owner Eve Owner');
    // A new name is shown as soon as it is saved.
    await act(() => caseworkerRepository.update(cyd.id, { name: 'Cyd Marr-Lee' }));
    expect(await screen.findByRole('link', { name: 'Follow-up with Cyd Marr-Lee' })).toBeTruthy();
  });

  it('lists the ten latest ride-alongs missing a part, and links to the rest', async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', unitId: null });
    for (let day = 1; day <= 12; day++)
      await coachingEntryRepository.create({
        kind: 'ride-along',
        caseworkerId: ana.id,
        date: `2026-03-${String(day).padStart(2, '0')}`,
        debrief: { wentWell: 'Calm.', toChange: '' },
      });
    await settingsRepository.save({ onboarded: true, role: 'supervisor', homeUnitId: null });

    render(<TodayPanel />);
    const rides = (await screen.findByRole('heading', { name: 'Ride-alongs missing a part' })).parentElement!;
    const more = await within(rides).findByRole('link', {
      name: 'and 2 more on the incomplete ride-alongs page',
    });
    expect(more.getAttribute('href')).toMatch(/\/coaching\/ride-alongs$/);
    const shown = within(rides)
      .getAllByRole('link', { name: /^Ana Lopez, / })
      .map((a) => a.textContent);
    expect(shown).toHaveLength(10);
    // Newest first: the 12th to the 3rd.
    expect(shown[0]).toMatch(/Mar 12/);
    expect(shown.at(-1)).toMatch(/Mar 3\b/);
  });
});
