// Encryption at rest: the lowest layer of the middleware chain (chain.ts), closest to IndexedDB. Personal fields are
// sealed (AES-256-GCM) on every add and put, and opened on every read, so features and the layers above (presentation
// mode, change capture) never see ciphertext. Dexie's own cache sits below the chain and so holds sealed records;
// they open lazily (sealRecords.ts), so a read that touches only clear fields decrypts nothing. The cipher is
// synchronous on purpose: IndexedDB commits a transaction as soon as its code awaits a promise that is not an
// IndexedDB request, so WebCrypto's asynchronous encrypt cannot run here. Only tables of the domain's registry are
// encrypted, plus the sync state (its hub link holds the enrolment token, a credential) and the start snapshots (a
// screen's model, with names); settings and the other bookkeeping tables hold nothing personal.
import type { DBCoreCursor, DBCoreTable } from 'dexie';
import { GcmKey } from '../../domain/crypto/aead';
import { OpenedCache } from '../../domain/crypto/openedCache';
import {
  clearFieldSet,
  hasFieldsToSeal,
  isSealed,
  openRecord as openWithKey,
  sealRecord,
} from '../../domain/crypto/sealRecords';
import { tableNames } from '../../domain/model';
import { onDataKeyChange, requireDataKey } from '../keySession';
import type { ChainLayer } from './chain';

const encryptedTables = new Set<string>(tableNames);
// Bookkeeping tables that hold a secret only sometimes: their records need the key only when something is (or gets)
// sealed, so the sync state with no hub (and its clock) can be read and written while the workspace is locked, and
// the write stamps (startSnapshots' `written:<table>` rows: a token, nothing sealed) with every write.
const keyWhenSealed = new Set<string>(['syncState', 'startSnapshots']);

// Records opened under the current data key; emptied when the key changes or is wiped, so a lock forgets them too.
const opened = new OpenedCache();
// The data key as the cipher uses it (AES key schedule and GHASH table computed once, not once per record); wiped
// with the key.
let cipher: { raw: Uint8Array; key: GcmKey } | null = null;
onDataKeyChange(() => {
  opened.clear();
  cipher?.key.wipe();
  cipher = null;
});

/** The current data key, ready for the cipher; throws WorkspaceLockedError while locked. */
function recordKey(): GcmKey {
  const raw = requireDataKey();
  if (cipher?.raw !== raw) {
    cipher?.key.wipe();
    cipher = { raw, key: new GcmKey(raw) };
  }
  return cipher.key;
}

/** Forgets every opened record (the benchmark uses it to time a first read after unlocking). */
export const forgetOpenedRecords = (): void => opened.clear();

const openRecord = (table: string, stored: unknown, key: GcmKey): unknown =>
  openWithKey(table, stored, key, opened);

function openCursor(cursor: DBCoreCursor, table: string, keyOf: () => GcmKey): DBCoreCursor {
  // One cursor object walks many records: open each stored value once, and again when the cursor has moved on.
  let raw: unknown;
  let value: unknown;
  // Made from the cursor so Dexie's own per-cursor methods (continue, start, stop: bound to the real cursor) are
  // inherited; IDBCursor's `key` and `primaryKey` are getters that refuse any receiver but the real cursor ("Illegal
  // invocation" in Chromium), so they are read from it here, as Dexie's own middlewares do.
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: {
      get: () => {
        const current: unknown = cursor.value;
        if (current !== raw || value === undefined) {
          raw = current;
          value = isSealed(current) ? openRecord(table, current, keyOf()) : current;
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
        const lazyKey = keyWhenSealed.has(tableName);
        if (!encryptedTables.has(tableName) && !lazyKey) return table;
        const indexed = table.schema.indexes.flatMap((index) =>
          typeof index.keyPath === 'string' ? [index.keyPath] : (index.keyPath ?? []),
        );
        const clear = clearFieldSet(tableName, indexed);
        // The key for reading `values` (or sealing them): always for personal tables, only when needed for the others.
        const keyFor = (values: readonly unknown[], sealing: boolean): GcmKey | null =>
          !lazyKey ||
          values.some((v) => (sealing ? hasFieldsToSeal(v as Record<string, unknown>, clear) : isSealed(v)))
            ? recordKey()
            : null;
        const openAll = (values: unknown[]): unknown[] => {
          const key = keyFor(values, false);
          return key ? values.map((value) => openRecord(tableName, value, key)) : values;
        };
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const key = keyFor(req.values, true);
            if (!key) return table.mutate(req);
            const values = req.values.map((value) =>
              sealRecord(tableName, value as Record<string, unknown>, key, clear, opened),
            );
            return table.mutate({ ...req, values });
          },
          // No async/await here: chaining on the promise the layer below returns keeps Dexie's transaction zone, which
          // a native promise would lose for every layer above.
          get(req) {
            if (!lazyKey) recordKey();
            return table.get(req).then((value) => openAll([value])[0]);
          },
          getMany(req) {
            if (!lazyKey) recordKey();
            return table.getMany(req).then(openAll);
          },
          query(req) {
            if (!lazyKey) recordKey();
            return table
              .query(req)
              .then((res) => (req.values ? { ...res, result: openAll(res.result) } : res));
          },
          openCursor(req) {
            const key = lazyKey ? null : recordKey();
            return table.openCursor(req).then((cursor) => {
              if (!req.values || !cursor) return cursor;
              return openCursor(cursor, tableName, () => key ?? recordKey());
            });
          },
        };
      },
    };
  },
};
