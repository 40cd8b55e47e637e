// The wire protocol between a desk and the agency hub (docs/sync-protocol.md), as zod schemas that both sides parse
// with: enrol a device, push changes, pull changes since a cursor. Versioned: every message carries `protocol`, and a
// hub answers a version it does not speak with 426 and the versions it does.
import { z } from 'zod';
import { baseRecord, tableDefs, uuid } from '../model';
import { STAMP_PATTERN } from './hlc';
import { isSyncTable, syncTables, type SyncTable } from './syncedTables';

export const PROTOCOL_VERSION = 1;
export const MAX_PUSH_CHANGES = 500;
export const MAX_PULL_LIMIT = 5000;

export const stampSchema = z.string().regex(STAMP_PATTERN, 'is not a sync stamp');
const syncTable = z.enum(syncTables as [SyncTable, ...SyncTable[]]);
const protocol = z.literal(PROTOCOL_VERSION);

export const conflictSchema = z.object({
  field: z.string().min(1).max(100),
  winner: stampSchema,
  loser: stampSchema,
});

const fieldName = z.string().min(1).max(100);
export const changeSchema = z.object({
  table: syncTable,
  id: uuid,
  fields: z.record(fieldName, z.unknown()),
  stamps: z.record(fieldName, stampSchema),
  base: z.record(fieldName, stampSchema.nullable()),
  purged: stampSchema.nullable(),
});

export const recordStateSchema = z.object({
  table: syncTable,
  id: uuid,
  fields: z.record(fieldName, z.unknown()),
  stamps: z.record(fieldName, stampSchema),
  purged: stampSchema.nullable(),
  conflicts: z.array(conflictSchema),
});

export const roles = ['supervisor', 'trainer', 'lead'] as const;
export type HubRole = (typeof roles)[number];

export const enrolRequest = z.object({
  protocol,
  code: z.string().trim().min(8).max(64),
  deviceId: uuid,
  deviceName: z.string().trim().max(200).default(''),
});
export const personSchema = z.object({
  id: uuid,
  name: z.string(),
  role: z.enum(roles),
  unitIds: z.array(uuid),
  rolloutId: uuid.nullable(),
});
export type HubPerson = z.infer<typeof personSchema>;
export const enrolResponse = z.object({ protocol, token: z.string().min(32), person: personSchema });

export const pushRequest = z.object({
  protocol,
  /** Chosen by the desk and reused on a retry: the hub applies a batch once and answers a retry with the same result. */
  batchId: uuid,
  changes: z.array(changeSchema).max(MAX_PUSH_CHANGES),
});
export const pushStatus = z.enum(['applied', 'purged', 'rejected']);
export const pushResult = z.object({
  table: syncTable,
  id: uuid,
  status: pushStatus,
  reason: z.string().optional(),
});
export const pushResponse = z.object({
  protocol,
  batchId: uuid,
  results: z.array(pushResult),
  conflicts: z.number().int().min(0),
  /** True when this batch had been applied before and this is the stored answer. */
  replayed: z.boolean(),
});

/** A cursor is opaque to desks: they send back what the last pull returned ('' for the first pull). */
export const pullResponse = z.object({
  protocol,
  records: z.array(recordStateSchema),
  cursor: z.string().max(200),
  /** More pages wait; pull again with the new cursor. */
  more: z.boolean(),
  /** Rows the person may read in all (for a progress bar on the first sync). */
  total: z.number().int().min(0),
});

export type EnrolRequest = z.input<typeof enrolRequest>;
export type EnrolResponse = z.infer<typeof enrolResponse>;
export type PushRequest = z.infer<typeof pushRequest>;
export type PushResponse = z.infer<typeof pushResponse>;
export type PushResult = z.infer<typeof pushResult>;
export type PullResponse = z.infer<typeof pullResponse>;

const recordShapes = new Map<SyncTable, z.ZodType>();
function recordShape(table: SyncTable): z.ZodType {
  let shape = recordShapes.get(table);
  if (!shape) {
    const { id: _id, ...base } = baseRecord.shape;
    // Field by field (no cross-field rules): a merge of two desks' edits may combine values that each desk checked alone.
    shape = z.object({ ...base, ...tableDefs[table].fields.shape }).strict();
    recordShapes.set(table, shape);
  }
  return shape;
}

/** Checks a record's merged fields against the domain schema; returns a message naming the problem, or null. */
export function checkRecordFields(table: string, fields: Record<string, unknown>): string | null {
  if (!isSyncTable(table)) return `${table} does not sync`;
  const result = recordShape(table).safeParse(fields);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`;
}
