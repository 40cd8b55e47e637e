// Which fields of which tables point at records of another table: the one list that backup restore checks (a backup
// whose coaching entry names a caseworker the file does not hold is damaged) and that anyone merging data can walk.
import type { EntityByTable, TableName } from './entities';

export interface Reference {
  /** Where the id sits, for messages: "caseworker", "cohort member". */
  label: string;
  target: TableName;
  /** Every id this record points at through this reference (null, empty and missing are fine). */
  ids: (record: never) => ReadonlyArray<string | null | undefined>;
}

const one =
  <K extends TableName>(pick: (r: EntityByTable[K]) => string | null | undefined) =>
  (r: never) => [pick(r)];
const many =
  <K extends TableName>(pick: (r: EntityByTable[K]) => ReadonlyArray<string | null | undefined>) =>
  (r: never) =>
    pick(r);

export const references: { [K in TableName]?: Reference[] } = {
  caseworkers: [{ label: 'unit', target: 'units', ids: one<'caseworkers'>((c) => c.unitId) }],
  coaches: [{ label: 'caseworker', target: 'caseworkers', ids: one<'coaches'>((c) => c.caseworkerId) }],
  surveyRounds: [
    { label: 'rollout', target: 'rollouts', ids: one<'surveyRounds'>((r) => r.rolloutId) },
    {
      label: 'survey instrument',
      target: 'surveyInstruments',
      ids: one<'surveyRounds'>((r) => r.instrumentId),
    },
  ],
  surveyResponses: [
    { label: 'survey round', target: 'surveyRounds', ids: one<'surveyResponses'>((r) => r.roundId) },
    {
      label: 'survey instrument',
      target: 'surveyInstruments',
      ids: one<'surveyResponses'>((r) => r.instrumentId),
    },
    { label: 'caseworker', target: 'caseworkers', ids: one<'surveyResponses'>((r) => r.caseworkerId) },
  ],
  cohorts: [
    { label: 'rollout', target: 'rollouts', ids: one<'cohorts'>((c) => c.rolloutId) },
    {
      label: 'member',
      target: 'caseworkers',
      ids: many<'cohorts'>((c) => c.members.map((m) => m.caseworkerId)),
    },
    { label: 'head coach', target: 'coaches', ids: one<'cohorts'>((c) => c.headCoachId) },
    { label: 'assistant coach', target: 'caseworkers', ids: one<'cohorts'>((c) => c.assistantCoachId) },
  ],
  trainingSessions: [
    { label: 'rollout', target: 'rollouts', ids: one<'trainingSessions'>((t) => t.rolloutId) },
    { label: 'cohort', target: 'cohorts', ids: one<'trainingSessions'>((t) => t.cohortId) },
    { label: 'attendee', target: 'caseworkers', ids: many<'trainingSessions'>((t) => t.attendeeIds) },
  ],
  coachingEntries: [
    { label: 'caseworker', target: 'caseworkers', ids: one<'coachingEntries'>((e) => e.caseworkerId) },
    { label: 'coach', target: 'coaches', ids: one<'coachingEntries'>((e) => e.coachId) },
    { label: 'rubric', target: 'rubrics', ids: one<'coachingEntries'>((e) => e.rubricId) },
  ],
  standups: [
    { label: 'cohort', target: 'cohorts', ids: one<'standups'>((s) => s.cohortId) },
    {
      label: 'member',
      target: 'caseworkers',
      ids: many<'standups'>((s) => s.rows.map((r) => r.caseworkerId)),
    },
  ],
  gaps: [
    { label: 'caseworker', target: 'caseworkers', ids: one<'gaps'>((g) => g.caseworkerId) },
    {
      label: 'coaching evidence',
      target: 'coachingEntries',
      ids: many<'gaps'>((g) => g.evidence.filter((e) => e.kind === 'coaching').map((e) => e.id)),
    },
    {
      label: 'measure evidence',
      target: 'monthlyMeasures',
      ids: many<'gaps'>((g) => g.evidence.filter((e) => e.kind === 'measure').map((e) => e.id)),
    },
  ],
  monthlyMeasures: [
    { label: 'caseworker', target: 'caseworkers', ids: one<'monthlyMeasures'>((m) => m.caseworkerId) },
  ],
};

export interface DuplicateId {
  table: TableName;
  id: string;
  count: number;
}

/** Ids used by more than one record of the same table. */
export function duplicateIds(tables: { [K in TableName]?: ReadonlyArray<{ id: string }> }): DuplicateId[] {
  const out: DuplicateId[] = [];
  for (const [table, rows] of Object.entries(tables) as [TableName, ReadonlyArray<{ id: string }>][]) {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.id, (counts.get(row.id) ?? 0) + 1);
    for (const [id, count] of counts) if (count > 1) out.push({ table, id, count });
  }
  return out;
}

export interface DanglingReference {
  table: TableName;
  /** The record that points. */
  id: string;
  label: string;
  /** The id it points at, which no record of `targetTable` has. */
  target: string;
  targetTable: TableName;
}

/** References to records that are not in `tables` (deleted records in Trash count as present). */
export function danglingReferences(tables: {
  [K in TableName]?: ReadonlyArray<{ id: string }>;
}): DanglingReference[] {
  const ids = new Map<TableName, Set<string>>();
  const idsOf = (table: TableName): Set<string> => {
    let set = ids.get(table);
    if (!set) {
      set = new Set((tables[table] ?? []).map((r) => r.id));
      ids.set(table, set);
    }
    return set;
  };
  const out: DanglingReference[] = [];
  for (const [table, refs] of Object.entries(references) as [TableName, Reference[]][]) {
    for (const row of tables[table] ?? []) {
      for (const ref of refs) {
        for (const target of ref.ids(row as never)) {
          if (target && !idsOf(ref.target).has(target))
            out.push({ table, id: row.id, label: ref.label, target, targetTable: ref.target });
        }
      }
    }
  }
  return out;
}

/** Records (live or in Trash) that point at record `id` of `table`: what deleting it for good would leave dangling. */
export function referencesTo(
  tables: { [K in TableName]?: ReadonlyArray<{ id: string }> },
  table: TableName,
  id: string,
): Array<{ table: TableName; id: string; label: string }> {
  const out: Array<{ table: TableName; id: string; label: string }> = [];
  for (const [from, refs] of Object.entries(references) as [TableName, Reference[]][]) {
    for (const ref of refs) {
      if (ref.target !== table) continue;
      for (const row of tables[from] ?? [])
        if (ref.ids(row as never).includes(id)) out.push({ table: from, id: row.id, label: ref.label });
    }
  }
  return out;
}
