// What the cohort screens show beside each person (their latest stance in the rollout, with the round named, and their
// mastery of its tool), worked out for the people given only: the board asks for the members of the cohorts drawn,
// so what it costs follows what is on screen rather than the size of the agency.
import type { Settings, SurveyInstrument, SurveyResponse, SurveyRound } from '../model';
import type { Mastery } from '../mastery/mastery';
import { masteryByCaseworker, type MasteryData } from '../mastery/masteryByCaseworker';
import { latestStances, type ScoredResponse } from '../survey/surveyResults';
import type { LatestStance } from './placementText';

export interface PeopleFacts {
  /** Each person's latest scored answer in the rollout's rounds; not in the map = not surveyed yet. */
  stances: Map<string, ScoredResponse>;
  /** The same, as shown beside a name (with the round named). */
  latest: Map<string, LatestStance>;
  mastery: Map<string, Mastery>;
}

/** Latest answers as shown beside a name: stance, readiness and the round's name. */
export function withRoundNames(
  stances: ReadonlyMap<string, ScoredResponse>,
  rounds: readonly Pick<SurveyRound, 'id' | 'name'>[],
): Map<string, LatestStance> {
  const roundNames = new Map(rounds.map((r) => [r.id, r.name]));
  return new Map(
    [...stances].map(([id, s]) => [
      id,
      { stance: s.stance, readiness: s.readiness, roundName: roundNames.get(s.roundId) ?? 'a survey round' },
    ]),
  );
}

export interface PeopleFactsInput extends MasteryData {
  /** The people to work out; anyone else in the records is left out. */
  caseworkerIds: readonly string[];
  rounds: readonly SurveyRound[];
  instruments: readonly SurveyInstrument[];
  responses: readonly SurveyResponse[];
}

export function peopleFacts(
  input: PeopleFactsInput,
  settings: Pick<Settings, 'cheerleaderMin' | 'hecklerMax' | 'mastery'>,
  rollout: { id: string; name: string; startDate: string | null } | null,
  today: string,
): PeopleFacts {
  const ids = new Set(input.caseworkerIds);
  const stances = latestStances(
    {
      rounds: input.rounds,
      instruments: input.instruments,
      responses: input.responses.filter((r) => ids.has(r.caseworkerId)),
    },
    settings,
    { rolloutId: rollout?.id ?? null },
  );
  const latest = withRoundNames(stances, input.rounds);
  const mastery = masteryByCaseworker(input.caseworkerIds, input, {
    rolloutId: rollout?.id ?? '',
    toolName: rollout?.name ?? '',
    since: rollout?.startDate ?? null,
    rules: settings.mastery,
    today,
  });
  return { stances, latest, mastery };
}
