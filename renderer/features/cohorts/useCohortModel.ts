// Everything the cohort screens show, read live: the workspace snapshot plus what the domain derives from it
// (latest stances, the proposal, mastery, rule breaks). Recomputed only when the data changes.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker } from '../../domain/model';
import { buildCohorts, type CohortProposal } from '../../domain/cohorts/buildCohorts';
import { detectRuleBreaks, type RuleBreakReport } from '../../domain/cohorts/ruleBreaks';
import type { LatestStance } from '../../domain/cohorts/placementText';
import { masteryByCaseworker } from '../../domain/mastery/masteryByCaseworker';
import type { Mastery } from '../../domain/mastery/mastery';
import { latestStances, type ScoredResponse } from '../../domain/survey/surveyResults';
import { type CohortWorkspace, cohortRepository } from '../../data/cohortRepository';
import { localToday } from '../../ui/useToday';
import { coachNames, unitNames, type NameLookup } from '../../domain/roster/names';

export interface CohortModel extends CohortWorkspace {
  today: string;
  stances: Map<string, ScoredResponse>;
  /** Each person's latest stance and readiness with its round named, for showing beside their name. */
  latest: Map<string, LatestStance>;
  proposal: CohortProposal;
  mastery: Map<string, Mastery>;
  breaks: RuleBreakReport;
  person: (id: string) => Caseworker | undefined;
  unitName: NameLookup;
  coachName: ReturnType<typeof coachNames>;
}

export function useCohortModel(): CohortModel | undefined {
  const ws = useLiveQuery(cohortRepository.workspace);
  return useMemo(() => {
    if (!ws) return undefined;
    const today = localToday();
    const { settings } = ws;
    const stances = latestStances(ws.survey, settings, { rolloutId: ws.rollout?.id ?? null });
    const roundNames = new Map(ws.survey.rounds.map((r) => [r.id, r.name]));
    const latest = new Map<string, LatestStance>(
      [...stances].map(([id, s]) => [
        id,
        {
          stance: s.stance,
          readiness: s.readiness,
          roundName: roundNames.get(s.roundId) ?? 'a survey round',
        },
      ]),
    );
    const people = new Map(ws.caseworkers.map((c) => [c.id, c]));
    const proposal = buildCohorts({
      caseworkers: ws.caseworkers,
      units: ws.units,
      stances: latest,
      cohortSize: settings.cohortSize,
      combineSmallUnits: settings.combineSmallUnits,
      thresholds: settings,
    });
    const mastery = masteryByCaseworker(
      ws.caseworkers.map((c) => c.id),
      ws,
      {
        rolloutId: ws.rollout?.id ?? '',
        toolName: ws.rollout?.name ?? '',
        since: ws.rollout?.startDate ?? null,
        rules: settings.mastery,
        today,
      },
    );
    const breaks = detectRuleBreaks(ws.cohorts, ws.caseworkers, ws.units, settings.cohortSize);
    return {
      ...ws,
      today,
      stances,
      latest,
      proposal,
      mastery,
      breaks,
      person: (id: string) => people.get(id),
      unitName: unitNames(ws.units),
      coachName: coachNames(ws.coaches, 'Not chosen'),
    };
  }, [ws]);
}
