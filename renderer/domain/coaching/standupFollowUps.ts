// Daily standups (PRODUCT.md principle 6): members who were present but did not use the tool yesterday go on the coach's
// follow-up list with the question to ask.
import type { Cohort, Standup, StandupRow } from '../model';
import { isLive } from '../model';

export interface StandupFollowUp {
  standupId: string;
  cohortId: string;
  date: string;
  caseworkerId: string;
  prompt: string;
}

/** The follow-ups one standup produces, in row order. */
export function followUpsOf(
  standup: Pick<Standup, 'id' | 'cohortId' | 'date' | 'rows'>,
  nameOf: (caseworkerId: string) => string,
): StandupFollowUp[] {
  return standup.rows
    .filter((r) => !r.absent && r.usedToolYesterday === false)
    .map((r) => ({
      standupId: standup.id,
      cohortId: standup.cohortId,
      date: standup.date,
      caseworkerId: r.caseworkerId,
      prompt: `Ask ${nameOf(r.caseworkerId)}: why didn't you use the tool yesterday?`,
    }));
}

/** The coach's list: follow-ups from each cohort's most recent standup within the last `windowDays` before `today`. */
export function latestFollowUps(
  standups: ReadonlyArray<Pick<Standup, 'id' | 'cohortId' | 'date' | 'rows' | 'deletedAt'>>,
  today: string,
  since: string,
  nameOf: (caseworkerId: string) => string,
): StandupFollowUp[] {
  const latest = new Map<string, (typeof standups)[number]>();
  for (const s of standups) {
    if (!isLive(s) || s.date > today || s.date < since) continue;
    const seen = latest.get(s.cohortId);
    if (!seen || seen.date < s.date) latest.set(s.cohortId, s);
  }
  return [...latest.values()]
    .sort((a, b) => b.date.localeCompare(a.date) || a.cohortId.localeCompare(b.cohortId))
    .flatMap((s) => followUpsOf(s, nameOf));
}

/** A blank standup row for each member of the cohort, keeping the cohort's order. */
export function blankRows(cohort: Pick<Cohort, 'members'>): StandupRow[] {
  return cohort.members.map((m) => ({
    caseworkerId: m.caseworkerId,
    triedAndLearned: '',
    problems: '',
    tryToday: '',
    usedToolYesterday: null,
    absent: false,
  }));
}

/**
 * The rows to show for a cohort's standup: the saved rows of members still in the cohort, then a blank row for any
 * member added since; rows of people who left the cohort are kept at the end so nothing recorded disappears.
 */
export function rowsForCohort(cohort: Pick<Cohort, 'members'>, saved: readonly StandupRow[]): StandupRow[] {
  const byId = new Map(saved.map((r) => [r.caseworkerId, r]));
  const members = blankRows(cohort).map((blank) => byId.get(blank.caseworkerId) ?? blank);
  const memberIds = new Set(cohort.members.map((m) => m.caseworkerId));
  return [...members, ...saved.filter((r) => !memberIds.has(r.caseworkerId))];
}

export interface StandupSummary {
  present: number;
  absent: number;
  usedTool: number;
  didNotUseTool: number;
  notAnswered: number;
}

export function summarizeStandup(rows: readonly StandupRow[]): StandupSummary {
  const present = rows.filter((r) => !r.absent);
  return {
    present: present.length,
    absent: rows.length - present.length,
    usedTool: present.filter((r) => r.usedToolYesterday === true).length,
    didNotUseTool: present.filter((r) => r.usedToolYesterday === false).length,
    notAnswered: present.filter((r) => r.usedToolYesterday === null).length,
  };
}
