// Coaching data: saving an entry drops its draft, reminders are marked once, rubric edits version, standups upsert.
import { describe, expect, it } from 'vitest';
import { dueItems } from '../../../renderer/domain/coaching/dueList';
import { defaultRubricInputs } from '../../../renderer/domain/coaching/defaultRubrics';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { useFreshDb } from './freshDb';
import { draftRepository } from '../../../renderer/data/draftRepository';
import { rubricRepository } from '../../../renderer/data/rubricRepository';
import { standupRepository } from '../../../renderer/data/standupRepository';
import { EditConflictError, type Standup } from '../../../renderer/domain/model';

const CW = '0b7e9a52-3c1d-4f6e-8a9b-1c2d3e4f5a6b';
const COHORT = '1f0e9d8c-7b6a-4d3c-8b2a-9d8c7b6a5f4e';
const ITEM = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

describe('coaching repositories', () => {
  useFreshDb();

  it('keeps one draft per key and deletes it when the entry is saved', async () => {
    await draftRepository.save('coaching-entry:new', { kind: 'observation' });
    await draftRepository.save('coaching-entry:new', { kind: 'ride-along' });
    expect((await draftRepository.load('coaching-entry:new'))?.payload).toEqual({ kind: 'ride-along' });
    await coachingEntryRepository.save(
      { kind: 'observation', caseworkerId: CW, date: '2026-03-14' },
      { opened: null, draftKey: 'coaching-entry:new' },
    );
    expect(await draftRepository.load('coaching-entry:new')).toBeUndefined();
    await draftRepository.save('other', 1);
    await draftRepository.delete('other');
    expect(await draftRepository.load('other')).toBeUndefined();
  });

  it('marks a reminder as sent at most once, and marks items done', async () => {
    const entry = await coachingEntryRepository.save(
      {
        kind: 'observation',
        caseworkerId: CW,
        date: '2026-03-01',
        followUpDate: '2026-03-14',
        actionItems: [{ id: ITEM, text: 'Read the job aid', dueDate: '2026-03-14' }],
      },
      { opened: null, draftKey: null },
    );
    const due = dueItems([entry], '2026-03-14', 0);
    expect(await coachingEntryRepository.markReminded(due, '2026-03-14T09:00:00.000Z')).toHaveLength(2);
    expect(await coachingEntryRepository.markReminded(due, '2026-03-14T09:05:00.000Z')).toHaveLength(0);
    const stored = await coachingEntryRepository.get(entry.id);
    expect(stored?.followUpNotifiedAt).toBe('2026-03-14T09:00:00.000Z');
    expect(stored?.actionItems[0]?.notifiedAt).toBe('2026-03-14T09:00:00.000Z');
    await coachingEntryRepository.setActionItemDone(entry.id, ITEM, true);
    expect((await coachingEntryRepository.get(entry.id))?.actionItems[0]?.done).toBe(true);
  });

  it('refuses an invalid entry and writes nothing', async () => {
    await expect(
      coachingEntryRepository.save(
        { kind: 'observation', caseworkerId: CW, date: '2026-02-30' },
        { opened: null, draftKey: null },
      ),
    ).rejects.toThrow(/Date is not a real calendar date/);
    expect(await coachingEntryRepository.list()).toEqual([]);
  });

  it('edits an unrated rubric in place and a rated one as a new version', async () => {
    expect(await rubricRepository.addDefaults()).toBe(2);
    expect(await rubricRepository.addDefaults()).toBe(0);
    const visit = (await rubricRepository.listByName()).find((r) => r.purpose === 'visit-quality');
    if (!visit) throw new Error('missing');
    const first = await rubricRepository.saveEdit(visit.id, { ...visit, name: 'Visit quality' });
    expect(first.plan.mode).toBe('in-place');
    await coachingEntryRepository.save(
      {
        kind: 'observation',
        caseworkerId: CW,
        date: '2026-03-14',
        rubricId: visit.id,
        ratings: { safety: 3 },
      },
      { opened: null, draftKey: null },
    );
    const second = await rubricRepository.saveEdit(visit.id, { ...visit, name: 'Visit quality 2026' });
    expect(second.plan).toEqual({ mode: 'new-version', version: 2 });
    const all = await rubricRepository.listByName();
    expect(all.filter((r) => r.seriesId === visit.seriesId).map((r) => [r.version, r.name])).toEqual([
      [1, 'Visit quality'],
      [2, 'Visit quality 2026'],
    ]);
    expect(defaultRubricInputs(CW, ITEM)).toHaveLength(2);
  });

  it('saves one standup per cohort and date, updating it on a second save', async () => {
    await standupRepository.save({
      cohortId: COHORT,
      date: '2026-03-14',
      rows: [{ caseworkerId: CW, usedToolYesterday: true }],
    });
    await standupRepository.save({
      cohortId: COHORT,
      date: '2026-03-14',
      rows: [{ caseworkerId: CW, usedToolYesterday: false }],
    });
    const list = await standupRepository.listNewestFirst(COHORT);
    expect(list).toHaveLength(1);
    expect(list[0]?.rows[0]?.usedToolYesterday).toBe(false);
  });

  it("lists the standups of a few or of many cohorts alike (many are read in one pass), without Trash or others'", async () => {
    const cohort = (i: number) => `1f0e9d8c-7b6a-4d3c-8b2a-${String(i).padStart(12, '0')}`;
    const saved: Standup[] = [];
    for (let i = 0; i < 30; i++)
      for (const date of ['2026-03-16', '2026-03-17'])
        saved.push(
          await standupRepository.save({
            cohortId: cohort(i),
            date,
            rows: [{ caseworkerId: CW, usedToolYesterday: i % 2 === 0 }],
          }),
        );
    const trashed = saved[4];
    if (trashed) await standupRepository.remove(trashed.id);
    const many = Array.from({ length: 25 }, (_, i) => cohort(24 - i));
    const few = many.slice(0, 5);
    const expected = (ids: string[]) =>
      saved
        .filter((s) => ids.includes(s.cohortId) && s.id !== trashed?.id)
        .sort((a, b) => a.cohortId.localeCompare(b.cohortId) || a.id.localeCompare(b.id))
        .map((s) => s.id);
    // The read per cohort (a few) and the one pass (many) give the same records in the same order.
    expect((await standupRepository.listOfCohorts(few)).map((s) => s.id)).toEqual(expected(few));
    const all = await standupRepository.listOfCohorts(many);
    expect(all.map((s) => s.id)).toEqual(expected(many));
    expect(all).toHaveLength(49);
  });

  it('refuses to overwrite a standup recorded or changed elsewhere since the form opened it', async () => {
    const input = {
      cohortId: COHORT,
      date: '2026-03-14',
      rows: [{ caseworkerId: CW, usedToolYesterday: true }],
    };
    // Opened with no standup for the day, but another window recorded one meanwhile.
    const recorded = await standupRepository.save(input, null);
    await expect(standupRepository.save({ ...input, rows: [] }, null)).rejects.toThrow(EditConflictError);
    // Opened on the recorded one: changed elsewhere on the same rows, the older form is refused.
    await standupRepository.save(
      { ...input, rows: [{ caseworkerId: CW, usedToolYesterday: false }] },
      recorded,
    );
    await expect(standupRepository.save({ ...input, rows: [] }, recorded)).rejects.toThrow(EditConflictError);
    const list = await standupRepository.listNewestFirst(COHORT);
    expect(list[0]?.rows[0]?.usedToolYesterday).toBe(false);
  });
});
