// Monthly measures: the month grid saves all its rows at once (added or replaced), and a CSV import adds its rows in
// one transaction; any failure leaves the measures as they were.
import type { InputByTable, MonthlyMeasure } from '../domain/model';
import type { MeasureImportRow } from '../domain/measures/measureImport';
import { getDb } from './db';
import { makeRecord, nowIso, repository, validateFields } from './repository';

export const measures = repository('monthlyMeasures');

export async function listMeasures(): Promise<MonthlyMeasure[]> {
  return (await measures.list()).sort((a, b) => a.month.localeCompare(b.month));
}

/** Saves one month for several caseworkers: an existing record for the same caseworker and month is updated. */
export async function saveMonth(rows: InputByTable['monthlyMeasures'][]): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.monthlyMeasures, async () => {
    const at = nowIso();
    const records: MonthlyMeasure[] = [];
    for (const row of rows) {
      const existing = (
        await db.monthlyMeasures.where('[caseworkerId+month]').equals([row.caseworkerId, row.month]).toArray()
      ).find((m) => m.deletedAt === null);
      if (existing) records.push({ ...existing, ...validateFields('monthlyMeasures', row), updatedAt: at });
      else records.push(makeRecord('monthlyMeasures', row, at));
    }
    await db.monthlyMeasures.bulkPut(records);
    return records.length;
  });
}

export async function importMeasures(rows: readonly MeasureImportRow[]): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.monthlyMeasures, async () => {
    const at = nowIso();
    const records = rows.map((r) => makeRecord('monthlyMeasures', r.measure, at));
    await db.monthlyMeasures.bulkAdd(records);
    return records.length;
  });
}
