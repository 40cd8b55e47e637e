import { describe, expect, it } from 'vitest';
import { sessionAttendance } from '../../../../renderer/domain/cohorts/trainingAttendance';

const m = (caseworkerId: string, wave: number) => ({ caseworkerId, wave, reason: '' });
const north = { id: 'N', name: 'North', members: [m('a', 1), m('b', 2), m('c', 4), m('d', 4)] };
const south = { id: 'S', name: 'South', members: [m('e', 2), m('f', 4)] };

describe('sessionAttendance', () => {
  it('counts the expected people apart from those catching up: never "4 of 3"', () => {
    // A wave 4 session for every cohort that also took two earlier-wave people who had missed theirs.
    const session = { cohortId: null, wave: 4, attendeeIds: ['c', 'd', 'f', 'a', 'e'] };
    const all = sessionAttendance(session, [north, south]);
    expect(all.expected.map((e) => e.id)).toEqual(['c', 'd', 'f']);
    expect(all.present).toBe(3);
    expect(all.catchingUp).toEqual(['a', 'e']);
    expect(all.text).toBe('3 of 3, plus 2 catching up');
    // On North's own page only North's people count.
    expect(sessionAttendance(session, [north, south], north).text).toBe('2 of 2, plus 1 catching up');
  });

  it('expects a cohort session only of that cohort, and a session for no one counts who came', () => {
    expect(sessionAttendance({ cohortId: 'S', wave: null, attendeeIds: ['e'] }, [north, south]).text).toBe(
      '1 of 2',
    );
    expect(sessionAttendance({ cohortId: 'S', wave: 1, attendeeIds: ['e', 'e'] }, [north, south]).text).toBe(
      '1 present',
    );
  });
});
