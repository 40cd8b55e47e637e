// Monthly measures: the month grid saves all its rows at once (added or replaced), and a CSV import adds its rows in
// one transaction (a slice at a time, with progress and Cancel); any failure or cancel leaves the measures as they were.
import { isLive, type InputByTable, type MonthlyMeasure } from '../domain/model';
import type { MeasureImportRow } from '../domain/measures/measureImport';
import { getDb, tableOf } from './db';
import type { StepOptions } from '../domain/csv/importSteps';
import { addInSteps, inTransaction, makeRecord, nowIso, repository, validateFields } from './repository';

const base = repository('monthlyMeasures');
const measures = () => tableOf<MonthlyMeasure>(getDb(), 'monthlyMeasures');

export const measureRepository = {
  ...base,
  /** The latest month of any live measure ("2026-03"), through the month index; undefined when there are none. */
  latestMonth: async (): Promise<string | undefined> =>
    (await measures().orderBy('month').reverse().filter(isLive).first())?.month,

  /**
   * The caseworker and month of every live measure (what an import checks duplicates against), from the
   * [caseworkerId+month] index: keys only, so no record is read or opened. At agency scale that is 180,000 measures.
   */
  storedMonths: (): Promise<Array<{ caseworkerId: string; month: string }>> =>
    inTransaction('r', ['monthlyMeasures'], async () => {
      const byPair = measures().orderBy('[caseworkerId+month]');
      const [pairs, ids, trashed] = await Promise.all([
        byPair.keys(),
        byPair.primaryKeys(),
        // Only records in Trash have a deletedAt (null is not indexed).
        measures().orderBy('deletedAt').primaryKeys(),
      ]);
      const inTrash = new Set(trashed);
      return pairs.flatMap((pair, i) =>
        Array.isArray(pair) && !inTrash.has(String(ids[i]))
          ? [{ caseworkerId: String(pair[0]), month: String(pair[1]) }]
          : [],
      );
    }),

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

  /**
   * Adds the rows of a CSV import in one transaction, a slice at a time with progress (180,000 at agency scale). Any
   * failure, or aborting `signal` (ImportCancelled), rolls it all back: the measures stay exactly as they were.
   */
  importRows: (rows: readonly MeasureImportRow[], options: StepOptions = {}): Promise<number> =>
    inTransaction('rw', ['monthlyMeasures'], () => {
      const at = nowIso();
      return addInSteps(
        'monthlyMeasures',
        rows,
        (r) => makeRecord('monthlyMeasures', r.measure, at),
        options,
      );
    }),
};
