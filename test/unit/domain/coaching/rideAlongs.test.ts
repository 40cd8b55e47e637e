// Ride-along completeness and the prep/debrief completion rate.
import { describe, expect, it } from 'vitest';
import {
  incompleteRideAlongs,
  missingParts,
  partRecorded,
} from '../../../../renderer/domain/coaching/rideAlongs';
import {
  completionFromParts,
  rideParts,
  type RideParts,
} from '../../../../renderer/domain/coaching/entryFacts';
import { GcmKey } from '../../../../renderer/domain/crypto/aead';
import { clearFieldSet, openRecord, sealRecord } from '../../../../renderer/domain/crypto/sealRecords';

const note = {
  background: '',
  reason: '',
  observations: 'Saw it',
  content: '',
  results: '',
  impressions: '',
  plan: '',
};
const prep = { goals: 'Goal', infoToGather: '', toolPlan: '' };
const debrief = { wentWell: 'Good', toChange: '' };
const ride = (p: typeof prep | null, d: typeof debrief | null, date = '2026-03-01') => ({
  id: `r-${date}`,
  rubricId: null,
  ratings: {},
  actionItems: [],
  kind: 'ride-along' as const,
  prep: p,
  debrief: d,
  note,
  date,
  deletedAt: null as string | null,
});

type Ride = ReturnType<typeof ride>;

/** The completion rate as the incomplete ride-alongs screen counts it: the entry facts' parts of each entry. */
function rideAlongCompletionRate(entries: readonly Ride[]) {
  const counts: Record<RideParts, number> = { pd: 0, 'p-': 0, '-d': 0, '--': 0 };
  for (const e of entries) {
    const parts = rideParts(e);
    if (parts) counts[parts] += 1;
  }
  return completionFromParts(counts);
}

describe('ride-alongs', () => {
  it('lists the missing parts in order', () => {
    expect(missingParts(ride(null, null))).toEqual(['prep', 'debrief']);
    expect(missingParts({ ...ride(prep, debrief), note: { ...note, observations: '' } })).toEqual([
      'observation',
    ]);
    expect(missingParts(ride({ goals: '  ', infoToGather: '', toolPlan: '' }, debrief))).toEqual(['prep']);
  });

  it('lists incomplete ride-alongs newest first, ignoring other kinds and Trash', () => {
    const list = incompleteRideAlongs([
      ride(null, debrief, '2026-03-01'),
      ride(prep, null, '2026-03-05'),
      ride(prep, debrief),
      { ...ride(null, null), kind: 'observation' as const },
      { ...ride(null, null), deletedAt: '2026-03-06T00:00:00.000Z' },
    ]);
    expect(list.map((e) => e.date)).toEqual(['2026-03-05', '2026-03-01']);
  });

  it('computes the completion rate, null when there are no ride-alongs', () => {
    const rate = rideAlongCompletionRate([
      ride(prep, debrief),
      ride(prep, null),
      ride(null, debrief),
      ride(prep, debrief),
    ]);
    expect(rate).toEqual({ rideAlongs: 4, complete: 2, withPrep: 3, withDebrief: 3, rate: 0.5 });
    expect(rideAlongCompletionRate([]).rate).toBeNull();
  });
});

describe('ride-alongs read by presence (encryption at rest)', () => {
  // A key that does not open the records: any decryption would throw, so passing means nothing was opened.
  const sealKey = new GcmKey(new Uint8Array(32).fill(7));
  const wrongKey = new GcmKey(new Uint8Array(32).fill(8));
  const clear = clearFieldSet('coachingEntries');
  let n = 0;
  const sealed = (p: typeof prep | null, d: typeof debrief | null, date = '2026-03-01', createdAt = '') =>
    openRecord(
      'coachingEntries',
      sealRecord('coachingEntries', { ...ride(p, d, date), id: `e${++n}`, createdAt }, sealKey, clear),
      wrongKey,
    ) as Ride & { createdAt: string };

  it('lists the incomplete ones, newest first and the later recorded first on a day, opening none', () => {
    const list = incompleteRideAlongs([
      sealed(prep, debrief),
      sealed(null, debrief, '2026-03-01', '2026-03-01T09:00:00.000Z'),
      sealed(prep, null, '2026-03-01', '2026-03-01T10:00:00.000Z'),
      sealed(prep, null, '2026-03-05'),
    ]);
    expect(list.map((e) => [e.date, e.createdAt])).toEqual([
      ['2026-03-05', ''],
      ['2026-03-01', '2026-03-01T10:00:00.000Z'],
      ['2026-03-01', '2026-03-01T09:00:00.000Z'],
    ]);
  });

  it('counts the completion rate opening none, and agrees with the opened records', () => {
    const rides = [sealed(prep, debrief), sealed(prep, null), sealed(null, debrief), sealed(null, null)];
    const expected = { rideAlongs: 4, complete: 1, withPrep: 2, withDebrief: 2, rate: 0.25 };
    expect(rideAlongCompletionRate(rides)).toEqual(expected);
    expect(partRecorded(rides[1]!, 'prep')).toBe(true);
    expect(partRecorded(rides[1]!, 'debrief')).toBe(false);
    const plain = [ride(prep, debrief), ride(prep, null), ride(null, debrief), ride(null, null)];
    expect(rideAlongCompletionRate(plain)).toEqual(expected);
  });

  it('reads an opened part as it is: blank text is no prep', () => {
    expect(partRecorded(ride({ goals: ' ', infoToGather: '', toolPlan: '' }, null), 'prep')).toBe(false);
    expect(partRecorded(ride(prep, null), 'prep')).toBe(true);
  });
});
