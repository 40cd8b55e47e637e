// @vitest-environment happy-dom
// A copy shared by a group of screens (the survey tabs): read once for every screen, again when one of its tables
// changes, not when another table does, and again after presentation mode is switched (forgetSharedReads).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { clearDataKey, setDataKey } from '../../../renderer/data/keySession';
import { forgetSharedReads, sharedRead } from '../../../renderer/data/sharedRead';
import { settingsRead, settingsRepository } from '../../../renderer/data/settingsRepository';
import { useFreshDb } from './freshDb';
import '../features/patientHooks';

const waitUntil = async (done: () => boolean) => {
  for (let i = 0; i < 600 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(done()).toBe(true);
};

describe('sharedRead', () => {
  useFreshDb();
  const unsubscribes: Array<() => void> = [];
  afterEach(() => {
    for (const u of unsubscribes.splice(0)) u();
  });

  it('reads once for every screen, again on a change of its tables only, and after forgetSharedReads', async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    const read = vi.fn(() => caseworkerRepository.list());
    const shared = sharedRead(['caseworkers'], read);
    const seen = () => shared.current().data?.length ?? 0;
    unsubscribes.push(shared.subscribe(() => undefined));
    unsubscribes.push(shared.subscribe(() => undefined));
    await waitUntil(() => seen() === 1);
    expect(read).toHaveBeenCalledTimes(1);
    const first = shared.current();
    // A screen opened later takes the same copy without reading.
    unsubscribes.push(shared.subscribe(() => undefined));
    expect(shared.current()).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);

    // Another table: nothing read again (the change event comes with the commit, before the write resolves).
    await coachingEntryRepository.create({ kind: 'observation', caseworkerId: ana.id, date: '2026-03-02' });
    await caseworkerRepository.list();
    expect(read).toHaveBeenCalledTimes(1);
    expect(shared.current()).toBe(first);

    await caseworkerRepository.create({ name: 'Ben Ode' });
    await waitUntil(() => seen() === 2);
    expect(read).toHaveBeenCalledTimes(2);

    forgetSharedReads();
    await waitUntil(() => read.mock.calls.length === 3 && seen() === 2);
  });

  it('starts reading when warmed, before any screen subscribes, and the screen that subscribes takes that read', async () => {
    await caseworkerRepository.create({ name: 'Ana Lopez' });
    const read = vi.fn(() => caseworkerRepository.list());
    const shared = sharedRead(['caseworkers'], read);
    shared.warm();
    shared.warm();
    expect(read).toHaveBeenCalledTimes(1);
    unsubscribes.push(shared.subscribe(() => undefined));
    await waitUntil(() => shared.current().data?.length === 1);
    expect(read).toHaveBeenCalledTimes(1);
    // Warm while current: nothing is read again.
    shared.warm();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a plain copy (the settings) outlives a lock and a switch of presentation mode; a sealed one is read again', async () => {
    await caseworkerRepository.create({ name: 'Ana Lopez' });
    const readPeople = vi.fn(() => caseworkerRepository.list());
    const readPlain = vi.fn(() => settingsRepository.load());
    const people = sharedRead(['caseworkers'], readPeople);
    const plain = sharedRead(['settings'], readPlain, { plain: true });
    unsubscribes.push(
      people.subscribe(() => undefined),
      plain.subscribe(() => undefined),
    );
    await waitUntil(() => people.current().data !== undefined && plain.current().data !== undefined);
    const kept = plain.current();

    forgetSharedReads();
    clearDataKey();
    setDataKey(new Uint8Array(32).fill(7));
    await waitUntil(() => readPeople.mock.calls.length >= 3 && people.current().data !== undefined);
    expect(plain.current()).toBe(kept);
    expect(readPlain).toHaveBeenCalledTimes(1);
    clearDataKey();

    // It follows its own table still.
    await settingsRepository.save({ role: 'lead' });
    await waitUntil(() => plain.current().data?.role === 'lead');
    expect(readPlain).toHaveBeenCalledTimes(2);
  });

  it('every screen shares one read of the settings, which follows a save', async () => {
    const saved = await settingsRepository.save({ role: 'trainer' });
    settingsRead.forget();
    unsubscribes.push(settingsRead.subscribe(() => undefined));
    await waitUntil(() => settingsRead.current().data?.role === 'trainer');
    const first = settingsRead.current();
    unsubscribes.push(settingsRead.subscribe(() => undefined));
    expect(settingsRead.current()).toBe(first);
    await settingsRepository.save({ role: 'lead', cheerleaderMin: saved.cheerleaderMin });
    await waitUntil(() => settingsRead.current().data?.role === 'lead');
  });
});
