// Ride-along completeness and the prep/debrief completion rate.
import { describe, expect, it } from 'vitest';
import {
  incompleteRideAlongs,
  missingParts,
  rideAlongCompletionRate,
} from '../../../../renderer/domain/coaching/rideAlongs';

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
  kind: 'ride-along' as const,
  prep: p,
  debrief: d,
  note,
  date,
  deletedAt: null as string | null,
});

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
