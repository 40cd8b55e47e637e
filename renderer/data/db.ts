// The Dexie database: the version chain and typed tables. Only the data layer imports this module.
import Dexie, { type Table } from 'dexie';
import type { BaseRecord, EntityByTable, Settings, TableName } from '../domain/model';
import { appChain, installChain, type ChainLayers } from './middleware/chain';
import { schemaV1 } from './schema/v1';
import { addSyncState, markAppearancesBuilt, schemaV2, upgradeToV2 } from './schema/v2';

export const DB_NAME = 'cohort-coach';

export type CohortCoachDb = Dexie & { [K in TableName]: Table<EntityByTable[K], string> } & {
  settings: Table<Settings, string>;
};

/** Applies every schema version in order. Tests call it on a fresh Dexie to build a database at any version. */
export function defineVersions(db: Dexie, upTo = Number.POSITIVE_INFINITY): void {
  if (upTo >= 1) db.version(1).stores(schemaV1);
  if (upTo >= 2) {
    db.version(2).stores(schemaV2).upgrade(upgradeToV2);
    // A database created at version 2 runs no upgrade: it gets the same start here.
    db.on('populate', (tx) => Promise.all([addSyncState(tx), markAppearancesBuilt(tx)]));
  }
}

/** Opens the database with the version chain and the middleware chain (tests may fill the chain's empty slots). */
export function openDb(name = DB_NAME, chain: ChainLayers = appChain): CohortCoachDb {
  const db = new Dexie(name) as CohortCoachDb;
  defineVersions(db);
  installChain(db, chain);
  return db;
}

/**
 * Table K of the database, typed by the registry (or by a narrower view such as BaseRecord for tombstones). Dexie's
 * `table()` is generic over the record type, so no cast is needed.
 */
export function tableOf<T extends BaseRecord>(db: Dexie, name: TableName): Table<T, string> {
  return db.table<T, string>(name);
}

let current: CohortCoachDb | null = null;

/** The app's database, opened on first use. */
export function getDb(): CohortCoachDb {
  current ??= openDb();
  return current;
}

/** Points the app at another database (tests use a fresh name per test). */
export function useDbForTests(db: CohortCoachDb): void {
  current = db;
}
