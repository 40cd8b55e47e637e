// Everything the cohort screens show, read live: the cohort workspace plus what the domain derives from it (rule
// breaks, names). Stances and mastery are worked out per person shown (usePeopleFacts: the board asks for the cohorts
// drawn), and the builder's proposal only on the Propose screen (useProposal), so the board reads and computes what is
// on screen rather than every answer, coaching entry and standup of the agency (issue 15).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker, Unit } from '../../domain/model';
import { buildCohorts, type CohortProposal } from '../../domain/cohorts/buildCohorts';
import { detectRuleBreaks, type RuleBreakReport } from '../../domain/cohorts/ruleBreaks';
import { peopleFacts, type PeopleFacts } from '../../domain/cohorts/peopleFacts';
import { latestStances } from '../../domain/survey/surveyResults';
import type { Stance } from '../../domain/survey/scoreResponse';
import { type CohortWorkspace, cohortRepository } from '../../data/cohortRepository';
import { standupsOfPeople } from '../../domain/cohorts/standupsOfPeople';
import { useSharedRoster, type SharedRoster } from '../shared/useSharedRoster';
import { usePeopleView } from '../surveys/usePeopleView';
import { latestStancesOfRows, type PeopleView } from '../../domain/survey/peopleView';
import { localToday } from '../../ui/useToday';
import { coachNames, type NameLookup } from '../../domain/roster/names';
import { readInSteps, type Steps } from '../../domain/steps';
import { caseworkerChoices, type PickerChoice } from '../../domain/roster/pickerOptions';
import { isPlaceable } from '../../domain/roster/selectable';
import { useWorkedOutInSlices, type WorkedOut } from '../../ui/runInSlices';

export interface CohortModel extends CohortWorkspace {
  /** Every live caseworker, by name (the shared roster). */
  caseworkers: Caseworker[];
  /** Live units, by name. */
  units: Unit[];
  today: string;
  breaks: RuleBreakReport;
  person: (id: string) => Caseworker | undefined;
  /** The ids of `cohorts`: the standups a card's mastery walks are those of the rollout's cohorts. */
  cohortIds: ReadonlySet<string>;
  unitName: NameLookup;
  coachName: ReturnType<typeof coachNames>;
}

/** The cohort workspace read live, with the roster the other screens share (read once for all of them). */
interface CohortRead {
  ws: CohortWorkspace;
  roster: SharedRoster;
}

const models: WorkedOut<CohortRead, CohortModel> = new WeakMap();

/**
 * The model of one read, worked out in steps: the cohorts' members are sealed and opened when first read (715 cohorts
 * at agency scale), so they are opened here a slice at a time, before the rule breaks read every cohort's members.
 * Cohorts come oldest first.
 */
function* cohortModelInSteps({ ws, roster }: CohortRead): Steps<CohortModel> {
  yield* readInSteps(ws.cohorts, (c) => c.members);
  const cohorts = [...ws.cohorts].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name),
  );
  yield;
  const { caseworkers, units } = roster;
  return {
    ...ws,
    caseworkers,
    units,
    cohorts,
    cohortIds: new Set(cohorts.map((c) => c.id)),
    today: localToday(),
    breaks: detectRuleBreaks(cohorts, caseworkers, units, ws.settings.cohortSize),
    person: roster.person,
    unitName: roster.unitName,
    coachName: coachNames(ws.coaches, 'Not chosen'),
  };
}

/** The cohort screens' model: undefined until the first read is worked out, then the one before while a newer is. */
export function useCohortModel(): CohortModel | undefined {
  const roster = useSharedRoster();
  const ws = useLiveQuery(cohortRepository.workspace);
  const both = useMemo(() => (ws && roster ? { ws, roster } : undefined), [ws, roster]);
  return useWorkedOutInSlices(both, '', cohortModelInSteps, models);
}

const moveChoices: WorkedOut<CohortModel, PickerChoice[]> = new WeakMap();

/**
 * Everyone who can be placed (at work now) plus anyone already in a cohort, each with where they are now: a pause
 * between finding them and making their choices (5,000 at agency scale; the roster's names are already opened).
 */
function* moveChoicesInSteps(model: CohortModel): Steps<PickerChoice[]> {
  const placedIn = new Map<string, string>();
  for (const c of model.cohorts) for (const m of c.members) placedIn.set(m.caseworkerId, c.name);
  const offered = model.caseworkers.filter((c) => isPlaceable(c) || placedIn.has(c.id));
  yield;
  return caseworkerChoices(offered, model.units, [...placedIn.keys()]).map((p) => ({
    ...p,
    detail: `${p.detail ?? ''} · ${placedIn.get(p.id) ?? 'in no cohort'}`,
  }));
}

/**
 * The people the board's "Move someone" form offers, worked out once `wanted` (after the board has drawn); undefined
 * until then. A newer model's choices replace the ones before when ready.
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
        // Mastery walks the standups of the rollout's cohorts, also of a cohort someone has left.
        standups: standupsOfPeople(records.standups)(ids, model.cohortIds),
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

/** A proposal and the people view whose stances it places people by. */
interface ProposalOf {
  proposal: CohortProposal;
  from: PeopleView;
}

const proposals = new WeakMap<CohortModel, WorkedOut<PeopleView, ProposalOf>>();

/**
 * Whether each people view was outdated (kept before a change of the answers or the roster) when first seen: a view
 * is either kept or worked out, and a kept one found outdated later comes as a new object.
 */
const outdatedSinceOf = new WeakMap<PeopleView, string | null>();

/** The builder's proposal, after a pause (the screen draws first): the builder groups and sorts the whole roster. */
function* proposalInSteps(model: CohortModel, people: PeopleView): Steps<ProposalOf> {
  yield;
  const { settings } = model;
  const proposal = buildCohorts({
    caseworkers: model.caseworkers,
    units: model.units,
    stances: latestStancesOfRows(people),
    cohortSize: settings.cohortSize,
    combineSmallUnits: settings.combineSmallUnits,
    thresholds: settings,
  });
  return { proposal, from: people };
}

/** The builder's proposal, and whether the stances it places people by are still being worked out again. */
export interface ShownProposal {
  proposal: CohortProposal;
  /**
   * When the stances were worked out, if the answers or the roster have changed since (they are being worked out again
   * and the proposal follows); null when they are current.
   */
  outdatedSince: string | null;
}

/**
 * The builder's proposal from the roster and everyone's latest stance in the rollout (the Propose screen only): the
 * stances of the survey's people view (usePeopleView: kept from the last visit while no answer changed, or worked out
 * from the answers the survey screens share, and kept for the next). A view of another rollout is never used; a view
 * kept before the answers or the roster changed is used, said so, until the new one is worked out. While a newer
 * model is worked out, the proposal before is shown.
 */
export function useProposal(model: CohortModel | undefined): ShownProposal | undefined {
  const people = usePeopleView(model?.settings);
  const view =
    model && people && people.view.rolloutId === (model.rollout?.id ?? null) ? people.view : undefined;
  let ofModel = model && proposals.get(model);
  if (model && !ofModel) proposals.set(model, (ofModel = new WeakMap()));
  if (view && people && !outdatedSinceOf.has(view)) outdatedSinceOf.set(view, people.outdatedSince);
  // The proposal before may still be shown while this view's is worked out: it says what its own view was.
  const shown = useWorkedOutInSlices(
    view,
    '',
    (read) => proposalInSteps(model as CohortModel, read),
    ofModel ?? noProposals,
  );
  return shown && { proposal: shown.proposal, outdatedSince: outdatedSinceOf.get(shown.from) ?? null };
}
const noProposals: WorkedOut<PeopleView, ProposalOf> = new WeakMap();
