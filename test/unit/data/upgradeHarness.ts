// Schema-upgrade harness: build a database at an old version, fill it, then open it with today's code.
import Dexie from 'dexie';
import { defineVersions, openDb, type CohortCoachDb } from '../../../renderer/data/db';

export type Seed = Record<string, unknown[]>;

/** Creates database `name` at schema `version` with the given rows, and closes it. */
export async function seedAtVersion(name: string, version: number, seed: Seed): Promise<void> {
  const old = new Dexie(name);
  defineVersions(old, version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(seed)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/** Opens `name` with the current version chain, running every upgrade. */
export async function openCurrent(name: string): Promise<CohortCoachDb> {
  const db = openDb(name);
  await db.open();
  return db;
}
