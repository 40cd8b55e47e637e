// Cohorts of a rollout: everything the cohort screens read in one snapshot, and the writes of the builder (saving a
// proposal, applying one proposed change, hand moves, head coach, gate overrides), each in one transaction.
import type {
  Caseworker,
  Coach,
  CoachingEntry,
  Cohort,
  Gap,
  Rollout,
  Rubric,
  Settings,
  Standup,
  SurveyInstrument,
  SurveyResponse,
  SurveyRound,
  TrainingSession,
  Unit,
} from '../domain/model';
import type { ProposedCohort } from '../domain/cohorts/buildCohorts';
import type { CohortPatch } from '../domain/cohorts/cohortEditing';
import { getDb } from './db';
import { makeRecord, nowIso, repository } from './repository';
import { settingsRepository } from './settingsRepository';

export const cohorts = repository('cohorts');

export interface CohortWorkspace {
  settings: Settings;
  rollout: Rollout | null;
  units: Unit[];
  caseworkers: Caseworker[];
  coaches: Coach[];
  cohorts: Cohort[];
  trainingSessions: TrainingSession[];
  survey: { rounds: SurveyRound[]; instruments: SurveyInstrument[]; responses: SurveyResponse[] };
  coachingEntries: CoachingEntry[];
  rubrics: Rubric[];
  standups: Standup[];
  gaps: Gap[];
}

const live = <T extends { deletedAt: string | null }>(rows: T[]): T[] =>
  rows.filter((r) => r.deletedAt === null);

export async function loadCohortWorkspace(): Promise<CohortWorkspace> {
  const db = getDb();
  const settings = await settingsRepository.load();
  const rolloutRow = settings.currentRolloutId ? await db.rollouts.get(settings.currentRolloutId) : undefined;
  const rollout = rolloutRow && rolloutRow.deletedAt === null ? rolloutRow : null;
  const rid = rollout?.id ?? '';
  const [
    units,
    caseworkers,
    coaches,
    cohortRows,
    sessions,
    rounds,
    instruments,
    responses,
    entries,
    rubrics,
    standups,
    gaps,
  ] = await Promise.all([
    db.units.toArray(),
    db.caseworkers.toArray(),
    db.coaches.toArray(),
    db.cohorts.where('rolloutId').equals(rid).toArray(),
    db.trainingSessions.where('rolloutId').equals(rid).toArray(),
    db.surveyRounds.toArray(),
    db.surveyInstruments.toArray(),
    db.surveyResponses.toArray(),
    db.coachingEntries.toArray(),
    db.rubrics.toArray(),
    db.standups.toArray(),
    db.gaps.toArray(),
  ]);
  const byName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => a.name.localeCompare(b.name));
  return {
    settings,
    rollout,
    units: byName(live(units)),
    caseworkers: byName(live(caseworkers)),
    coaches: byName(live(coaches)),
    cohorts: live(cohortRows).sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name),
    ),
    trainingSessions: live(sessions).sort((a, b) => a.date.localeCompare(b.date)),
    survey: { rounds: live(rounds), instruments: live(instruments), responses: live(responses) },
    coachingEntries: live(entries),
    rubrics: live(rubrics),
    standups: live(standups),
    gaps: live(gaps),
  };
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

/** Saves a whole proposal as new cohorts of the rollout, all or nothing. */
export async function saveProposal(
  rolloutId: string,
  proposal: readonly ProposedCohort[],
): Promise<Cohort[]> {
  const db = getDb();
  const at = nowIso();
  const records = proposal.map((p) => makeRecord('cohorts', fromProposal(rolloutId, p), at));
  await db.transaction('rw', db.cohorts, () => db.cohorts.bulkAdd(records));
  return records;
}

/** Adds one proposed cohort that matches no saved cohort. */
export async function addProposedCohort(rolloutId: string, proposed: ProposedCohort): Promise<Cohort> {
  return cohorts.create(fromProposal(rolloutId, proposed));
}

/**
 * Replaces a saved cohort's members and assistant with the proposal's, keeping its name, head coach, notes and gate
 * overrides. Anyone the proposal places here is taken out of the rollout's other cohorts, so no one is placed twice.
 */
export async function applyProposedCohort(cohortId: string, proposed: ProposedCohort): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.cohorts, async () => {
    const target = await db.cohorts.get(cohortId);
    if (!target) throw new Error('That cohort no longer exists.');
    const ids = new Set(proposed.members.map((m) => m.caseworkerId));
    const others = (await db.cohorts.where('rolloutId').equals(target.rolloutId).toArray()).filter(
      (c) => c.id !== cohortId && c.deletedAt === null && c.members.some((m) => ids.has(m.caseworkerId)),
    );
    for (const other of others)
      await cohorts.update(other.id, {
        members: other.members.filter((m) => !ids.has(m.caseworkerId)),
        assistantCoachId:
          other.assistantCoachId && ids.has(other.assistantCoachId) ? null : other.assistantCoachId,
      });
    await cohorts.update(cohortId, {
      role: proposed.role,
      members: proposed.members,
      assistantCoachId: proposed.assistantCoachId,
      manuallyEdited: false,
    });
  });
}

/** Writes the cohorts a hand move changed, together. */
export async function saveCohortPatches(patches: readonly CohortPatch[]): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.cohorts, async () => {
    for (const { id, ...patch } of patches) await cohorts.update(id, patch);
  });
}

export async function setHeadCoach(cohortId: string, coachId: string | null): Promise<Cohort> {
  return cohorts.update(cohortId, { headCoachId: coachId });
}

export async function setAssistantCoach(cohortId: string, caseworkerId: string | null): Promise<Cohort> {
  return cohorts.update(cohortId, { assistantCoachId: caseworkerId, manuallyEdited: true });
}

export async function overrideWaveGate(
  cohortId: string,
  gate: { wave: number; overriddenOn: string; by: string; reason: string },
): Promise<Cohort> {
  const db = getDb();
  return db.transaction('rw', db.cohorts, async () => {
    const cohort = await db.cohorts.get(cohortId);
    if (!cohort) throw new Error('That cohort no longer exists.');
    return cohorts.update(cohortId, { gateOverrides: [...cohort.gateOverrides, gate] });
  });
}
