// Entity types derived from the schemas, and the registry of tables: the one list that the database, Trash,
// backups and CSV export all walk, so a new entity cannot be forgotten by one of them.
import type { z } from 'zod';
import {
  caseworkerFields,
  coachFields,
  coachingEntryFields,
  cohortFields,
  draftFields,
  gapFields,
  monthlyMeasureFields,
  rolloutFields,
  rubricFields,
  standupFields,
  surveyInstrumentFields,
  surveyResponseFields,
  surveyRoundFields,
  trainingSessionFields,
  unitFields,
  type BaseRecord,
} from './schemas';

type Entity<S extends z.ZodType> = BaseRecord & z.output<S>;
/** What a caller supplies to create a record: the fields, with defaults optional. */
export type Input<S extends z.ZodType> = z.input<S>;

export type Rollout = Entity<typeof rolloutFields>;
export type Unit = Entity<typeof unitFields>;
export type Caseworker = Entity<typeof caseworkerFields>;
export type Coach = Entity<typeof coachFields>;
export type SurveyInstrument = Entity<typeof surveyInstrumentFields>;
export type SurveyRound = Entity<typeof surveyRoundFields>;
export type SurveyResponse = Entity<typeof surveyResponseFields>;
export type Cohort = Entity<typeof cohortFields>;
export type TrainingSession = Entity<typeof trainingSessionFields>;
export type Rubric = Entity<typeof rubricFields>;
export type CoachingEntry = Entity<typeof coachingEntryFields>;
export type Standup = Entity<typeof standupFields>;
export type Gap = Entity<typeof gapFields>;
export type MonthlyMeasure = Entity<typeof monthlyMeasureFields>;
export type Draft = Entity<typeof draftFields>;

export type CohortMember = Cohort['members'][number];
export type ActionItem = CoachingEntry['actionItems'][number];
export type StandupRow = Standup['rows'][number];

/** Every table of the workspace, its record schema and how people call it. Order is the order of export and Trash. */
export const tableDefs = {
  rollouts: { fields: rolloutFields, label: 'Rollouts', singular: 'rollout' },
  units: { fields: unitFields, label: 'Units', singular: 'unit' },
  caseworkers: { fields: caseworkerFields, label: 'Caseworkers', singular: 'caseworker' },
  coaches: { fields: coachFields, label: 'Coaches', singular: 'coach' },
  surveyInstruments: {
    fields: surveyInstrumentFields,
    label: 'Survey instruments',
    singular: 'survey instrument',
  },
  surveyRounds: { fields: surveyRoundFields, label: 'Survey rounds', singular: 'survey round' },
  surveyResponses: { fields: surveyResponseFields, label: 'Survey responses', singular: 'survey response' },
  cohorts: { fields: cohortFields, label: 'Cohorts', singular: 'cohort' },
  trainingSessions: {
    fields: trainingSessionFields,
    label: 'Training sessions',
    singular: 'training session',
  },
  rubrics: { fields: rubricFields, label: 'Rubrics', singular: 'rubric' },
  coachingEntries: { fields: coachingEntryFields, label: 'Coaching entries', singular: 'coaching entry' },
  standups: { fields: standupFields, label: 'Standups', singular: 'standup' },
  gaps: { fields: gapFields, label: 'Gaps', singular: 'gap' },
  monthlyMeasures: { fields: monthlyMeasureFields, label: 'Monthly measures', singular: 'monthly measure' },
  drafts: { fields: draftFields, label: 'Drafts', singular: 'draft' },
} as const;

export type TableName = keyof typeof tableDefs;
export const tableNames = Object.keys(tableDefs) as TableName[];

export interface EntityByTable {
  rollouts: Rollout;
  units: Unit;
  caseworkers: Caseworker;
  coaches: Coach;
  surveyInstruments: SurveyInstrument;
  surveyRounds: SurveyRound;
  surveyResponses: SurveyResponse;
  cohorts: Cohort;
  trainingSessions: TrainingSession;
  rubrics: Rubric;
  coachingEntries: CoachingEntry;
  standups: Standup;
  gaps: Gap;
  monthlyMeasures: MonthlyMeasure;
  drafts: Draft;
}
export type InputByTable = { [K in TableName]: Input<(typeof tableDefs)[K]['fields']> };
