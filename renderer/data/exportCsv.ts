// CSV export of any table: live records, every field as a column (nested values flattened), unit names resolved.
import { tableToCsv, type CsvColumn } from '../domain/csv/toCsv';
import type { TableName } from '../domain/model';
import { repository } from './repository';
import { unitRepository } from './rosterRepository';

const FIRST = ['id'];
const LAST = ['createdAt', 'updatedAt'];

type Row = Readonly<Record<string, unknown>>;

export const exportRepository = {
  tableCsv: async (table: TableName): Promise<string> => {
    const records: Row[] = await repository(table).list();
    const keys = new Set<string>();
    for (const record of records) for (const key of Object.keys(record)) keys.add(key);
    keys.delete('deletedAt');
    const middle = [...keys].filter((k) => !FIRST.includes(k) && !LAST.includes(k));
    const columns: CsvColumn<Row>[] = [...FIRST, ...middle, ...LAST]
      .filter((k) => keys.has(k) || records.length === 0)
      .map((key) => ({ key, header: key, value: (r) => r[key] }));
    if (table === 'caseworkers') {
      const units = new Map((await unitRepository.listIncludingTrash()).map((u) => [u.id, u.name]));
      const at = columns.findIndex((c) => c.key === 'unitId');
      columns.splice(at + 1, 0, {
        key: 'unit',
        header: 'unit',
        value: (r) => (typeof r.unitId === 'string' ? (units.get(r.unitId) ?? '') : ''),
      });
    }
    return tableToCsv(records, columns, { bom: true });
  },
};
