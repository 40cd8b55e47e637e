// The cohorts aggregate: cohorts of a rollout and their training sessions. The cohort screens' read (the current
// rollout's cohorts with what stances and mastery need, each through an index), and the builder's writes (saving a
// proposal, applying one proposed change, hand moves, coaches, gate overrides), each in one transaction.
import type {
  Coach,
  CoachId,
  CoachingEntry,
  Cohort,
  Gap,
  Rollout,
  Rubric,
  Settings,
  Standup,
  ToolUsage,
  SurveyInstrument,
  SurveyResponse,
  SurveyRound,
  TrainingSession,
} from '../domain/model';
import type { ProposedCohort } from '../domain/cohorts/buildCohorts';
import type { CohortPatch } from '../domain/cohorts/cohortEditing';
import { coachingEntryRepository } from './coachingRepository';
import { coachRepository } from './coachRepository';
import { getDb, tableOf } from './db';
import { gapRepository } from './gapRepository';
import {
  byName,
  inTransaction,
  makeRecord,
  nowIso,
  openedAhead,
  repository,
  type TransactionTable,
} from './repository';
import { rolloutRepository } from './rolloutRepository';
import { rubricRepository } from './rubricRepository';
import { settingsRepository } from './settingsRepository';
import { standupRepository } from './standupRepository';
import { surveyRepository } from './surveyRepository';

export interface CohortWorkspace {
  settings: Settings;
  rollout: Rollout | null;
  coaches: Coach[];
  /** The current rollout's cohorts, in no order (the screens' model puts them oldest first). */
  cohorts: Cohort[];
  /** The current rollout's training sessions, oldest first. */
  trainingSessions: TrainingSession[];
  /** The current rollout's rounds and every instrument version (responses are read per person: `recordsOf`). */
  survey: { rounds: SurveyRound[]; instruments: SurveyInstrument[] };
  rubrics: Rubric[];
}

/**
 * What stances and mastery need about some people beyond the workspace: their answers to the rollout's rounds, their
 * coaching entries since the rollout started, its imported tool usage, their gaps and the standups with a row of
 * theirs. Read per cohort drawn, through the caseworkerId indexes, so the board costs what is on screen rather than
 * every entry of the agency (issue 15).
 */
export interface PeopleRecords {
  caseworkerIds: string[];
  responses: SurveyResponse[];
  coachingEntries: CoachingEntry[];
  toolUsage: ToolUsage[];
  /** Their live gaps: mastery reads when gaps on the tool were open from their status history. */
  gaps: Gap[];
  /** The live standups with a row for any of them, of any rollout, by cohort then id, rows opened. */
  standups: Standup[];
}

const fromProposal = (rolloutId: string, p: ProposedCohort) => ({
  rolloutId,
  name: p.name,
  role: p.role,
  members: p.members,
  assistantCoachId: p.assistantCoachId,
  notes: [p.placement, p.assistantNote].filter(Boolean).join(' '),
  manuallyEdited: false,
});

const base = repository('cohorts');

/** What recordsOf reads: the per-person tables and the index of the standups people appear in. */
const PEOPLE_TABLES: TransactionTable[] = [
  'surveyResponses',
  'coachingEntries',
  'toolUsage',
  'gaps',
  'standups',
  'appearances',
];

export const cohortRepository = {
  ...base,
  /** Live cohorts by name (for choosing whose standup to run). */
  listByName: async (): Promise<Cohort[]> => byName(await base.list()),

  /** Live cohorts of one rollout, through the rolloutId index. */
  listOfRollout: (rolloutId: string): Promise<Cohort[]> => base.listBy('rolloutId', rolloutId),

  /**
   * What the cohort screens show: the current rollout's cohorts and the small tables stances and mastery need about
   * them. The large ones (responses, coaching entries, tool usage, standups) are read per person with `recordsOf`;
   * the roster is a copy shared with other screens (data/rosterRead.ts).
   */
  workspace: async (): Promise<CohortWorkspace> => {
    const [settings, rollout] = await Promise.all([settingsRepository.load(), rolloutRepository.current()]);
    const rid = rollout?.id ?? '';
    const [coaches, cohorts, trainingSessions, rounds, instruments, rubrics] = await Promise.all([
      coachRepository.listByName(),
      base.listBy('rolloutId', rid),
      trainingRepository.listOfRollout(rid),
      surveyRepository.rounds.listBy('rolloutId', rid),
      surveyRepository.instruments.list(),
      rubricRepository.list(),
    ]);
    return {
      settings,
      rollout,
      coaches,
      cohorts,
      trainingSessions,
      survey: { rounds, instruments },
      rubrics,
    };
  },

  /**
   * Some people's answers to the rollout's rounds, entries since its start, its tool usage, their gaps and the standups
   * they have a row in (PeopleRecords).
   */
  recordsOf: async (
    caseworkerIds: readonly string[],
    rollout: Pick<Rollout, 'id' | 'startDate'> | null,
    roundIds: readonly string[],
  ): Promise<PeopleRecords> => {
    const ids = [...caseworkerIds];
    const rounds = new Set(roundIds);
    const since = rollout?.startDate ?? '';
    // In one read transaction: a card's 35 reads (5 tables, 7 people) each in a transaction of its own cost the board
    // more to set up and hand over than to read (about 3 ms each, one after another).
    const [responses, entries, usage, gaps, standups] = await inTransaction('r', PEOPLE_TABLES, () =>
      Promise.all([
        surveyRepository.responses.listByAny('caseworkerId', ids),
        coachingEntryRepository.listByAny('caseworkerId', ids),
        repository('toolUsage').listByAny('caseworkerId', ids),
        gapRepository.listByAny('caseworkerId', ids),
        standupRepository.listWithAny(ids),
      ]),
    );
    // Their rows are read at once by mastery: opened in bulk (not opened inside the transaction).
    await openedAhead(standups);
    return {
      caseworkerIds: ids,
      responses: responses.filter((r) => rounds.has(r.roundId)),
      coachingEntries: entries.filter((e) => e.date >= since),
      toolUsage: usage.filter((u) => u.rolloutId === rollout?.id),
      gaps,
      standups,
    };
  },

  /** Saves a whole proposal as new cohorts of the rollout, all or nothing. */
  saveProposal: async (rolloutId: string, proposal: readonly ProposedCohort[]): Promise<Cohort[]> => {
    const at = nowIso();
    const records = proposal.map((p) => makeRecord('cohorts', fromProposal(rolloutId, p), at));
    await inTransaction('rw', ['cohorts'], () => tableOf<Cohort>(getDb(), 'cohorts').bulkAdd(records));
    return records;
  },

  /** Adds one proposed cohort that matches no saved cohort. */
  addProposed: (rolloutId: string, proposed: ProposedCohort): Promise<Cohort> =>
    base.create(fromProposal(rolloutId, proposed)),

  /**
   * Replaces a saved cohort's members and assistant with the proposal's, keeping its name, head coach, notes and gate
   * overrides. Anyone the proposal places here is taken out of the rollout's other cohorts, so no one is placed twice.
   */
  applyProposed: (cohortId: string, proposed: ProposedCohort): Promise<void> =>
    inTransaction('rw', ['cohorts'], async () => {
      const target = await base.get(cohortId);
      if (!target) throw new Error('That cohort no longer exists.');
      const ids = new Set(proposed.members.map((m) => m.caseworkerId));
      const others = (await base.listBy('rolloutId', target.rolloutId)).filter(
        (c) => c.id !== cohortId && c.members.some((m) => ids.has(m.caseworkerId)),
      );
      for (const other of others)
        await base.update(other.id, {
          members: other.members.filter((m) => !ids.has(m.caseworkerId)),
          assistantCoachId:
            other.assistantCoachId && ids.has(other.assistantCoachId) ? null : other.assistantCoachId,
        });
      await base.update(cohortId, {
        role: proposed.role,
        members: proposed.members,
        assistantCoachId: proposed.assistantCoachId,
        manuallyEdited: false,
      });
    }),

  /** Writes the cohorts a hand move changed, together. */
  savePatches: (patches: readonly CohortPatch[]): Promise<void> =>
    inTransaction('rw', ['cohorts'], async () => {
      for (const { id, ...patch } of patches) await base.update(id, patch);
    }),

  /**
   * Names the head coach. The id comes from a screen (a select's value), so it is resolved to a live Coach record first:
   * a caseworker's id (what the assistant coach is) or a coach moved to Trash is refused, and what is stored is a CoachId.
   */
  setHeadCoach: (cohortId: string, coachId: string | null): Promise<Cohort> =>
    inTransaction('rw', ['cohorts', 'coaches'], async () => {
      const coach: CoachId | null = coachId ? ((await coachRepository.getLive(coachId))?.id ?? null) : null;
      if (coachId && !coach) throw new Error('That coach is not on the list of coaches (any more).');
      return base.update(cohortId, { headCoachId: coach });
    }),

  setAssistantCoach: (cohortId: string, caseworkerId: string | null): Promise<Cohort> =>
    base.update(cohortId, { assistantCoachId: caseworkerId, manuallyEdited: true }),

  overrideWaveGate: (
    cohortId: string,
    gate: { wave: number; overriddenOn: string; by: string; reason: string },
  ): Promise<Cohort> =>
    inTransaction('rw', ['cohorts'], async () => {
      const cohort = await base.get(cohortId);
      if (!cohort) throw new Error('That cohort no longer exists.');
      return base.update(cohortId, { gateOverrides: [...cohort.gateOverrides, gate] });
    }),
};

const trainingBase = repository('trainingSessions');

export const trainingRepository = {
  ...trainingBase,
  /** Live sessions of one rollout, oldest first, through the rolloutId index. */
  listOfRollout: async (rolloutId: string): Promise<TrainingSession[]> =>
    (await trainingBase.listBy('rolloutId', rolloutId)).sort(
      (a, b) => a.date.localeCompare(b.date) || a.topic.localeCompare(b.topic),
    ),

  setAttendance: (sessionId: string, attendeeIds: readonly string[]): Promise<TrainingSession> =>
    trainingBase.update(sessionId, { attendeeIds: [...new Set(attendeeIds)] }),
};
