// What the reports read. The rollout report needs the whole workspace (it draws the dashboard); the caseworker and
// cohort reports read only the rows about their people through the indexes, so they stay quick at agency scale.
import { isLive, type Settings } from '../domain/model';
import type { ReportSource } from '../domain/reports/reportText';
import type { ReportsIndexInput } from '../domain/reports/reportsIndex';
import { coachingEntryRepository } from './coachingRepository';
import { coachRepository } from './coachRepository';
import { cohortRepository, trainingRepository } from './cohortRepository';
import { dashboardRepository } from './dashboardRepository';
import { gapRepository } from './gapRepository';
import { measureRepository } from './measureRepository';
import { readAll, repository } from './repository';
import { rolloutRepository } from './rolloutRepository';
import { rubricRepository } from './rubricRepository';
import { caseworkerRepository, unitRepository } from './rosterRepository';
import { settingsRepository } from './settingsRepository';
import { standupRepository } from './standupRepository';
import { surveyRepository } from './surveyRepository';

export interface ReportInput {
  source: ReportSource;
  settings: Settings;
}

/** The shared small tables, plus the rows about `people` from the large ones. */
function loadAbout(people: readonly string[], cohortIds: readonly string[]): Promise<ReportSource> {
  const { instruments, rounds, responses } = surveyRepository;
  return readAll({
    rollouts: rolloutRepository.list(),
    units: unitRepository.list(),
    caseworkers: caseworkerRepository.getManyLive(people),
    coaches: coachRepository.list(),
    cohorts: cohortRepository.list(),
    surveyInstruments: instruments.list(),
    surveyRounds: rounds.list(),
    surveyResponses: responses.listByAny('caseworkerId', people),
    trainingSessions: trainingRepository.list(),
    rubrics: rubricRepository.list(),
    coachingEntries: coachingEntryRepository.listByAny('caseworkerId', people),
    standups: standupRepository.listOfCohorts(cohortIds),
    gaps: gapRepository.listByAny('caseworkerId', people),
    monthlyMeasures: measureRepository.listByAny('caseworkerId', people),
    toolUsage: repository('toolUsage').listByAny('caseworkerId', people),
  });
}

export const reportRepository = {
  /** The current rollout and its cohorts, for the reports index (its people and units come from the shared roster). */
  cohortsOfCurrentRollout: async (): Promise<Pick<ReportsIndexInput, 'cohorts' | 'rollout'>> => {
    const rollout = await rolloutRepository.current();
    return { cohorts: await cohortRepository.listOfRollout(rollout?.id ?? ''), rollout };
  },

  caseworker: async (caseworkerId: string): Promise<ReportInput> => {
    const settings = await settingsRepository.load();
    const cohortIds = (await cohortRepository.list())
      .filter((c) => c.members.some((m) => m.caseworkerId === caseworkerId))
      .map((c) => c.id);
    return { source: await loadAbout([caseworkerId], cohortIds), settings };
  },

  cohort: async (cohortId: string): Promise<ReportInput> => {
    const settings = await settingsRepository.load();
    const cohort = await cohortRepository.get(cohortId);
    const people = cohort && isLive(cohort) ? cohort.members.map((m) => m.caseworkerId) : [];
    const source = await loadAbout(people, cohort ? [cohort.id] : []);
    // Assistant coach names come from the roster even when (unusually) the assistant is not a member.
    if (cohort?.assistantCoachId && !people.includes(cohort.assistantCoachId)) {
      const assistant = await caseworkerRepository.getLive(cohort.assistantCoachId);
      if (assistant) source.caseworkers.push(assistant);
    }
    return { source, settings };
  },

  rollout: async (): Promise<ReportInput> => {
    const [source, settings] = await Promise.all([dashboardRepository.data(), settingsRepository.load()]);
    return { source, settings };
  },
};
