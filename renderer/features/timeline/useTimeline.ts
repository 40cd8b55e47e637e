// Live timeline of one caseworker: every record about them assembled by the domain's buildTimeline.
import { useLiveQuery } from 'dexie-react-hooks';
import { buildTimeline, type TimelineEvent } from '../../domain/coaching/timeline';
import { scoreAllResponses } from '../../domain/survey/surveyResults';
import type { Caseworker } from '../../domain/model';
import { settingsRepository } from '../../data/settingsRepository';
import { coachNames } from '../../domain/roster/names';
import { coachingEntryRepository } from '../../data/coachingRepository';

export interface CaseworkerTimeline {
  caseworker: Caseworker | null;
  events: TimelineEvent[];
}

export function useTimeline(caseworkerId: string): CaseworkerTimeline | undefined {
  return useLiveQuery(async () => {
    const [data, settings] = await Promise.all([
      coachingEntryRepository.timelineOf(caseworkerId),
      settingsRepository.load(),
    ]);
    if (!data.caseworker) return { caseworker: null, events: [] };
    const coachName = coachNames(data.coaches);
    const cohortNames = new Map(data.cohorts.map((c) => [c.id, c.name]));
    const events = buildTimeline({
      caseworkerId,
      scored: scoreAllResponses(data.survey, settings),
      cohorts: data.cohorts,
      trainingSessions: data.trainingSessions,
      entries: data.entries,
      standups: data.standups,
      gaps: data.gaps,
      measures: data.measures,
      coachName: coachName.inSentence,
      cohortName: (id) => cohortNames.get(id) ?? 'a cohort',
    });
    return { caseworker: data.caseworker, events };
  }, [caseworkerId]);
}
