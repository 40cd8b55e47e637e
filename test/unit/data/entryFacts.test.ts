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
import type { CoachingEntry } from '../../../renderer/domain/model';
import { useFreshDb } from './freshDb';

const db = useFreshDb();
const CW = '0b7e9a52-3c1d-4f6e-8a9b-1c2d3e4f5a6b';
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

async function expectFactsAgree() {
  const want = await expectedFromEntries();
  const counts = await rubrics.countRatings();
  expect(new Map([...counts].filter(([, n]) => n > 0))).toEqual(want.rated);
  expect(await facts.rideParts()).toEqual(want.parts);
  expect((await facts.incompleteRides()).map((f) => f.id)).toEqual(want.incomplete);
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

  it('agree with every entry of a demo workspace, and after a backup is restored over other data', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const want = await expectedFromEntries();
    expect(want.rated.size).toBeGreaterThan(0);
    expect(want.parts.pd + want.parts['p-'] + want.parts['-d'] + want.parts['--']).toBeGreaterThan(0);
    await expectFactsAgree();

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
