// Gives each data test its own empty database, so tests never see each other's records.
import { afterEach, beforeEach } from 'vitest';
import { openDb, useDbForTests, type CohortCoachDb } from '../../../renderer/data/db';

export function useFreshDb(): () => CohortCoachDb {
  let db: CohortCoachDb;
  beforeEach(() => {
    db = openDb(`test-${crypto.randomUUID()}`);
    useDbForTests(db);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });
  return () => db;
}
