// Field-level last-writer-wins merging, the heart of sync. A record's state is its field values, each with the stamp
// of the write that set it; two states merge field by field, the later stamp winning (stamps end with the device id,
// so equal times are settled the same way everywhere). Merging is commutative, associative and idempotent, so desks
// and hub reach the same state whatever order changes arrive in and however often they are retried. Deletion is the
// `deletedAt` field like any other (Trash travels as a tombstone); a purge is final: a purged record stays purged and
// no later write brings it back.
import { compareStamps, deviceOf, maxStamp, type Stamp } from './hlc';
import type { SyncTable } from './syncedTables';

/** The same field written on two desks without either having seen the other's write; the later stamp won. */
export interface Conflict {
  field: string;
  winner: Stamp;
  loser: Stamp;
}

export interface RecordState {
  table: SyncTable;
  id: string;
  /** Field values of the record, including createdAt, updatedAt and deletedAt (never `id`). */
  fields: Record<string, unknown>;
  stamps: Record<string, Stamp>;
  /** Set when the record was deleted for good; then fields and stamps are empty. */
  purged: Stamp | null;
  conflicts: Conflict[];
}

/** What a desk sends for one record: its fields, and for the ones it changed, the stamp it had seen before changing. */
export interface Change {
  table: SyncTable;
  id: string;
  fields: Record<string, unknown>;
  stamps: Record<string, Stamp>;
  /** Field -> the stamp that field had on the desk before its local edit (null: the desk had none). */
  base: Record<string, Stamp | null>;
  purged: Stamp | null;
}

/** How many conflicts a record remembers (the latest ones); enough for the report, bounded for the wire. */
export const MAX_CONFLICTS_PER_RECORD = 20;

const conflictKey = (c: Conflict) => `${c.winner}|${c.loser}|${c.field}`;

/** Union of two conflict lists, latest first, at most MAX_CONFLICTS_PER_RECORD (a join: order of merging never matters). */
export function unionConflicts(a: readonly Conflict[], b: readonly Conflict[]): Conflict[] {
  const byKey = new Map<string, Conflict>();
  for (const c of [...a, ...b]) byKey.set(conflictKey(c), c);
  return [...byKey.entries()]
    .sort((x, y) => (x[0] < y[0] ? 1 : x[0] > y[0] ? -1 : 0))
    .slice(0, MAX_CONFLICTS_PER_RECORD)
    .map(([, c]) => c);
}

/** Deterministic order for two values written with the same stamp (only a forged or corrupted stamp does that). */
function tieBreak(a: unknown, b: unknown): unknown {
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function purgedState(table: SyncTable, id: string, stamp: Stamp): RecordState {
  return { table, id, fields: {}, stamps: {}, purged: stamp, conflicts: [] };
}

/** The join of two states of one record. */
export function mergeStates(a: RecordState | undefined, b: RecordState): RecordState {
  if (!a) return b;
  if (a.purged !== null || b.purged !== null) {
    return purgedState(b.table, b.id, maxStamp(a.purged, b.purged) as Stamp);
  }
  const fields: Record<string, unknown> = {};
  const stamps: Record<string, Stamp> = {};
  for (const field of new Set([...Object.keys(a.stamps), ...Object.keys(b.stamps)])) {
    const sa = a.stamps[field];
    const sb = b.stamps[field];
    if (sa === undefined || (sb !== undefined && compareStamps(sb, sa) > 0)) {
      fields[field] = b.fields[field];
      stamps[field] = sb as Stamp;
    } else if (sb === undefined || compareStamps(sa, sb) > 0) {
      fields[field] = a.fields[field];
      stamps[field] = sa;
    } else {
      fields[field] = tieBreak(a.fields[field], b.fields[field]);
      stamps[field] = sa;
    }
  }
  return {
    table: b.table,
    id: b.id,
    fields,
    stamps,
    purged: null,
    conflicts: unionConflicts(a.conflicts, b.conflicts),
  };
}

export interface Applied {
  next: RecordState;
  /** False when the record was purged before: the change was dropped. */
  accepted: boolean;
  /** Conflicts found by this change (already included in next.conflicts). */
  conflicts: Conflict[];
  /** Whether the stored state changed (a retried push changes nothing). */
  changed: boolean;
}

/**
 * The hub merging one pushed change into what it holds. A field the pushing desk changed is in conflict when the hub
 * holds a different value written by another desk that the pushing desk had not seen (its `base` differs).
 */
export function applyChange(current: RecordState | undefined, change: Change): Applied {
  const table = change.table;
  if (change.purged !== null) {
    // Two desks may purge the same record; the later purge stamp is kept, as every desk's merge keeps it.
    const next = purgedState(table, change.id, maxStamp(current?.purged ?? null, change.purged) as Stamp);
    return { next, accepted: true, conflicts: [], changed: next.purged !== current?.purged };
  }
  if (current?.purged) return { next: current, accepted: false, conflicts: [], changed: false };
  const found: Conflict[] = [];
  if (current) {
    for (const [field, base] of Object.entries(change.base)) {
      const theirs = current.stamps[field];
      const ours = change.stamps[field];
      if (theirs === undefined || ours === undefined || theirs === base || theirs === ours) continue;
      if (deviceOf(theirs) === deviceOf(ours) || sameValue(current.fields[field], change.fields[field]))
        continue;
      const ourWin = compareStamps(ours, theirs) > 0;
      found.push({ field, winner: ourWin ? ours : theirs, loser: ourWin ? theirs : ours });
    }
  }
  const incoming: RecordState = {
    table,
    id: change.id,
    fields: change.fields,
    stamps: change.stamps,
    purged: null,
    conflicts: found,
  };
  const next = mergeStates(current, incoming);
  return { next, accepted: true, conflicts: found, changed: !current || !sameState(current, next) };
}

export function sameState(a: RecordState, b: RecordState): boolean {
  if (a.purged !== b.purged) return false;
  const keys = Object.keys(a.stamps);
  if (keys.length !== Object.keys(b.stamps).length) return false;
  for (const k of keys) if (a.stamps[k] !== b.stamps[k]) return false;
  return sameValue(a.conflicts, b.conflicts);
}

/** A desk merging a state pulled from the hub: which of its own not-yet-pushed field edits lost to a later write. */
export function mergePulled(
  local: RecordState | undefined,
  remote: RecordState,
  pendingFields: ReadonlySet<string>,
): { next: RecordState; lostFields: string[] } {
  const next = mergeStates(local, remote);
  const lostFields = next.purged
    ? [...pendingFields]
    : [...pendingFields].filter((f) => local?.stamps[f] !== undefined && next.stamps[f] !== local.stamps[f]);
  return { next, lostFields };
}
