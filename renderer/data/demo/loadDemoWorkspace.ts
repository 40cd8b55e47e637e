// Replaces the whole workspace with the generated demo agency, in one read-write transaction: either every table
// holds the demo afterwards, or (on any failure) the data is left exactly as it was.
import { today as clockToday } from '../../clock';
import { tableNames, type EntityByTable, type TableName } from '../../domain/model';
import { getDb, type CohortCoachDb } from '../db';
import { generateDemo, type DemoWorkspace } from './generateDemo';

export async function loadDemoWorkspace(
  db: CohortCoachDb = getDb(),
  seed = 7,
  today = clockToday(),
): Promise<DemoWorkspace> {
  const workspace = generateDemo(seed, today);
  const tables = [...tableNames.map((name) => db.table(name)), db.settings];
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
    for (const name of tableNames) await writeAll(db, name, workspace[name]);
    await db.settings.put(workspace.settings);
  });
  return workspace;
}

async function writeAll<K extends TableName>(
  db: CohortCoachDb,
  name: K,
  records: EntityByTable[K][],
): Promise<void> {
  if (records.length > 0) await db.table<EntityByTable[K], string>(name).bulkAdd(records);
}
