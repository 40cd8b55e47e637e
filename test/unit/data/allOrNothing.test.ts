// Restore and roster import are all or nothing: a write that fails half-way leaves the workspace exactly as it was.
// (Mutation testing showed that removing the transaction around either left every other test green.)
import type { Table } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupRepository, parseBackup } from '../../../renderer/data/backup';
import {
  caseworkerRepository as caseworkers,
  unitRepository as units,
} from '../../../renderer/data/rosterRepository';
import { caseworkerFields } from '../../../renderer/domain/model';
import { useFreshDb } from './freshDb';

const db = useFreshDb();
afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes every bulkAdd into `tableName` fail, whichever Table object the code under test holds. */
function failBulkAddInto(tableName: string): void {
  const proto = Object.getPrototypeOf(db().table(tableName)) as Table;
  const original = proto.bulkAdd;
  vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: Table, ...args: unknown[]) {
    if (this.name === tableName) return Promise.reject(new Error('disk full'));
    return (original as (...a: unknown[]) => ReturnType<Table['bulkAdd']>).apply(this, args);
  } as Table['bulkAdd']);
}

describe('all-or-nothing writes', () => {
  it('restore: a failure half-way (units already replaced) leaves every table as it was', async () => {
    const unit = await units.create({ name: 'Intake North' });
    await caseworkers.create({ name: 'Grace Kim', unitId: unit.id });
    const parsed = parseBackup(await backupRepository.export());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

    await caseworkers.create({ name: 'Sean O’Brien', unitId: unit.id });
    const before = (await caseworkers.listByName()).map((c) => c.name);
    expect(before).toEqual(['Grace Kim', 'Sean O’Brien']);
    // Restore writes only tables with records (units, then caseworkers): fail the second one.
    failBulkAddInto('caseworkers');

    await expect(backupRepository.restore(parsed.backup)).rejects.toThrow('disk full');
    expect((await caseworkers.listByName()).map((c) => c.name)).toEqual(before);
  });

  it('roster import: a failure writing people leaves out the units it had created too', async () => {
    await units.create({ name: 'Intake North' });
    failBulkAddInto('caseworkers');

    await expect(
      caseworkers.importRoster([
        {
          unitName: 'Ongoing South',
          caseworker: caseworkerFields.parse({ name: 'Nguyen Thi Anh', caseload: 12 }),
        },
      ]),
    ).rejects.toThrow('disk full');
    expect((await units.listByName()).map((u) => u.name)).toEqual(['Intake North']);
    expect(await caseworkers.list()).toEqual([]);
  });
});
