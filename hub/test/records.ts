// Valid records for the hub's tests, built with the domain's own schemas so defaults are filled as the app fills them.
import { randomUUID } from 'node:crypto';
import { tableDefs } from '../../renderer/domain/model';
import type { SyncTable } from '../../renderer/domain/sync';

export const AT = '2026-03-01T09:00:00.000Z';

export function record(table: SyncTable, input: Record<string, unknown>, id = randomUUID()) {
  const fields = tableDefs[table].fields.parse(input) as Record<string, unknown>;
  return { id, values: { createdAt: AT, updatedAt: AT, deletedAt: null, ...fields } };
}
