// Monthly measures: the month grid saves all its rows at once (added or replaced), and a CSV import adds its rows in
// one transaction; any failure leaves the measures as they were.
import { isLive, type InputByTable, type MonthlyMeasure } from '../domain/model';
import type { MeasureImportRow } from '../domain/measures/measureImport';
import { getDb, tableOf } from './db';
import { inTransaction, makeRecord, nowIso, repository, validateFields } from './repository';

const base = repository('monthlyMeasures');
const measures = () => tableOf<MonthlyMeasure>(getDb(), 'monthlyMeasures');

export const measureRepository = {
  ...base,
  /** Live measures, oldest month first. */
  listByMonth: async (): Promise<MonthlyMeasure[]> =>
    (await base.list()).sort((a, b) => a.month.localeCompare(b.month)),

  /** The latest month of any live measure ("2026-03"), through the month index; undefined when there are none. */
  latestMonth: async (): Promise<string | undefined> =>
    (await measures().orderBy('month').reverse().filter(isLive).first())?.month,

  /** Live measures of one month ("2026-03"), through the month index: what the month grid shows. */
  listOfMonth: (month: string): Promise<MonthlyMeasure[]> => base.listBy('month', month),

  /** Saves one month for several caseworkers: an existing record for the same caseworker and month is updated. */
  saveMonth: (rows: readonly InputByTable['monthlyMeasures'][]): Promise<number> =>
    inTransaction('rw', ['monthlyMeasures'], async () => {
      const at = nowIso();
      const records: MonthlyMeasure[] = [];
      for (const row of rows) {
        const [existing] = await base.listBy('[caseworkerId+month]', [row.caseworkerId, row.month]);
        if (existing) records.push({ ...existing, ...validateFields('monthlyMeasures', row), updatedAt: at });
        else records.push(makeRecord('monthlyMeasures', row, at));
      }
      await measures().bulkPut(records);
      return records.length;
    }),

  importRows: (rows: readonly MeasureImportRow[]): Promise<number> =>
    inTransaction('rw', ['monthlyMeasures'], async () => {
      const at = nowIso();
      const records = rows.map((r) => makeRecord('monthlyMeasures', r.measure, at));
      await measures().bulkAdd(records);
      return records.length;
    }),
};
