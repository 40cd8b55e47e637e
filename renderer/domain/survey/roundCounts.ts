// How many people answered each survey round, and how many are counted (the survey rounds screen's "Answered" column):
// worked out from every answer of the current rollout (50,000 at agency scale, seconds to read), so the screen keeps
// the counts it showed last for the next visit (data/startSnapshotRepository.ts), as the results and people screens
// keep their views. The rounds themselves are few and read live.
import type { Caseworker, SurveyResponse } from '../model';
import { countsInResults } from './stanceMix';

/** Raised with any change of RoundCounts, so counts kept in an older shape are not shown. */
const ROUND_COUNTS_VERSION = 1;

export interface RoundCounts {
  /** Round id -> the people with a live response in it (a person answering twice counts once). */
  answered: Record<string, number>;
  /** The people counted in the results: on the roster and not gone from the agency (active and on leave). */
  counted: number;
}

export function roundCounts(
  responses: readonly Pick<SurveyResponse, 'roundId' | 'caseworkerId'>[],
  caseworkers: readonly Pick<Caseworker, 'status' | 'deletedAt'>[],
): RoundCounts {
  const people = new Map<string, Set<string>>();
  for (const r of responses) {
    let of = people.get(r.roundId);
    if (!of) people.set(r.roundId, (of = new Set()));
    of.add(r.caseworkerId);
  }
  const answered: Record<string, number> = {};
  for (const [roundId, who] of people) answered[roundId] = who.size;
  return { answered, counted: caseworkers.filter(countsInResults).length };
}

/** The people who answered `roundId`: none when nobody has. */
export const answeredIn = (counts: RoundCounts, roundId: string): number => counts.answered[roundId] ?? 0;

/** What the counts depend on besides the records: only their shape (rounds are counted by id, in any rollout). */
export const roundCountsKey = JSON.stringify([ROUND_COUNTS_VERSION]);
