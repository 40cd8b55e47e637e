// Standups: members who did not use the tool get a follow-up prompt; absent members and unanswered rows do not.
import { describe, expect, it } from 'vitest';
import {
  followUpsOf,
  latestFollowUps,
  rowsForCohort,
  summarizeStandup,
} from '../../../../renderer/domain/coaching/standupFollowUps';

const row = (caseworkerId: string, used: boolean | null, absent = false) => ({
  caseworkerId,
  triedAndLearned: '',
  problems: '',
  tryToday: '',
  usedToolYesterday: used,
  absent,
});
const names: Record<string, string> = { a: 'Ana', b: 'Ben', c: 'Cy' };
const nameOf = (id: string) => names[id] ?? id;

describe('standup follow-ups', () => {
  const standup = {
    id: 's1',
    cohortId: 'k1',
    date: '2026-03-13',
    rows: [row('a', true), row('b', false), row('c', false, true)],
  };

  it('prompts the coach to ask whoever present did not use the tool', () => {
    expect(followUpsOf(standup, nameOf).map((f) => f.prompt)).toEqual([
      "Ask Ben: why didn't you use the tool yesterday?",
    ]);
    expect(summarizeStandup(standup.rows)).toEqual({
      present: 2,
      absent: 1,
      usedTool: 1,
      didNotUseTool: 1,
      notAnswered: 0,
    });
  });

  it('takes each cohort’s latest standup in the window only', () => {
    const older = { ...standup, id: 's0', date: '2026-03-12', rows: [row('a', false)], deletedAt: null };
    const latest = { ...standup, deletedAt: null };
    const stale = { ...standup, id: 's9', cohortId: 'k2', date: '2026-02-01', deletedAt: null };
    expect(
      latestFollowUps([older, latest, stale], '2026-03-14', '2026-03-07', nameOf).map((f) => f.caseworkerId),
    ).toEqual(['b']);
  });

  it('keeps saved rows, adds new members, and keeps rows of people who left the cohort', () => {
    const rows = rowsForCohort(
      {
        members: [
          { caseworkerId: 'a', wave: 1, reason: '' },
          { caseworkerId: 'd', wave: 2, reason: '' },
        ],
      },
      [row('b', false), row('a', true)],
    );
    expect(rows.map((r) => [r.caseworkerId, r.usedToolYesterday])).toEqual([
      ['a', true],
      ['d', null],
      ['b', false],
    ]);
  });
});
