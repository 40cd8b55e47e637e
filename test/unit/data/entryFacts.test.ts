// The entry facts (rated entries per rubric, the parts of live ride-alongs) are kept by the middleware chain with every
// write of a coaching entry, so the rubrics screen and the incomplete ride-alongs read an index, never every entry.
// Checked here against the entries themselves after each kind of write: save, edit, Trash, back from Trash, purge,
// a whole demo workspace, a backup restored over other data, and a restore that fails.
import { describe, expect, it } from 'vitest';
import { backupRepository, parseBackup } from '../../../renderer/data/backup';
import { coachingEntryRepository as entries } from '../../../renderer/data/coachingRepository';
import { entryFactsRepository as facts } from '../../../renderer/data/entryFactsRepository';
import { caseworkerRepository as caseworkers } from '../../../renderer/data/rosterRepository';
import { rubricRepository as rubrics } from '../../../renderer/data/rubricRepository';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { repository } from '../../../renderer/data/repository';
import { partRecorded, incompleteRideAlongs } from '../../../renderer/domain/coaching/rideAlongs';
import { caseworkerFactsFrom } from '../../../renderer/domain/coaching/entryFacts';
import { dueItems } from '../../../renderer/domain/coaching/dueList';
import { addDays } from '../../../renderer/domain/coaching/calendar';
import { buildToday, DUE_HORIZON_DAYS, RIDE_ALONG_DAYS } from '../../../renderer/domain/home/buildToday';
import { scheduleRepository } from '../../../renderer/data/scheduleRepository';
import type { CoachingEntry } from '../../../renderer/domain/model';
import { useFreshDb } from './freshDb';

const db = useFreshDb();
const CW = '0b7e9a52-3c1d-4f6e-8a9b-1c2d3e4f5a6b';
const ITEM = '5d6e7f80-1a2b-4c3d-9e8f-0a1b2c3d4e5f';
const prep = { goals: 'Ask about the new intake screen', infoToGather: '', toolPlan: '' };
const debrief = { wentWell: 'Used the screen unprompted', toChange: '' };

async function aRubric() {
  return rubrics.createFromDraft({
    name: 'Visit quality',
    purpose: 'visit-quality',
    criteria: [{ id: 'safety', name: 'Safety', descriptors: ['a', 'b', 'c', 'd'] }],
  });
}

/** The figures the facts must give, computed the slow way: from every entry. */
async function expectedFromEntries() {
  const all = (await db().coachingEntries.toArray()) as CoachingEntry[];
  const rated = new Map<string, number>();
  for (const e of all)
    if (e.rubricId && Object.keys(e.ratings).length > 0)
      rated.set(e.rubricId, (rated.get(e.rubricId) ?? 0) + 1);
  const rides = all.filter((e) => e.deletedAt === null && e.kind === 'ride-along');
  return {
    rated,
    parts: {
      pd: rides.filter((e) => partRecorded(e, 'prep') && partRecorded(e, 'debrief')).length,
      'p-': rides.filter((e) => partRecorded(e, 'prep') && !partRecorded(e, 'debrief')).length,
      '-d': rides.filter((e) => !partRecorded(e, 'prep') && partRecorded(e, 'debrief')).length,
      '--': rides.filter((e) => !partRecorded(e, 'prep') && !partRecorded(e, 'debrief')).length,
    },
    incomplete: incompleteRideAlongs(all).map((e) => e.id),
  };
}

/** The due list as the screen reads it (the candidates by index) and as every entry gives it, for a few days. */
async function expectDueAgrees() {
  const all = (await db().coachingEntries.toArray()) as CoachingEntry[];
  for (const today of ['2026-01-15', '2026-03-18', '2026-04-30']) {
    const until = addDays(today, 7);
    const due = await entries.dueCandidates(until);
    const keys = dueItems(due.entries, today, 7, due.latest).map((i) => i.key);
    expect(keys, today).toEqual(dueItems(all, today, 7).map((i) => i.key));
  }
  // And the caseworker facts are what all their entries say.
  const people = new Set(all.map((e) => e.caseworkerId));
  const stored = await db().table('caseworkerFacts').toArray();
  const counted = [...people].flatMap((id) => {
    const facts = caseworkerFactsFrom(
      id,
      all.filter((e) => e.caseworkerId === id),
    );
    return facts ? [facts] : [];
  });
  const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(stored)).toEqual(byId(counted));
}

async function expectFactsAgree() {
  await expectDueAgrees();
  const want = await expectedFromEntries();
  const counts = await rubrics.countRatings();
  expect(new Map([...counts].filter(([, n]) => n > 0))).toEqual(want.rated);
  expect(await facts.rideParts()).toEqual(want.parts);
  expect((await facts.incompleteRides()).map((f) => f.id)).toEqual(want.incomplete);
  expect(await facts.liveEntries()).toBe(await entries.count());
}

describe('entry facts', () => {
  it('follow an entry through save, edit, Trash, back from Trash and purge', async () => {
    const rubric = await aRubric();
    const rated = await entries.create({
      kind: 'ride-along',
      caseworkerId: CW,
      date: '2026-03-02',
      rubricId: rubric.id,
      ratings: { safety: 3 },
      prep,
    });
    // Named a rubric but rated nothing: not a rating.
    await entries.create({ kind: 'observation', caseworkerId: CW, date: '2026-03-03', rubricId: rubric.id });
    expect((await rubrics.countRatings()).get(rubric.id)).toBe(1);
    expect(await facts.rideParts()).toEqual({ pd: 0, 'p-': 1, '-d': 0, '--': 0 });
    expect((await facts.incompleteRides()).map((f) => f.id)).toEqual([rated.id]);

    await entries.update(rated.id, { debrief });
    expect(await facts.rideParts()).toEqual({ pd: 1, 'p-': 0, '-d': 0, '--': 0 });
    expect(await facts.incompleteRides()).toEqual([]);

    // In Trash: no longer a ride-along to complete, still a rating that keeps the rubric from being edited in place.
    await entries.remove(rated.id);
    expect(await facts.rideParts()).toEqual({ pd: 0, 'p-': 0, '-d': 0, '--': 0 });
    expect((await rubrics.countRatings()).get(rubric.id)).toBe(1);
    await entries.restore(rated.id);
    expect(await facts.rideParts()).toEqual({ pd: 1, 'p-': 0, '-d': 0, '--': 0 });

    await entries.update(rated.id, { ratings: {} });
    expect((await rubrics.countRatings()).get(rubric.id)).toBe(0);
    await expectFactsAgree();

    await repository('coachingEntries').purge(rated.id);
    expect(await facts.rideParts()).toEqual({ pd: 0, 'p-': 0, '-d': 0, '--': 0 });
    expect(await db().table('entryFacts').count()).toBe(0);
  });

  it('give the due list every entry gives, through follow-ups met, Trash, edits and done action items', async () => {
    const ana = await caseworkers.create({ name: 'Ana Lopez' });
    const first = await entries.create({
      kind: 'observation',
      caseworkerId: ana.id,
      date: '2026-03-02',
      followUpDate: '2026-03-09',
      actionItems: [
        { id: ITEM, text: 'Book the visit', owner: '', ownerId: null, dueDate: '2026-03-16', done: false },
      ],
    });
    await expectDueAgrees();
    const keysOn = async (today: string) => {
      const due = await entries.dueCandidates(addDays(today, 7));
      return dueItems(due.entries, today, 7, due.latest).map((i) => i.key);
    };
    expect(await keysOn('2026-03-10')).toEqual([`follow-up:${first.id}`, `action:${first.id}:${ITEM}`]);

    // A later entry meets the follow-up; in Trash it no longer does; back, it does again.
    const later = await entries.create({ kind: 'one-to-one', caseworkerId: ana.id, date: '2026-03-05' });
    expect(await keysOn('2026-03-10')).toEqual([`action:${first.id}:${ITEM}`]);
    await entries.remove(later.id);
    expect(await keysOn('2026-03-10')).toEqual([`follow-up:${first.id}`, `action:${first.id}:${ITEM}`]);
    await entries.restore(later.id);
    await expectDueAgrees();
    // The later entry moved before the first: the follow-up is open again.
    await entries.update(later.id, { date: '2026-03-01' });
    expect(await keysOn('2026-03-10')).toEqual([`follow-up:${first.id}`, `action:${first.id}:${ITEM}`]);
    // The action item done: off the list.
    await entries.update(first.id, {
      actionItems: [
        { id: ITEM, text: 'Book the visit', owner: '', ownerId: null, dueDate: '2026-03-16', done: true },
      ],
    });
    expect(await keysOn('2026-03-10')).toEqual([`follow-up:${first.id}`]);
    await repository('coachingEntries').purge(first.id);
    expect(await keysOn('2026-03-10')).toEqual([]);
    await expectDueAgrees();
  });

  it('agree with every entry of a demo workspace, and after a backup is restored over other data', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const want = await expectedFromEntries();
    expect(want.rated.size).toBeGreaterThan(0);
    expect(want.parts.pd + want.parts['p-'] + want.parts['-d'] + want.parts['--']).toBeGreaterThan(0);
    await expectFactsAgree();

    // Today, built from the entries it reads by index, is Today built from every entry.
    for (const today of ['2026-03-02', '2026-03-18']) {
      const ws = await scheduleRepository.workspace();
      const all = await entries.list();
      const some = await entries.forToday(
        addDays(today, DUE_HORIZON_DAYS),
        addDays(today, -RIDE_ALONG_DAYS),
        today,
      );
      expect(some.entries.length).toBeLessThan(all.length);
      const input = { ...ws, today, homeUnitId: null, meCoachId: null };
      const fromAll = buildToday({ ...input, entries: all });
      expect(fromAll.dueNow.unit.length + fromAll.incompleteRideAlongs.length, today).toBeGreaterThan(0);
      expect(buildToday({ ...input, entries: some.entries, latestEntryDates: some.latest })).toEqual(fromAll);
    }

    const parsed = parseBackup(await backupRepository.export());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    // Other data in between: an extra incomplete ride-along, and one of the demo's entries in Trash.
    await entries.create({ kind: 'ride-along', caseworkerId: CW, date: '2026-03-17' });
    const someone = (await entries.list())[0];
    if (!someone) throw new Error('no entries');
    await entries.remove(someone.id);
    expect((await facts.incompleteRides()).map((f) => f.id)).not.toEqual(want.incomplete);

    await backupRepository.restore(parsed.backup);
    await expectFactsAgree();
    expect((await facts.incompleteRides()).map((f) => f.id)).toEqual(want.incomplete);
  });

  it('are not written when the write of the entry fails: a cancelled restore leaves them as they were', async () => {
    const rubric = await aRubric();
    const ana = await caseworkers.create({ name: 'Ana Lopez' });
    await entries.create({
      kind: 'ride-along',
      caseworkerId: ana.id,
      date: '2026-03-02',
      rubricId: rubric.id,
      ratings: { safety: 2 },
    });
    const parsed = parseBackup(await backupRepository.export());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const empty = { ...parsed.backup, tables: { ...parsed.backup.tables, coachingEntries: [] } };
    const controller = new AbortController();
    const restoring = backupRepository.restore(empty, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(restoring).rejects.toThrow();
    expect((await rubrics.countRatings()).get(rubric.id)).toBe(1);
    expect(await facts.rideParts()).toEqual({ pd: 0, 'p-': 0, '-d': 0, '--': 1 });
  });
});
