// Which tables travel between desks and the hub, and how each record's scope (unit, rollout or the whole agency) is
// found: from the record itself, or through its caseworker or its cohort. The hub stores the scope beside each row and
// PostgreSQL's row-level security decides from it who may read and write the row.
import type { TableName } from '../model';

export type ScopeRule =
  | { kind: 'unit'; via: 'self' }
  | { kind: 'unit'; via: 'field'; field: 'unitId' }
  | { kind: 'unit'; via: 'caseworker' }
  | { kind: 'rollout'; via: 'field'; field: 'rolloutId' }
  | { kind: 'rollout'; via: 'cohort' }
  /** A record that names a caseworker belongs to their unit; otherwise to its cohort's rollout (schedules). */
  | { kind: 'unit'; via: 'caseworker'; otherwise: { kind: 'rollout'; via: 'cohort' } }
  | { kind: 'agency' };

/** Every synced table with its scope rule, in the order a push sends them (parents before children). */
export const scopeRules = {
  rollouts: { kind: 'agency' },
  units: { kind: 'unit', via: 'self' },
  caseworkers: { kind: 'unit', via: 'field', field: 'unitId' },
  coaches: { kind: 'agency' },
  surveyInstruments: { kind: 'agency' },
  surveyRounds: { kind: 'rollout', via: 'field', field: 'rolloutId' },
  surveyResponses: { kind: 'unit', via: 'caseworker' },
  cohorts: { kind: 'rollout', via: 'field', field: 'rolloutId' },
  trainingSessions: { kind: 'rollout', via: 'field', field: 'rolloutId' },
  rubrics: { kind: 'agency' },
  coachingEntries: { kind: 'unit', via: 'caseworker' },
  standups: { kind: 'rollout', via: 'cohort' },
  gaps: { kind: 'unit', via: 'caseworker' },
  monthlyMeasures: { kind: 'unit', via: 'caseworker' },
  toolUsage: { kind: 'unit', via: 'caseworker' },
  schedules: { kind: 'unit', via: 'caseworker', otherwise: { kind: 'rollout', via: 'cohort' } },
} as const satisfies Partial<Record<TableName, ScopeRule>>;

/**
 * Tables that stay on each desk, and why. Every table of the registry either syncs (scopeRules) or is listed here (a
 * unit test checks it), so a new table is a decision rather than an accident. Tables of other work of this release are
 * listed before they land, so their landing is not blocked.
 */
export const localOnlyTables: Readonly<Record<string, string>> = {
  drafts: 'half-written forms on one desk; they never leave it',
};

export type SyncTable = keyof typeof scopeRules;
export const syncTables = Object.keys(scopeRules) as SyncTable[];
export const isSyncTable = (name: string): name is SyncTable => Object.hasOwn(scopeRules, name);
export const syncOrder = (table: SyncTable): number => syncTables.indexOf(table);
