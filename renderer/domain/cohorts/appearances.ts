// Where a caseworker appears in the records that name many people: the members (and assistant coach) of a cohort,
// the attendees of a training session, the rows of a standup. The data layer keeps one row per person and record
// (data/middleware/appearancesLayer.ts) so a caseworker's timeline reads their few cohorts, sessions and standups
// through an index instead of opening every cohort, session and standup of the agency (issue 15).

/** The tables whose records name many caseworkers, and so have appearances. */
export const APPEARANCE_TABLES = ['cohorts', 'trainingSessions', 'standups'] as const;
export type AppearanceTable = (typeof APPEARANCE_TABLES)[number];

export const isAppearanceTable = (table: string): table is AppearanceTable =>
  (APPEARANCE_TABLES as readonly string[]).includes(table);

/** One caseworker named by one record. The id puts a record's rows together, so a table's rows are one key range. */
export interface Appearance {
  id: string;
  caseworkerId: string;
  table: AppearanceTable;
  recordId: string;
}

interface Named {
  id: string;
  members?: ReadonlyArray<{ caseworkerId: string }>;
  assistantCoachId?: string | null;
  attendeeIds?: readonly string[];
  rows?: ReadonlyArray<{ caseworkerId: string }>;
}

/** The caseworkers a record of `table` names, each once. */
export function caseworkersIn(table: AppearanceTable, record: Named): string[] {
  const ids =
    table === 'cohorts'
      ? [...(record.members ?? []).map((m) => m.caseworkerId), record.assistantCoachId]
      : table === 'trainingSessions'
        ? [...(record.attendeeIds ?? [])]
        : (record.rows ?? []).map((r) => r.caseworkerId);
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

/** What the ids of a record's rows start with (`<table>|<record>|`, then the caseworker): one key range per record. */
export const appearanceIdPrefix = (table: AppearanceTable, recordId: string): string =>
  `${table}|${recordId}|`;

/** The appearance rows of a record as written. */
export function appearancesOf(table: AppearanceTable, record: Named): Appearance[] {
  return caseworkersIn(table, record).map((caseworkerId) => ({
    id: `${appearanceIdPrefix(table, record.id)}${caseworkerId}`,
    caseworkerId,
    table,
    recordId: record.id,
  }));
}
