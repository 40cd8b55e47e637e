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
  scheduleFields,
  standupFields,
  surveyInstrumentFields,
  surveyResponseFields,
  surveyRoundFields,
  toolUsageFields,
  trainingSessionFields,
  unitFields,
  type BaseRecord,
  type CoachId,
} from './schemas';

/** What a caller supplies to create a record: the fields, with defaults optional. */
export type Input<S extends z.ZodType> = z.input<S>;

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
  toolUsage: { fields: toolUsageFields, label: 'Tool usage', singular: 'day of tool usage' },
  schedules: { fields: scheduleFields, label: 'Schedules', singular: 'schedule' },
  gaps: { fields: gapFields, label: 'Gaps', singular: 'gap' },
  monthlyMeasures: { fields: monthlyMeasureFields, label: 'Monthly measures', singular: 'monthly measure' },
  drafts: { fields: draftFields, label: 'Drafts', singular: 'draft' },
} as const;

export type TableName = keyof typeof tableDefs;
export const tableNames = Object.keys(tableDefs) as TableName[];

type TableDefs = typeof tableDefs;
/** The fields of a record of table K, as the schema outputs them (defaults filled in). */
export type FieldsByTable = { [K in TableName]: z.output<TableDefs[K]['fields']> };
/** Tables whose records' ids are branded (see coachRef), so their ids cannot be mixed up with other records'. */
export interface BrandedIds {
  coaches: CoachId;
}
/** The id of a record of table K. */
export type IdOf<K extends TableName> = K extends keyof BrandedIds ? BrandedIds[K] : string;
/** A stored record of table K: its fields plus the base fields every record carries. Derived from the registry. */
export type EntityByTable = { [K in TableName]: BaseRecord & { id: IdOf<K> } & FieldsByTable[K] };
export type InputByTable = { [K in TableName]: Input<TableDefs[K]['fields']> };

/** The registry seen per table, so generic code (`K extends TableName`) keeps the link between a table and its records. */
export type TableDefByTable = {
  [K in TableName]: {
    fields: z.ZodType<FieldsByTable[K], InputByTable[K]>;
    label: string;
    singular: string;
  };
};
export const tableDefByTable: TableDefByTable = tableDefs;

export type Rollout = EntityByTable['rollouts'];
export type Unit = EntityByTable['units'];
export type Caseworker = EntityByTable['caseworkers'];
export type Coach = EntityByTable['coaches'];
export type SurveyInstrument = EntityByTable['surveyInstruments'];
export type SurveyRound = EntityByTable['surveyRounds'];
export type SurveyResponse = EntityByTable['surveyResponses'];
export type Cohort = EntityByTable['cohorts'];
export type TrainingSession = EntityByTable['trainingSessions'];
export type Rubric = EntityByTable['rubrics'];
export type CoachingEntry = EntityByTable['coachingEntries'];
export type Standup = EntityByTable['standups'];
export type Gap = EntityByTable['gaps'];
export type MonthlyMeasure = EntityByTable['monthlyMeasures'];
export type Draft = EntityByTable['drafts'];
export type ToolUsage = EntityByTable['toolUsage'];
export type Schedule = EntityByTable['schedules'];

export type CohortMember = Cohort['members'][number];
export type StandupRow = Standup['rows'][number];
