// Live survey data for the surveys screens: the current rollout's rounds, every response scored, each caseworker's latest
// stance (read through latestStances, the single source of truth), the stance mix and the adopter labels.
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PresentationModeError } from '../../data/presentationMode';
import { reportFailure } from '../../ui/runAction';
import type { SurveyInstrument } from '../../domain/model';
import { latestVersions } from '../../domain/survey/instrumentEditing';
import { surveyResultsInSteps, type SurveyResults } from '../../domain/survey/rolloutResults';
import { type KioskLock, type KioskSession, type KioskSurvey, kioskRepository } from '../../data/surveyKiosk';
import { surveyRepository } from '../../data/surveyRepository';
import { rolloutRepository } from '../../data/rolloutRepository';
import { surveyRead, type SurveyRaw } from '../../data/surveyRead';
import { notReading } from '../../data/sharedRead';
import { useWorkedOutInSlices, type WorkedOut } from '../../ui/runInSlices';
import { useSharedView } from '../shared/useSharedView';
import { isLive } from '../../domain/model';

/** Installs the default instrument the first time the surveys area opens in a workspace without one. */
export function useEnsureDefaultInstrument(): void {
  useEffect(() => {
    // Refused while nothing may be written (presentation mode): the next visit installs it then. Anything else is told.
    surveyRepository.instruments.ensureDefault().catch((error: unknown) => {
      if (!(error instanceof PresentationModeError)) reportFailure('install the default survey', error);
    });
  }, []);
}

/** The kiosk lock: undefined while loading, null when kiosk mode is off. */
export function useKioskLock(): KioskLock | null | undefined {
  return useLiveQuery(kioskRepository.lock);
}

/** The questions and the name the kiosk shows: undefined while loading, null when they cannot be found. */
export function useKioskSurvey(session: KioskSession | null): KioskSurvey | null | undefined {
  const roundId = session?.roundId;
  const caseworkerId = session?.caseworkerId;
  return useLiveQuery(
    async () => (roundId && caseworkerId ? kioskRepository.survey({ roundId, caseworkerId }) : null),
    [roundId, caseworkerId],
  );
}

/** The current rollout, its live rounds oldest first, and every survey version (a round names its own). */
export function useCurrentRounds() {
  return useLiveQuery(async () => {
    const rollout = await rolloutRepository.current();
    const [rounds, instruments] = await Promise.all([
      rollout ? surveyRepository.rounds.listOldestFirst(rollout.id) : Promise.resolve([]),
      surveyRepository.instruments.listIncludingTrash(),
    ]);
    return { rollout, rounds, instruments };
  });
}

// The results worked out from one copy, shared by the screens like the copy itself.
const derived: WorkedOut<SurveyRaw, SurveyResults> = new WeakMap();

/**
 * The survey results of the current rollout; undefined while the first read is in flight and its results are worked
 * out (a slice at a time), then the results of the copy before while a newer one is worked out; undefined again once
 * the copy is forgotten (lock, presentation mode), never the results of a forgotten copy. With `wanted` false (the
 * screen shows a view kept from an earlier visit), undefined and nothing read.
 */
export function useSurveyResults(wanted = true): SurveyResults | undefined {
  const source = wanted ? surveyRead : notReading;
  const raw = useSharedView(source, 'The survey results');
  return useWorkedOutInSlices(raw, '', surveyResultsInSteps, derived);
}

export interface InstrumentState {
  /** The version new rounds use (newest version of the newest series). */
  current: SurveyInstrument | null;
  /** Every live version, newest first. */
  versions: SurveyInstrument[];
  /** Responses given on each version, live or in Trash. */
  answers: Map<string, number>;
}

export function useInstruments(): InstrumentState | undefined {
  return useLiveQuery(async () => {
    const [instruments, answers] = await Promise.all([
      surveyRepository.instruments.listIncludingTrash(),
      surveyRepository.instruments.countAnswers(),
    ]);
    const versions = instruments
      .filter((i) => isLive(i))
      .sort((a, b) => b.version - a.version || b.createdAt.localeCompare(a.createdAt));
    return { current: latestVersions(instruments)[0] ?? null, versions, answers };
  });
}
