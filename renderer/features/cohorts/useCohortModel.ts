// Everything the cohort screens show, read live: the cohort workspace plus what the domain derives from it (rule
// breaks, names). Stances and mastery are worked out per person shown (usePeopleFacts: the board asks for the cohorts
// drawn), and the builder's proposal only on the Propose screen (useProposal), so the board reads and computes what is
// on screen rather than every answer and coaching entry of the agency (issue 15).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker } from '../../domain/model';
import { buildCohorts, type CohortProposal } from '../../domain/cohorts/buildCohorts';
import { detectRuleBreaks, type RuleBreakReport } from '../../domain/cohorts/ruleBreaks';
import { peopleFacts, withRoundNames, type PeopleFacts } from '../../domain/cohorts/peopleFacts';
import { latestStances } from '../../domain/survey/surveyResults';
import type { Stance } from '../../domain/survey/scoreResponse';
import { type CohortWorkspace, cohortRepository } from '../../data/cohortRepository';
import { useSurveyResults } from '../surveys/useSurveys';
import { localToday } from '../../ui/useToday';
import { coachNames, unitNames, type NameLookup } from '../../domain/roster/names';

export interface CohortModel extends CohortWorkspace {
  today: string;
  breaks: RuleBreakReport;
  person: (id: string) => Caseworker | undefined;
  unitName: NameLookup;
  coachName: ReturnType<typeof coachNames>;
}

export function useCohortModel(): CohortModel | undefined {
  const ws = useLiveQuery(cohortRepository.workspace);
  return useMemo(() => {
    if (!ws) return undefined;
    const people = new Map(ws.caseworkers.map((c) => [c.id, c]));
    return {
      ...ws,
      today: localToday(),
      breaks: detectRuleBreaks(ws.cohorts, ws.caseworkers, ws.units, ws.settings.cohortSize),
      person: (id: string) => people.get(id),
      unitName: unitNames(ws.units),
      coachName: coachNames(ws.coaches, 'Not chosen'),
    };
  }, [ws]);
}

/**
 * The latest stance and the mastery of some people (a cohort's members), read through the indexes for them only.
 * Undefined until the first read ends. While the people change (someone moved in), the facts of those already read
 * are kept and the newcomer shows none until their records are read, rather than a wrong level or a flicker.
 */
export function usePeopleFacts(
  model: CohortModel,
  caseworkerIds: readonly string[],
): PeopleFacts | undefined {
  const key = caseworkerIds.join(',');
  const { rollout, survey } = model;
  const roundKey = survey.rounds.map((r) => r.id).join(',');
  const records = useLiveQuery(
    () => cohortRepository.recordsOf(key ? key.split(',') : [], rollout, roundKey ? roundKey.split(',') : []),
    [key, rollout?.id, rollout?.startDate, roundKey],
  );
  return useMemo(() => {
    if (!records) return undefined;
    const read = new Set(records.caseworkerIds);
    const ids = key ? key.split(',').filter((id) => read.has(id)) : [];
    return peopleFacts(
      {
        ...model,
        ...records,
        caseworkerIds: ids,
        rounds: model.survey.rounds,
        instruments: model.survey.instruments,
      },
      model.settings,
      model.rollout,
      model.today,
    );
  }, [records, key, model]);
}

/** One person's latest stance in the rollout, read at the moment it is needed (a hand move keeps it in the reason). */
export async function latestStanceOf(model: CohortModel, caseworkerId: string): Promise<Stance | null> {
  const records = await cohortRepository.recordsOf(
    [caseworkerId],
    model.rollout,
    model.survey.rounds.map((r) => r.id),
  );
  const stances = latestStances(
    { rounds: model.survey.rounds, instruments: model.survey.instruments, responses: records.responses },
    model.settings,
    { rolloutId: model.rollout?.id ?? null },
  );
  return stances.get(caseworkerId)?.stance ?? null;
}

/**
 * The builder's proposal from the roster and everyone's latest stance in the rollout (the Propose screen only): the
 * stances the survey screens work out from their shared read (useSurveyResults: read once for both, outside Dexie's
 * live queries, scored a slice at a time).
 */
export function useProposal(model: CohortModel | undefined): CohortProposal | undefined {
  const results = useSurveyResults();
  return useMemo(() => {
    if (!model || !results) return undefined;
    // The results are of the current rollout: while one of the two has not caught up with a change of rollout, wait.
    if ((results.rollout?.id ?? null) !== (model.rollout?.id ?? null)) return undefined;
    const { settings } = model;
    return buildCohorts({
      caseworkers: model.caseworkers,
      units: model.units,
      stances: withRoundNames(results.latest, results.rounds),
      cohortSize: settings.cohortSize,
      combineSmallUnits: settings.combineSmallUnits,
      thresholds: settings,
    });
  }, [model, results]);
}
