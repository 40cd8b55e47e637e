// What the survey screens and the cohort builder's proposal read: the roster, the settings and the current rollout's
// rounds and answers (50,000 at agency scale), in one copy shared by them (sharedRead.ts), read again only when one of
// these tables changes. Moving between the survey tabs, or from the results to Propose, reads and scores nothing
// again; and a shared copy is read outside Dexie's live queries, which clone every result into their cache and track
// the key of every answer read (issue 15).
import { caseworkerRepository, unitRepository } from './rosterRepository';
import { rolloutRepository } from './rolloutRepository';
import { settingsRepository } from './settingsRepository';
import { sharedRead } from './sharedRead';
import { surveyRepository } from './surveyRepository';
import { writtenStamp } from './startSnapshotRepository';
import type { TableName } from '../domain/model';

// The workspace tables read here (the settings are not one: a view built from them names the settings it is for).
const TABLES = [
  'caseworkers',
  'units',
  'rollouts',
  'surveyRounds',
  'surveyResponses',
  'surveyInstruments',
] as const satisfies readonly TableName[];

/** One copy, read now (the screens share theirs through `surveyRead`; a restore's worker reads its own). */
export async function readSurveyData() {
  // The write tokens before the read (startSnapshotRepository): a write during the read changes them, so a view built
  // from this copy is never kept as current for records it did not see.
  const stamp = await writtenStamp(TABLES);
  const [caseworkers, units, settings, rollout] = await Promise.all([
    // In no order: sorting would open every sealed name (the screens sort what they show).
    caseworkerRepository.list(),
    unitRepository.listByName(),
    settingsRepository.load(),
    rolloutRepository.current(),
  ]);
  // Only the current rollout's rounds and responses are read, through the indexes.
  const data = await surveyRepository.dataOfRollout(rollout?.id ?? null);
  return { data, caseworkers, units, settings, rollout, stamp };
}
export type SurveyRaw = Awaited<ReturnType<typeof readSurveyData>>;

export const surveyRead = sharedRead([...TABLES, 'settings'], readSurveyData);
