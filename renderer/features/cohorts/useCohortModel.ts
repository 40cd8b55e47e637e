// Everything the cohort screens show, read live: the cohort workspace plus what the domain derives from it (rule
// breaks, names). Stances and mastery are worked out per person shown (usePeopleFacts: the board asks for the cohorts
// drawn), and the builder's proposal only on the Propose screen (useProposal), so the board reads and computes what is
// on screen rather than every answer and coaching entry of the agency (issue 15).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker, Standup } from '../../domain/model';
import { buildCohorts, type CohortProposal } from '../../domain/cohorts/buildCohorts';
import { detectRuleBreaks, type RuleBreakReport } from '../../domain/cohorts/ruleBreaks';
import { peopleFacts, withRoundNames, type PeopleFacts } from '../../domain/cohorts/peopleFacts';
import { latestStances } from '../../domain/survey/surveyResults';
import type { Stance } from '../../domain/survey/scoreResponse';
import { type CohortWorkspace, cohortRepository } from '../../data/cohortRepository';
import { useSurveyResults, type SurveyResults } from '../surveys/useSurveys';
import { localToday } from '../../ui/useToday';
import { byNameInSteps, coachNames, unitNames, type NameLookup } from '../../domain/roster/names';
import { readInSteps, type Steps } from '../../domain/steps';
import { caseworkerChoices, type PickerChoice } from '../../domain/roster/pickerOptions';
import { isPlaceable } from '../../domain/roster/selectable';
import { useWorkedOutInSlices, type WorkedOut } from '../../ui/runInSlices';

export interface CohortModel extends CohortWorkspace {
  today: string;
  breaks: RuleBreakReport;
  person: (id: string) => Caseworker | undefined;
  /** The standups with a row for any of these people, in the order of `standups`. */
  standupsOf: (caseworkerIds: readonly string[]) => Standup[];
  unitName: NameLookup;
  coachName: ReturnType<typeof coachNames>;
}

const models: WorkedOut<CohortWorkspace, CohortModel> = new WeakMap();

/**
 * The model of one read, worked out in steps: the cohorts' members, the units' names and the standups' rows are sealed
 * and opened when first read (715 cohorts, 715 units and 2,145 standups at agency scale: most of a second), so they are
 * opened here a slice at a time, before they are sorted, the rule breaks read every cohort's members and the cards'
 * mastery every standup. Cohorts come oldest first, units by name.
 */
function* cohortModelInSteps(ws: CohortWorkspace): Steps<CohortModel> {
  yield* readInSteps(ws.cohorts, (c) => c.members);
  const units = yield* byNameInSteps(ws.units);
  yield* readInSteps(ws.standups, (s) => s.rows);
  const cohorts = [...ws.cohorts].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name),
  );
  // Which standups have a row for each person: a card's mastery then walks its members' standups only.
  const standupsWith = new Map<string, Set<Standup>>();
  for (const standup of ws.standups)
    for (const row of standup.rows) {
      const of = standupsWith.get(row.caseworkerId) ?? new Set<Standup>();
      standupsWith.set(row.caseworkerId, of.add(standup));
    }
  yield;
  const people = new Map(ws.caseworkers.map((c) => [c.id, c]));
  return {
    ...ws,
    cohorts,
    units,
    standupsOf: (ids) => {
      const theirs = new Set(ids.flatMap((id) => [...(standupsWith.get(id) ?? [])]));
      return ws.standups.filter((s) => theirs.has(s));
    },
    today: localToday(),
    breaks: detectRuleBreaks(cohorts, ws.caseworkers, units, ws.settings.cohortSize),
    person: (id: string) => people.get(id),
    unitName: unitNames(units),
    coachName: coachNames(ws.coaches, 'Not chosen'),
  };
}

/** The cohort screens' model: undefined until the first read is worked out, then the one before while a newer is. */
export function useCohortModel(): CohortModel | undefined {
  const ws = useLiveQuery(cohortRepository.workspace);
  return useWorkedOutInSlices(ws, '', cohortModelInSteps, models);
}

const moveChoices: WorkedOut<CohortModel, PickerChoice[]> = new WeakMap();

/** Everyone who can be placed (at work now) plus anyone already in a cohort, each with where they are now. */
function* moveChoicesInSteps(model: CohortModel): Steps<PickerChoice[]> {
  const placedIn = new Map<string, string>();
  for (const c of model.cohorts) for (const m of c.members) placedIn.set(m.caseworkerId, c.name);
  const offered = model.caseworkers.filter((c) => isPlaceable(c) || placedIn.has(c.id));
  // Their names are sealed: opened a slice at a time (5,000 at agency scale) before they are sorted.
  yield* readInSteps(offered, (c) => c.name);
  return caseworkerChoices(offered, model.units, [...placedIn.keys()]).map((p) => ({
    ...p,
    detail: `${p.detail ?? ''} · ${placedIn.get(p.id) ?? 'in no cohort'}`,
  }));
}

/**
 * The people the board's "Move someone" form offers, worked out once `wanted` (after the board has drawn); undefined
 * until then and while their names are first opened. A newer model's choices replace the ones before when ready.
 */
export function useMoveChoices(model: CohortModel, wanted: boolean): PickerChoice[] | undefined {
  // Worked out before (an earlier visit to the same read): at once.
  const source = wanted || moveChoices.get(model)?.has('') ? model : undefined;
  return useWorkedOutInSlices(source, '', moveChoicesInSteps, moveChoices);
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
        standups: model.standupsOf(ids),
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

const proposals = new WeakMap<CohortModel, WorkedOut<SurveyResults, CohortProposal>>();

/** The builder's proposal, worked out in steps: the roster's names are sealed and the builder sorts them all. */
function* proposalInSteps(model: CohortModel, results: SurveyResults): Steps<CohortProposal> {
  yield* readInSteps(model.caseworkers, (c) => c.name);
  const { settings } = model;
  return buildCohorts({
    caseworkers: model.caseworkers,
    units: model.units,
    stances: withRoundNames(results.latest, results.rounds),
    cohortSize: settings.cohortSize,
    combineSmallUnits: settings.combineSmallUnits,
    thresholds: settings,
  });
}

/**
 * The builder's proposal from the roster and everyone's latest stance in the rollout (the Propose screen only): the
 * stances the survey screens work out from their shared read (useSurveyResults: read once for both, outside Dexie's
 * live queries, scored a slice at a time). Worked out a slice at a time (5,000 names opened and sorted at agency
 * scale); while a newer model is, the proposal before is shown.
 */
export function useProposal(model: CohortModel | undefined): CohortProposal | undefined {
  const results = useSurveyResults();
  // The results are of the current rollout: while one of the two has not caught up with a change of rollout, wait.
  const caughtUp = model && results && (results.rollout?.id ?? null) === (model.rollout?.id ?? null);
  let ofModel = model && proposals.get(model);
  if (model && !ofModel) proposals.set(model, (ofModel = new WeakMap()));
  return useWorkedOutInSlices(
    caughtUp ? results : undefined,
    '',
    (read) => proposalInSteps(model as CohortModel, read),
    ofModel ?? noProposals,
  );
}
const noProposals: WorkedOut<SurveyResults, CohortProposal> = new WeakMap();
