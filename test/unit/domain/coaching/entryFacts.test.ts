// Entry facts: what each entry contributes (ratings, ride-along parts, open action items' due dates), and the per
// caseworker facts kept one write at a time, which must always equal the facts counted from all of the person's entries.
import { describe, expect, it } from 'vitest';
import {
  caseworkerFactsFrom,
  countersOf,
  entryFactsOf,
  needsRecount,
  withEntry,
  type CaseworkerFacts,
} from '../../../../renderer/domain/coaching/entryFacts';
import { dueItems, latestEntryDates } from '../../../../renderer/domain/coaching/dueList';
import { seededRandom } from '../../../../renderer/domain/random/seededRandom';
import type { CoachingEntry } from '../../../../renderer/domain/model';

const entry = (over: Partial<CoachingEntry>): CoachingEntry =>
  ({
    id: 'e1',
    kind: 'observation',
    caseworkerId: 'ana',
    date: '2026-03-02',
    rubricId: null,
    ratings: {},
    prep: null,
    debrief: null,
    actionItems: [],
    followUpDate: null,
    deletedAt: null,
    ...over,
  }) as CoachingEntry;

const item = (id: string, dueDate: string | null, done = false) =>
  ({ id, text: 'Call back', owner: '', ownerId: null, dueDate, done, notifiedAt: null }) as const;

describe('facts of one entry', () => {
  it('keeps the due dates of open action items of a live entry, once each, and nothing for done or undated ones', () => {
    const open = entry({
      actionItems: [
        item('a', '2026-03-09'),
        item('b', '2026-03-09'),
        item('c', '2026-03-12', true),
        item('d', null),
      ],
    });
    expect(entryFactsOf(open)).toEqual({ id: 'e1', due: ['2026-03-09'] });
    expect(entryFactsOf({ ...open, deletedAt: '2026-03-10T00:00:00.000Z' })).toBeNull();
    expect(entryFactsOf(entry({ actionItems: [item('c', '2026-03-12', true)] }))).toBeNull();
  });

  it('counts a rating on a rubric only when something was rated, and a live ride-along by its parts', () => {
    expect(countersOf(entry({ rubricId: 'r', ratings: { x: 2 } }))).toEqual(['entries:live', 'rated:r']);
    expect(countersOf(entry({ rubricId: 'r', ratings: {} }))).toEqual(['entries:live']);
    const ride = entry({
      kind: 'ride-along',
      rubricId: 'r',
      ratings: { x: 2 },
      prep: { goals: 'Go', infoToGather: '', toolPlan: '' },
    });
    expect(countersOf(ride)).toEqual(['entries:live', 'rated:r', 'ride:p-']);
    // In Trash: still a rating (it keeps the rubric from being edited in place), no longer a ride-along to complete.
    expect(countersOf({ ...ride, deletedAt: '2026-03-10T00:00:00.000Z' })).toEqual(['rated:r']);
  });

  it('keeps a row for an incomplete live ride-along (its date and when it was recorded), none for a complete one', () => {
    const prep = { goals: 'Go', infoToGather: '', toolPlan: '' };
    const debrief = { wentWell: 'Good', toChange: '' };
    const ride = entry({
      kind: 'ride-along',
      prep,
      createdAt: '2026-03-02T09:00:00.000Z',
    } as Partial<CoachingEntry>);
    expect(entryFactsOf(ride)).toEqual({
      id: 'e1',
      date: '2026-03-02',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    expect(entryFactsOf({ ...ride, debrief })).toBeNull();
  });
});

describe('facts of a caseworker, one write at a time', () => {
  it('follows the latest date: a later entry replaces the follow-ups, one of the same date joins them', () => {
    let facts: CaseworkerFacts | null = null;
    facts = withEntry(facts, entry({ id: 'a', date: '2026-03-02', followUpDate: '2026-03-09' }));
    expect(facts).toEqual({
      id: 'ana',
      latest: '2026-03-02',
      followUps: [{ entryId: 'a', on: '2026-03-09' }],
      followUpOn: ['2026-03-09'],
    });
    facts = withEntry(facts, entry({ id: 'b', date: '2026-03-02', followUpDate: '2026-03-05' }));
    expect(facts?.followUpOn).toEqual(['2026-03-05', '2026-03-09']);
    facts = withEntry(facts, entry({ id: 'c', date: '2026-03-01', followUpDate: '2026-03-03' }));
    expect(facts?.followUps.map((f) => f.entryId)).toEqual(['a', 'b']);
    // A later entry without a follow-up meets every earlier one.
    facts = withEntry(facts, entry({ id: 'd', date: '2026-03-04' }));
    expect(facts).toEqual({ id: 'ana', latest: '2026-03-04', followUps: [], followUpOn: [] });
  });

  it('asks for a recount only when an entry of the latest date leaves it or moves earlier', () => {
    const facts = caseworkerFactsFrom('ana', [entry({ id: 'a', date: '2026-03-04' }), entry({ id: 'b' })]);
    const latest = entry({ id: 'a', date: '2026-03-04' });
    expect(needsRecount(facts, latest, { ...latest, followUpDate: '2026-03-09' })).toBe(false);
    expect(needsRecount(facts, latest, { ...latest, date: '2026-03-06' })).toBe(false);
    expect(needsRecount(facts, latest, { ...latest, date: '2026-03-03' })).toBe(true);
    expect(needsRecount(facts, latest, { ...latest, deletedAt: '2026-03-05T00:00:00.000Z' })).toBe(true);
    expect(needsRecount(facts, latest, { ...latest, caseworkerId: 'ben' })).toBe(true);
    expect(needsRecount(facts, latest, undefined)).toBe(true);
    expect(needsRecount(facts, entry({ id: 'b' }), undefined)).toBe(false);
  });

  it('always equals the facts counted from every entry, over thousands of random writes', () => {
    const rng = seededRandom(15);
    const people = ['ana', 'ben', 'cy'];
    const stored = new Map<string, CoachingEntry>();
    const facts = new Map<string, CaseworkerFacts | null>();
    const day = () => `2026-03-${String(rng.int(1, 9)).padStart(2, '0')}`;
    for (let step = 0; step < 3_000; step++) {
      const id = `e${String(rng.int(1, 40))}`;
      const before = stored.get(id);
      const remove = before !== undefined && rng.chance(0.15);
      const after = remove
        ? undefined
        : entry({
            id,
            caseworkerId: rng.pick(people),
            date: day(),
            followUpDate: rng.chance(0.5) ? day() : null,
            deletedAt: rng.chance(0.2) ? '2026-03-10T00:00:00.000Z' : null,
          });
      if (after) stored.set(id, after);
      else stored.delete(id);
      // The layer's rule: recount a person when needsRecount says so, otherwise apply the write with withEntry.
      const recount = new Set<string>();
      if (before && needsRecount(facts.get(before.caseworkerId) ?? null, before, after))
        recount.add(before.caseworkerId);
      if (after && !recount.has(after.caseworkerId))
        facts.set(after.caseworkerId, withEntry(facts.get(after.caseworkerId) ?? null, after));
      for (const p of recount)
        facts.set(
          p,
          caseworkerFactsFrom(
            p,
            [...stored.values()].filter((e) => e.caseworkerId === p),
          ),
        );
      for (const p of people)
        expect(facts.get(p) ?? null, `step ${String(step)}, ${p}`).toEqual(
          caseworkerFactsFrom(
            p,
            [...stored.values()].filter((e) => e.caseworkerId === p),
          ),
        );
    }
  });
});

describe('the due list from the entries that can be due', () => {
  it('gives what every entry gives: the latest dates come from all entries', () => {
    const all = [
      // An open action item on an old entry, with a follow-up met by the later entry.
      entry({
        id: 'old',
        date: '2026-03-01',
        followUpDate: '2026-03-03',
        actionItems: [item('a', '2026-03-04')],
      }),
      entry({ id: 'new', date: '2026-03-05' }),
      entry({ id: 'other', caseworkerId: 'ben', date: '2026-03-02', followUpDate: '2026-03-06' }),
    ];
    const candidates = all.filter((e) => e.id !== 'new');
    const keys = (items: ReturnType<typeof dueItems>) => items.map((i) => i.key);
    expect(keys(dueItems(candidates, '2026-03-06', 7, latestEntryDates(all)))).toEqual(
      keys(dueItems(all, '2026-03-06')),
    );
    expect(keys(dueItems(all, '2026-03-06'))).toEqual(['action:old:a', 'follow-up:other']);
    // Without every entry's dates, the old follow-up would look unmet.
    expect(keys(dueItems(candidates, '2026-03-06'))).toContain('follow-up:old');
  });
});
