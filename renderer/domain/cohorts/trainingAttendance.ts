// Who a training session is for and who came (PRODUCT.md 4.4): the members of its cohort (or of every cohort) in its
// wave (or every wave) are expected; anyone else ticked present is catching up and is counted apart, so attendance
// reads "3 of 3, plus 1 catching up", never "4 of 3".
import type { Cohort, TrainingSession } from '../model';

export interface ExpectedAttendee {
  id: string;
  cohortId: string;
  cohort: string;
  wave: number;
}

export interface SessionAttendance {
  expected: ExpectedAttendee[];
  /** Expected people who attended. */
  present: number;
  /** People who attended without being expected (another wave or cohort catching up), in the order ticked. */
  catchingUp: string[];
  /** "3 of 4", "3 of 4, plus 1 catching up", or "2 present" when no one was expected. */
  text: string;
}

type SessionLike = Pick<TrainingSession, 'cohortId' | 'wave' | 'attendeeIds'>;
type CohortLike = Pick<Cohort, 'id' | 'name' | 'members'>;

export function expectedAttendees(session: SessionLike, cohorts: readonly CohortLike[]): ExpectedAttendee[] {
  return cohorts
    .filter((c) => !session.cohortId || c.id === session.cohortId)
    .flatMap((c) =>
      c.members
        .filter((m) => !session.wave || m.wave === session.wave)
        .map((m) => ({ id: m.caseworkerId, cohortId: c.id, cohort: c.name, wave: m.wave })),
    );
}

/** Attendance of a session; `within` limits it to one cohort's people (the cohort's own page). */
export function sessionAttendance(
  session: SessionLike,
  cohorts: readonly CohortLike[],
  within?: CohortLike,
): SessionAttendance {
  const everyoneExpected = expectedAttendees(session, cohorts);
  const expected = within ? everyoneExpected.filter((e) => e.cohortId === within.id) : everyoneExpected;
  const expectedIds = new Set(expected.map((e) => e.id));
  const allowed = within ? new Set(within.members.map((m) => m.caseworkerId)) : null;
  const attended = [...new Set(session.attendeeIds)].filter((id) => !allowed || allowed.has(id));
  const present = attended.filter((id) => expectedIds.has(id)).length;
  const catchingUp = attended.filter((id) => !expectedIds.has(id));
  const extra = catchingUp.length > 0 ? `, plus ${catchingUp.length} catching up` : '';
  const text =
    expected.length === 0 ? `${attended.length} present` : `${present} of ${expected.length}${extra}`;
  return { expected, present, catchingUp, text };
}
