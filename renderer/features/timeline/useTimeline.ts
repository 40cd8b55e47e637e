// Live timeline of one caseworker: every record about them assembled by the domain's buildTimeline.
import { useLiveQuery } from 'dexie-react-hooks';
import { buildTimeline, type TimelineEvent } from '../../domain/coaching/timeline';
import { scoreAllResponses } from '../../domain/survey/surveyResults';
import type { Caseworker } from '../../domain/model';
import { settingsRepository } from '../../data/settingsRepository';
import { coachNames } from '../../domain/roster/names';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { masteryByCaseworker } from '../../domain/mastery/masteryByCaseworker';
import { masteryScorecard, type Scorecard } from '../../domain/mastery/scorecard';
import { localToday } from '../../ui/useToday';

export interface CaseworkerTimeline {
  caseworker: Caseworker | null;
  events: TimelineEvent[];
  /** The five-component scorecard in the current rollout, or null without one. */
  scorecard: Scorecard | null;
  rolloutName: string | null;
}

export function useTimeline(caseworkerId: string): CaseworkerTimeline | undefined {
  return useLiveQuery(async () => {
    const [data, settings] = await Promise.all([
      coachingEntryRepository.timelineOf(caseworkerId),
      settingsRepository.load(),
    ]);
    if (!data.caseworker) return { caseworker: null, events: [], scorecard: null, rolloutName: null };
    const coachName = coachNames(data.coaches);
    const cohortNames = new Map(data.cohorts.map((c) => [c.id, c.name]));
    const roundNames = new Map(data.survey.rounds.map((r) => [r.id, r.name]));
    const rollouts = new Map(data.rollouts.map((r) => [r.id, r]));
    const events = buildTimeline({
      caseworkerId,
      scored: scoreAllResponses(data.survey, settings),
      cohorts: data.cohorts,
      trainingSessions: data.trainingSessions,
      entries: data.entries,
      standups: data.standups,
      gaps: data.gaps,
      measures: data.measures,
      usage: data.usage,
      roundName: (id) => roundNames.get(id) ?? 'a round',
      toolName: (id) => rollouts.get(id)?.name ?? 'the tool',
      coachName: coachName.inSentence,
      cohortName: (id) => cohortNames.get(id) ?? 'a cohort',
    });
    const rollout = settings.currentRolloutId ? rollouts.get(settings.currentRolloutId) : undefined;
    const mastery = rollout
      ? masteryByCaseworker(
          [caseworkerId],
          {
            trainingSessions: data.trainingSessions,
            coachingEntries: data.entries,
            rubrics: data.rubrics,
            cohorts: data.cohorts,
            standups: data.standups,
            gaps: data.gaps,
            toolUsage: data.usage,
          },
          {
            rolloutId: rollout.id,
            toolName: rollout.name,
            since: rollout.startDate,
            rules: settings.mastery,
            today: localToday(),
          },
        ).get(caseworkerId)
      : undefined;
    return {
      caseworker: data.caseworker,
      events,
      scorecard: mastery ? masteryScorecard(mastery, settings.mastery) : null,
      rolloutName: rollout?.name ?? null,
    };
  }, [caseworkerId]);
}
