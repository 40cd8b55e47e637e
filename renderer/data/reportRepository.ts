// What the reports read. The rollout report needs the whole workspace (it draws the dashboard); the caseworker and
// cohort reports read only the rows about their people through the indexes, so they stay quick at agency scale.
import type { Caseworker, Rollout, Settings } from '../domain/model';
import type { ReportSource } from '../domain/reports/reportText';
import type { ReportsIndexInput } from '../domain/reports/reportsIndex';
import { loadDashboardData } from './dashboardRepository';
import { getDb } from './db';
import { settingsRepository } from './settingsRepository';

export interface ReportInput {
  source: ReportSource;
  settings: Settings;
}

const live = <T extends { deletedAt: string | null }>(rows: T[]): T[] =>
  rows.filter((r) => r.deletedAt === null);

async function currentRollout(settings: Settings): Promise<Rollout | null> {
  if (!settings.currentRolloutId) return null;
  const row = await getDb().rollouts.get(settings.currentRolloutId);
  return row && row.deletedAt === null ? row : null;
}

export async function loadReportsIndex(): Promise<ReportsIndexInput> {
  const db = getDb();
  const settings = await settingsRepository.load();
  const rollout = await currentRollout(settings);
  const [caseworkers, units, cohorts] = await Promise.all([
    db.caseworkers.toArray(),
    db.units.toArray(),
    db.cohorts
      .where('rolloutId')
      .equals(rollout?.id ?? '')
      .toArray(),
  ]);
  return { caseworkers: live(caseworkers), units: live(units), cohorts: live(cohorts), rollout };
}

/** The shared small tables, plus the rows about `people` from the large ones. */
async function loadAbout(people: readonly string[], cohortIds: readonly string[]): Promise<ReportSource> {
  const db = getDb();
  const [
    rollouts,
    units,
    caseworkers,
    coaches,
    cohorts,
    surveyInstruments,
    surveyRounds,
    surveyResponses,
    trainingSessions,
    rubrics,
    coachingEntries,
    standups,
    gaps,
    monthlyMeasures,
  ] = await Promise.all([
    db.rollouts.toArray(),
    db.units.toArray(),
    db.caseworkers.bulkGet([...people]),
    db.coaches.toArray(),
    db.cohorts.toArray(),
    db.surveyInstruments.toArray(),
    db.surveyRounds.toArray(),
    db.surveyResponses
      .where('caseworkerId')
      .anyOf([...people])
      .toArray(),
    db.trainingSessions.toArray(),
    db.rubrics.toArray(),
    db.coachingEntries
      .where('caseworkerId')
      .anyOf([...people])
      .toArray(),
    db.standups
      .where('cohortId')
      .anyOf([...cohortIds])
      .toArray(),
    db.gaps
      .where('caseworkerId')
      .anyOf([...people])
      .toArray(),
    db.monthlyMeasures
      .where('caseworkerId')
      .anyOf([...people])
      .toArray(),
  ]);
  return {
    rollouts: live(rollouts),
    units: live(units),
    caseworkers: live(caseworkers.filter((c): c is Caseworker => c !== undefined)),
    coaches: live(coaches),
    cohorts: live(cohorts),
    surveyInstruments: live(surveyInstruments),
    surveyRounds: live(surveyRounds),
    surveyResponses: live(surveyResponses),
    trainingSessions: live(trainingSessions),
    rubrics: live(rubrics),
    coachingEntries: live(coachingEntries),
    standups: live(standups),
    gaps: live(gaps),
    monthlyMeasures: live(monthlyMeasures),
  };
}

export async function loadCaseworkerReport(caseworkerId: string): Promise<ReportInput> {
  const db = getDb();
  const settings = await settingsRepository.load();
  const cohortIds = (await db.cohorts.toArray())
    .filter((c) => c.deletedAt === null && c.members.some((m) => m.caseworkerId === caseworkerId))
    .map((c) => c.id);
  return { source: await loadAbout([caseworkerId], cohortIds), settings };
}

export async function loadCohortReport(cohortId: string): Promise<ReportInput> {
  const db = getDb();
  const settings = await settingsRepository.load();
  const cohort = await db.cohorts.get(cohortId);
  const people = cohort && cohort.deletedAt === null ? cohort.members.map((m) => m.caseworkerId) : [];
  const source = await loadAbout(people, cohort ? [cohort.id] : []);
  // Assistant coach names come from the roster even when (unusually) the assistant is not a member.
  if (cohort?.assistantCoachId && !people.includes(cohort.assistantCoachId)) {
    const assistant = await db.caseworkers.get(cohort.assistantCoachId);
    if (assistant && assistant.deletedAt === null) source.caseworkers.push(assistant);
  }
  return { source, settings };
}

export async function loadRolloutReport(): Promise<ReportInput> {
  const [source, settings] = await Promise.all([loadDashboardData(), settingsRepository.load()]);
  return { source, settings };
}
