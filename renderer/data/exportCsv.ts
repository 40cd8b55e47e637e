// CSV export of any table: live records, every field as a column (nested values flattened), unit names resolved.
import { tableToCsv, type CsvColumn } from '../domain/csv/toCsv';
import type { TableName } from '../domain/model';
import { getDb } from './db';

const FIRST = ['id'];
const LAST = ['createdAt', 'updatedAt'];

export async function exportTableCsv(table: TableName): Promise<string> {
  const db = getDb();
  const records = ((await db[table].toArray()) as unknown as Array<Record<string, unknown>>).filter(
    (r) => r.deletedAt === null,
  );
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  keys.delete('deletedAt');
  const middle = [...keys].filter((k) => !FIRST.includes(k) && !LAST.includes(k));
  const columns: CsvColumn<Record<string, unknown>>[] = [...FIRST, ...middle, ...LAST]
    .filter((k) => keys.has(k) || records.length === 0)
    .map((key) => ({ key, header: key, value: (r) => r[key] }));
  if (table === 'caseworkers') {
    const units = new Map((await db.units.toArray()).map((u) => [u.id, u.name]));
    const at = columns.findIndex((c) => c.key === 'unitId');
    columns.splice(at + 1, 0, {
      key: 'unit',
      header: 'unit',
      value: (r) => (typeof r.unitId === 'string' ? (units.get(r.unitId) ?? '') : ''),
    });
  }
  return tableToCsv(records, columns, { bom: true });
}
