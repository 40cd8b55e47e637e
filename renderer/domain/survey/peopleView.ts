// What the survey's people screen lists, as plain data (issue 15): everyone counted in the results with their latest
// stance in the current rollout, readiness, adopter label, ADKAR barrier and when they last answered. Worked out from
// every answer of the rollout (50,000 at agency scale, two to three seconds to read and score), so the screen keeps the
// rows it showed last for the next visit (data/startSnapshotRepository.ts), as the results screen keeps its view.
import type { Caseworker, Settings, SurveyRound } from '../model';
import type { AdkarElement } from './adkar';
import type { AdopterCategory } from './adopterCategories';
import type { Stance, StanceThresholds } from './scoreResponse';
import { countsInResults } from './stanceMix';
import type { ScoredResponse } from './surveyResults';
import { readInSteps, type Steps } from '../steps';

/** Raised with any change of PeopleView, so a view kept in an older shape is not shown. */
const PEOPLE_VIEW_VERSION = 2;

/** One person's row: who they are and, if they answered in the rollout, their latest answer. */
export interface PersonResult {
  id: string;
  name: string;
  unitId: string | null;
  unit: string;
  role: string;
  latest: {
    stance: Stance | null;
    readiness: number | null;
    adkarBarrier: AdkarElement | null;
    answeredOn: string;
    roundName: string;
  } | null;
  /** Responses of theirs in the rollout's rounds. */
  answers: number;
  adopter: AdopterCategory | null;
}

export interface PeopleView {
  /** The rollout whose answers these are (the current one when worked out). */
  rolloutId: string | null;
  rows: PersonResult[];
  /** The live units, by name (the unit filter). */
  units: { id: string; name: string }[];
  thresholds: StanceThresholds;
}

export interface PeopleInput {
  rollout: { id: string } | null;
  caseworkers: readonly Caseworker[];
  units: readonly { id: string; name: string }[];
  rounds: readonly Pick<SurveyRound, 'id' | 'name'>[];
  /** Every scored response of the rollout, and each person's latest. */
  scored: readonly ScoredResponse[];
  latest: ReadonlyMap<string, ScoredResponse>;
  adopters: ReadonlyMap<string, AdopterCategory>;
  unitName: (id: string | null) => string;
  thresholds: StanceThresholds;
}

/** One row per person counted in the results, with their latest answer and how many rounds they answered. */
export function* peopleViewInSteps(input: PeopleInput): Steps<PeopleView> {
  const people = input.caseworkers.filter(countsInResults);
  // Their names are sealed: opened in bulk, a slice at a time, first (one by one, 5,000 names were a task of
  // 250-330 ms at agency scale).
  yield* readInSteps(people, (c) => c.name);
  const roundName = new Map(input.rounds.map((r) => [r.id, r.name]));
  const counts = new Map<string, number>();
  for (const s of input.scored) counts.set(s.caseworkerId, (counts.get(s.caseworkerId) ?? 0) + 1);
  const rows = people.map((c): PersonResult => {
    const latest = input.latest.get(c.id);
    return {
      id: c.id,
      name: c.name,
      unitId: c.unitId,
      unit: input.unitName(c.unitId),
      role: c.role,
      latest: latest
        ? {
            stance: latest.stance,
            readiness: latest.readiness,
            adkarBarrier: latest.adkarBarrier,
            answeredOn: latest.answeredOn,
            roundName: roundName.get(latest.roundId) ?? '',
          }
        : null,
      answers: counts.get(c.id) ?? 0,
      adopter: input.adopters.get(c.id) ?? null,
    };
  });
  return {
    rolloutId: input.rollout?.id ?? null,
    rows,
    units: input.units.map((u) => ({ id: u.id, name: u.name })),
    thresholds: input.thresholds,
  };
}

/**
 * Each surveyed person's latest stance, readiness and round, from the rows: what the cohort builder places people by
 * (everyone it places, active people, has a row), without scoring the rollout's answers again.
 */
export function latestStancesOfRows(
  view: PeopleView,
): Map<string, { stance: Stance | null; readiness: number | null; roundName: string }> {
  const stances = new Map<string, { stance: Stance | null; readiness: number | null; roundName: string }>();
  for (const row of view.rows)
    if (row.latest)
      stances.set(row.id, {
        stance: row.latest.stance,
        readiness: row.latest.readiness,
        roundName: row.latest.roundName,
      });
  return stances;
}

/** What the people view depends on besides the records: its shape and the settings (the stance thresholds). */
export const peopleViewKey = (settings: Settings): string =>
  JSON.stringify([PEOPLE_VIEW_VERSION, { ...settings, dashboardFilter: null, updatedAt: null }]);
