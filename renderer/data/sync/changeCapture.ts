// Change capture for sync, one layer of the middleware chain (between presentation mode above and encryption below):
// every write to a synced table, while a hub is configured, adds outbox rows and field stamps in the same transaction
// as the write. It stores table, id, changed field names and hybrid-logical-clock stamps, never values. Writes that
// apply changes pulled from the hub mark their transaction and are not captured.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { hasStores, withStoresOnWrite } from '../middleware/layerStores';
import { formatStamp, isSyncTable, tickHlc, type Stamp, type SyncTable } from '../../domain/sync';
import { nowMs } from '../../clock';
import { keyOf, type OutboxRow, type StampsRow, type SyncStateRow } from './syncTypes';

const SYNC_STORES = ['syncOutbox', 'syncStamps', 'syncState'];
const REMOTE = '__cohortCoachRemote';

/** Marks a transaction as applying the hub's changes: change capture lets its writes through uncaptured. */
export function markRemote(trans: unknown): void {
  (trans as Record<string, unknown>)[REMOTE] = true;
}
const isRemote = (trans: DBCoreTransaction): boolean =>
  (trans as unknown as Record<string, unknown>)[REMOTE] === true;

const fieldsOf = (value: Record<string, unknown>): string[] => Object.keys(value).filter((k) => k !== 'id');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const changeCaptureLayer = {
  create(down: DBCore): Partial<DBCore> {
    if (!hasStores(down, SYNC_STORES)) return {};
    return {
      // The outbox must be in every read-write transaction that writes a synced table, so it commits with it.
      transaction: withStoresOnWrite(down, isSyncTable, SYNC_STORES),
      table(name): DBCoreTable {
        const table = down.table(name);
        if (!isSyncTable(name)) return table;
        return {
          ...table,
          async mutate(req) {
            if (isRemote(req.trans)) return table.mutate(req);
            const state = (await down.table('syncState').get({ trans: req.trans, key: 'sync' })) as
              SyncStateRow | undefined;
            if (!state?.hub) return table.mutate(req);
            const captured = await capture(down, table, name, req, state);
            const result = await table.mutate(req);
            await captured(result.failures);
            return result;
          },
        };
      },
    };
  },
};

/** Works out what the write changes (before it happens), and returns the step that records it (after it succeeded). */
async function capture(
  down: DBCore,
  table: DBCoreTable,
  name: SyncTable,
  req: DBCoreMutateRequest,
  state: SyncStateRow,
): Promise<(failures: Record<number, Error>) => Promise<void>> {
  const trans = req.trans;
  let changes: Array<{ id: string; fields: string[] } | { id: string; purge: true }> = [];
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values as Array<Record<string, unknown>>;
    const ids = values.map((v, i) => String(v.id ?? req.keys?.[i]));
    const before = (await table.getMany({ trans, keys: ids })) as Array<Record<string, unknown> | undefined>;
    changes = values.map((value, i) => {
      const old = before[i];
      const fields = old ? fieldsOf(value).filter((f) => !same(value[f], old[f])) : fieldsOf(value);
      return { id: ids[i] as string, fields };
    });
  } else if (req.type === 'delete') {
    changes = req.keys.map((k) => ({ id: String(k), purge: true as const }));
  } else if (req.type === 'deleteRange') {
    const found = await table.query({
      trans,
      values: false,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    changes = found.result.map((k) => ({ id: String(k), purge: true as const }));
  }
  return async (failures) => {
    const keep = changes.filter((c, i) => !failures[i] && ('purge' in c || c.fields.length > 0));
    if (!keep.length) return;
    const stampsTable = down.table('syncStamps');
    const keys = keep.map((c) => keyOf(name, c.id));
    const stampRows = (await stampsTable.getMany({ trans, keys })) as Array<StampsRow | undefined>;
    let hlc = tickHlc(state.hlc, nowMs());
    const outbox: OutboxRow[] = [];
    const nextStamps: StampsRow[] = [];
    keep.forEach((change, i) => {
      const key = keys[i] as string;
      const stamp: Stamp = formatStamp(hlc, state.deviceId);
      hlc = tickHlc(hlc, nowMs());
      const row = stampRows[i] ?? { key, stamps: {}, purged: null };
      if ('purge' in change) {
        outbox.push({ key, table: name, id: change.id, fields: [], stamp, base: {}, purge: true });
        nextStamps.push({ key, stamps: {}, purged: stamp });
        return;
      }
      const base = Object.fromEntries(change.fields.map((f) => [f, row.stamps[f] ?? null]));
      outbox.push({ key, table: name, id: change.id, fields: change.fields, stamp, base, purge: false });
      const stamps = { ...row.stamps };
      for (const f of change.fields) stamps[f] = stamp;
      nextStamps.push({ key, stamps, purged: null });
    });
    await down.table('syncOutbox').mutate({ type: 'add', trans, values: outbox });
    await stampsTable.mutate({ type: 'put', trans, values: nextStamps, keys });
    await down.table('syncState').mutate({ type: 'put', trans, values: [{ ...state, hlc }], keys: ['sync'] });
  };
}
