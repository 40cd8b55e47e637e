// Coaching data: saving an entry drops its draft, reminders are marked once, rubric edits version, standups upsert.
import { describe, expect, it } from 'vitest';
import { dueItems } from '../../../renderer/domain/coaching/dueList';
import { defaultRubricInputs } from '../../../renderer/domain/coaching/defaultRubrics';
import {
  coachingEntries,
  markReminded,
  saveEntry,
  setActionItemDone,
} from '../../../renderer/data/coachingRepository';
import { deleteDraft, loadDraft, saveDraft } from '../../../renderer/data/draftRepository';
import { addDefaultRubrics, listRubrics, saveRubricEdit } from '../../../renderer/data/rubricRepository';
import { listStandups, saveStandup } from '../../../renderer/data/standupRepository';
import { useFreshDb } from './freshDb';

const CW = '0b7e9a52-3c1d-4f6e-8a9b-1c2d3e4f5a6b';
const COHORT = '1f0e9d8c-7b6a-4d3c-8b2a-9d8c7b6a5f4e';
const ITEM = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

describe('coaching repositories', () => {
  useFreshDb();

  it('keeps one draft per key and deletes it when the entry is saved', async () => {
    await saveDraft('coaching-entry:new', { kind: 'observation' });
    await saveDraft('coaching-entry:new', { kind: 'ride-along' });
    expect((await loadDraft('coaching-entry:new'))?.payload).toEqual({ kind: 'ride-along' });
    await saveEntry(
      null,
      { kind: 'observation', caseworkerId: CW, date: '2026-03-14' },
      'coaching-entry:new',
    );
    expect(await loadDraft('coaching-entry:new')).toBeUndefined();
    await saveDraft('other', 1);
    await deleteDraft('other');
    expect(await loadDraft('other')).toBeUndefined();
  });

  it('marks a reminder as sent at most once, and marks items done', async () => {
    const entry = await saveEntry(
      null,
      {
        kind: 'observation',
        caseworkerId: CW,
        date: '2026-03-01',
        followUpDate: '2026-03-14',
        actionItems: [{ id: ITEM, text: 'Read the job aid', dueDate: '2026-03-14' }],
      },
      null,
    );
    const due = dueItems([entry], '2026-03-14', 0);
    expect(await markReminded(due, '2026-03-14T09:00:00.000Z')).toHaveLength(2);
    expect(await markReminded(due, '2026-03-14T09:05:00.000Z')).toHaveLength(0);
    const stored = await coachingEntries.get(entry.id);
    expect(stored?.followUpNotifiedAt).toBe('2026-03-14T09:00:00.000Z');
    expect(stored?.actionItems[0]?.notifiedAt).toBe('2026-03-14T09:00:00.000Z');
    await setActionItemDone(entry.id, ITEM, true);
    expect((await coachingEntries.get(entry.id))?.actionItems[0]?.done).toBe(true);
  });

  it('refuses an invalid entry and writes nothing', async () => {
    await expect(
      saveEntry(null, { kind: 'observation', caseworkerId: CW, date: '2026-02-30' }, null),
    ).rejects.toThrow(/Date is not a real calendar date/);
    expect(await coachingEntries.list()).toEqual([]);
  });

  it('edits an unrated rubric in place and a rated one as a new version', async () => {
    expect(await addDefaultRubrics()).toBe(2);
    expect(await addDefaultRubrics()).toBe(0);
    const visit = (await listRubrics()).find((r) => r.purpose === 'visit-quality');
    if (!visit) throw new Error('missing');
    const first = await saveRubricEdit(visit.id, { ...visit, name: 'Visit quality' });
    expect(first.plan.mode).toBe('in-place');
    await saveEntry(
      null,
      {
        kind: 'observation',
        caseworkerId: CW,
        date: '2026-03-14',
        rubricId: visit.id,
        ratings: { safety: 3 },
      },
      null,
    );
    const second = await saveRubricEdit(visit.id, { ...visit, name: 'Visit quality 2026' });
    expect(second.plan).toEqual({ mode: 'new-version', version: 2 });
    const all = await listRubrics();
    expect(all.filter((r) => r.seriesId === visit.seriesId).map((r) => [r.version, r.name])).toEqual([
      [1, 'Visit quality'],
      [2, 'Visit quality 2026'],
    ]);
    expect(defaultRubricInputs(CW, ITEM)).toHaveLength(2);
  });

  it('saves one standup per cohort and date, updating it on a second save', async () => {
    await saveStandup({
      cohortId: COHORT,
      date: '2026-03-14',
      rows: [{ caseworkerId: CW, usedToolYesterday: true }],
    });
    await saveStandup({
      cohortId: COHORT,
      date: '2026-03-14',
      rows: [{ caseworkerId: CW, usedToolYesterday: false }],
    });
    const list = await listStandups(COHORT);
    expect(list).toHaveLength(1);
    expect(list[0]?.rows[0]?.usedToolYesterday).toBe(false);
  });
});
