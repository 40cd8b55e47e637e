// Live survey data for the surveys screens: the current rollout's rounds, every response scored, each caseworker's latest
// stance (read through latestStances, the single source of truth), the stance mix and the adopter labels.
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PresentationModeError } from '../../data/presentationMode';
import { reportFailure } from '../../ui/runAction';
import type {
  Caseworker,
  Rollout,
  Settings,
  SurveyInstrument,
  SurveyResponse,
  SurveyRound,
  Unit,
} from '../../domain/model';
import type { AdopterCategory } from '../../domain/survey/adopterCategories';
import { latestVersions } from '../../domain/survey/instrumentEditing';
import type { StanceThresholds } from '../../domain/survey/scoreResponse';
import { adopterLabels, stanceMix, type StanceMix } from '../../domain/survey/stanceMix';
import {
  latestByCaseworker,
  oldestRoundFirst,
  scoreInSteps,
  type ScoredResponse,
} from '../../domain/survey/surveyResults';
import { type KioskLock, type KioskSession, type KioskSurvey, kioskRepository } from '../../data/surveyKiosk';
import { unitNames, type NameLookup } from '../../domain/roster/names';
import { surveyRepository } from '../../data/surveyRepository';
import { rolloutRepository } from '../../data/rolloutRepository';
import { surveyRead, type SurveyRaw } from '../../data/surveyRead';
import type { ReadStamp } from '../../data/startSnapshotRepository';
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

export interface SurveyResults {
  rollout: Rollout | null;
  settings: Settings;
  thresholds: StanceThresholds;
  /** The current rollout's rounds, oldest first. */
  rounds: SurveyRound[];
  instruments: SurveyInstrument[];
  /** Live responses of the current rollout's rounds. */
  responses: SurveyResponse[];
  /** Every response of the current rollout, scored, in time order (for history and comparisons). */
  scored: ScoredResponse[];
  /** Each caseworker's latest stance within the current rollout. */
  latest: Map<string, ScoredResponse>;
  caseworkers: Caseworker[];
  units: Unit[];
  unitName: NameLookup;
  mix: StanceMix;
  adopters: Map<string, AdopterCategory>;
  /** The write tokens read before the answers (a view built from them is kept for the next visit with them). */
  readStamp: ReadStamp;
}

// Without a current rollout nothing is in scope (rather than every rollout's rounds): an id no round can have.
const NO_ROLLOUT = 'no-current-rollout';

// The results worked out from one copy, shared by the screens like the copy itself.
const derived: WorkedOut<SurveyRaw, SurveyResults> = new WeakMap();

/**
 * The results of one copy, worked out in steps (scoring 50,000 answers at agency scale pauses every 5,000), so the
 * screen runs them a slice at a time with a paint between.
 */
function* surveyResultsInSteps(raw: SurveyRaw): Generator<void, SurveyResults> {
  const { data, caseworkers, units, settings, rollout, stamp } = raw;
  const thresholds = { cheerleaderMin: settings.cheerleaderMin, hecklerMax: settings.hecklerMax };
  const scope = { rolloutId: rollout?.id ?? NO_ROLLOUT };
  const rounds = data.rounds.filter((r) => r.rolloutId === rollout?.id).sort(oldestRoundFirst);
  const roundIds = new Set(rounds.map((r) => r.id));
  // Scored once: the latest stances are the last scored answer of each person (what latestStances does).
  const scored = yield* scoreInSteps(data, thresholds, scope);
  yield;
  const latest = latestByCaseworker(scored);
  yield;
  return {
    rollout,
    settings,
    thresholds,
    rounds,
    instruments: [...data.instruments],
    responses: data.responses.filter((r) => roundIds.has(r.roundId)),
    scored,
    latest,
    caseworkers,
    units,
    unitName: unitNames(units),
    mix: stanceMix(caseworkers, units, latest),
    adopters: adopterLabels(caseworkers, latest),
    readStamp: stamp,
  };
}

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
