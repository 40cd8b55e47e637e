// Schema version 1: the Dexie store definitions for the whole domain model. Shipped versions are never edited;
// a change is a new file (v2.ts) appended to the chain in db.ts with a named upgrade and a test.
// Only ids, foreign keys, dates and tombstones are indexed; names and narratives stay in non-indexed fields.
export const schemaV1 = {
  rollouts: 'id, deletedAt',
  units: 'id, deletedAt',
  caseworkers: 'id, unitId, role, status, employeeId, deletedAt',
  coaches: 'id, caseworkerId, deletedAt',
  surveyInstruments: 'id, seriesId, [seriesId+version], deletedAt',
  surveyRounds: 'id, rolloutId, instrumentId, openedOn, deletedAt',
  surveyResponses: 'id, roundId, caseworkerId, [roundId+caseworkerId], instrumentId, answeredOn, deletedAt',
  cohorts: 'id, rolloutId, deletedAt',
  trainingSessions: 'id, rolloutId, cohortId, date, deletedAt',
  rubrics: 'id, seriesId, [seriesId+version], deletedAt',
  coachingEntries: 'id, caseworkerId, coachId, date, kind, deletedAt',
  standups: 'id, cohortId, date, [cohortId+date], deletedAt',
  gaps: 'id, caseworkerId, status, deletedAt',
  monthlyMeasures: 'id, caseworkerId, month, [caseworkerId+month], deletedAt',
  drafts: 'id, key, deletedAt',
  settings: 'id',
} as const;
