// What layers of the middleware chain that keep their own stores (change capture's outbox, the entry facts) share:
// whether the database has those stores, and a transaction that includes them whenever it writes what they follow, so
// they commit (or roll back) with it.
import Dexie, { type DBCore, type DBCoreKeyRange, type DBCoreTable, type DBCoreTransaction } from 'dexie';

/** Whether the database below has every one of `stores` (a test database may be built at an older version). */
export const hasStores = (down: DBCore, stores: readonly string[]): boolean =>
  stores.every((name) => down.schema.tables.some((t) => t.name === name));

/** Opens transactions that also span `stores` whenever they are read-write and span a store `follows` accepts. */
export const withStoresOnWrite =
  (down: DBCore, follows: (store: string) => boolean, stores: readonly string[]): DBCore['transaction'] =>
  (names, mode, options) =>
    down.transaction(
      mode === 'readwrite' && names.some(follows)
        ? [...names, ...stores.filter((s) => !names.includes(s))]
        : names,
      mode,
      options,
    );

// DBCoreRangeType (a const enum of Dexie's types, so not importable as a value): Any (Table.clear()) is 3.
/** Whether a deleteRange request clears the whole table (Table.clear(): a restore replacing the workspace). */
export const isWholeTable = (range: DBCoreKeyRange): boolean => (range.type as number) === 3;

/** A promise of Dexie's kind (it keeps the transaction's zone, as a native one does not after a few steps). */
export const done = <T>(value: T): Promise<T> => Dexie.Promise.resolve(value);

/** The primary keys of `table` in `range`, inside the layer's transaction. */
export const keysInRange = (
  table: DBCoreTable,
  trans: DBCoreTransaction,
  range: DBCoreKeyRange,
): Promise<string[]> =>
  table
    .query({ trans, values: false, query: { index: table.schema.primaryKey, range } })
    .then((found) => found.result as string[]);
