// Encryption at rest: the lowest layer of the middleware chain (chain.ts), closest to IndexedDB. Personal fields are
// sealed (AES-256-GCM) on every add and put, and opened on every read, so features and the layers above (presentation
// mode, change capture) never see ciphertext. Dexie's own cache sits below the chain and so holds sealed records;
// they open lazily (sealRecords.ts), so a read that touches only clear fields decrypts nothing. The cipher is
// synchronous on purpose: IndexedDB commits a transaction as soon as its code awaits a promise that is not an
// IndexedDB request, so WebCrypto's asynchronous encrypt cannot run here. Only tables of the domain's registry are
// encrypted; settings and bookkeeping tables hold nothing personal.
import type { DBCoreCursor, DBCoreTable } from 'dexie';
import { OpenedCache } from '../../domain/crypto/openedCache';
import { clearFieldSet, openRecord as openWithKey, sealRecord } from '../../domain/crypto/sealRecords';
import { tableNames } from '../../domain/model';
import { onDataKeyChange, requireDataKey } from '../keySession';
import type { ChainLayer } from './chain';

const encryptedTables = new Set<string>(tableNames);

// Records opened under the current data key; emptied when the key changes or is wiped, so a lock forgets them too.
const opened = new OpenedCache();
onDataKeyChange(() => opened.clear());

/** Forgets every opened record (the benchmark uses it to time a first read after unlocking). */
export const forgetOpenedRecords = (): void => opened.clear();

const openRecord = (table: string, stored: unknown, key: Uint8Array): unknown =>
  openWithKey(table, stored, key, opened);

function openCursor(cursor: DBCoreCursor | null, table: string, key: Uint8Array): DBCoreCursor | null {
  if (!cursor) return cursor;
  // One cursor object walks many records: open each stored value once, and again when the cursor has moved on.
  let raw: unknown;
  let value: unknown;
  return Object.create(cursor, {
    value: {
      get: () => {
        const current: unknown = cursor.value;
        if (current !== raw || value === undefined) {
          raw = current;
          value = openRecord(table, current, key);
        }
        return value;
      },
    },
  }) as DBCoreCursor;
}

export const encryptionLayer: ChainLayer = {
  create(down) {
    return {
      ...down,
      table(tableName): DBCoreTable {
        const table = down.table(tableName);
        if (!encryptedTables.has(tableName)) return table;
        const indexed = table.schema.indexes.flatMap((index) =>
          typeof index.keyPath === 'string' ? [index.keyPath] : (index.keyPath ?? []),
        );
        const clear = clearFieldSet(tableName, indexed);
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const key = requireDataKey();
            const values = req.values.map((value) =>
              sealRecord(tableName, value as Record<string, unknown>, key, clear, opened),
            );
            return table.mutate({ ...req, values });
          },
          // No async/await here: chaining on the promise the layer below returns keeps Dexie's transaction zone, which
          // a native promise would lose for every layer above.
          get(req) {
            const key = requireDataKey();
            return table.get(req).then((value) => openRecord(tableName, value, key));
          },
          getMany(req) {
            const key = requireDataKey();
            return table
              .getMany(req)
              .then((values) => values.map((value) => openRecord(tableName, value, key)));
          },
          query(req) {
            const key = requireDataKey();
            return table
              .query(req)
              .then((res) =>
                req.values
                  ? { ...res, result: res.result.map((value) => openRecord(tableName, value, key)) }
                  : res,
              );
          },
          openCursor(req) {
            const key = requireDataKey();
            return table
              .openCursor(req)
              .then((cursor) => (req.values ? openCursor(cursor, tableName, key) : cursor));
          },
        };
      },
    };
  },
};
