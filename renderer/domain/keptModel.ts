// A screen's model kept for the next visit (data/startSnapshotRepository.ts): Home's figures and the dashboard's
// charts are built from every record of the workspace, so what was built last is kept and shown at once.
import type { TableName } from './model';

/** What a model is built from, stamped: the tables it reads and their write tokens at the moment of the read. */
export interface ReadStamp {
  tables: readonly TableName[];
  token: string;
}

/**
 * Whether a kept model still gives today's figures: nothing was written since the read it was built from, and it was
 * built for today (mastery and what is due follow the day too). Otherwise it is only what the figures were when it
 * was kept.
 */
export const keptIsCurrent = (kept: { day: string; unchanged: boolean }, today: string): boolean =>
  kept.unchanged && kept.day === today;

/**
 * The ids some models are kept under: Home's figures, the dashboard's charts of the filter it opens with, the survey
 * results, the survey's people and its rounds' counts (those a restore keeps too: data/restoredViews.ts).
 */
export const KEPT_HOME = 'home';
export const KEPT_DASHBOARD = 'dashboard';
export const KEPT_SURVEY_RESULTS = 'survey-results';
export const KEPT_SURVEY_PEOPLE = 'survey-people';
export const KEPT_ROUND_COUNTS = 'survey-round-counts';
