// The survey rounds screen's "Answered" column: people per round, each once, out of those the results count.
import { describe, expect, it } from 'vitest';
import { answeredIn, roundCounts } from '../../../../renderer/domain/survey/roundCounts';

const person = (status: 'active' | 'on-leave' | 'left', deletedAt: string | null = null) => ({
  status,
  deletedAt,
});

describe('roundCounts', () => {
  it('counts the people who answered each round, a person who answered twice once', () => {
    const counts = roundCounts(
      [
        { roundId: 'baseline', caseworkerId: 'ana' },
        { roundId: 'baseline', caseworkerId: 'ben' },
        // The same person twice in one round (two desks' answers merged by sync): one person.
        { roundId: 'baseline', caseworkerId: 'ana' },
        { roundId: 'pulse', caseworkerId: 'ben' },
      ],
      [],
    );
    expect(counts.answered).toEqual({ baseline: 2, pulse: 1 });
    expect(answeredIn(counts, 'baseline')).toBe(2);
    expect(answeredIn(counts, 'pulse')).toBe(1);
    // A round nobody answered has no entry and counts 0.
    expect(answeredIn(counts, 'autumn')).toBe(0);
  });

  it('counts out of the people on the roster who have not left: active and on leave, not Trash', () => {
    const counts = roundCounts(
      [],
      [person('active'), person('on-leave'), person('left'), person('active', '2026-01-02T10:00:00.000Z')],
    );
    expect(counts.counted).toBe(2);
    expect(counts.answered).toEqual({});
  });
});
