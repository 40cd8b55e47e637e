// Restore and roster import are all or nothing: a write that fails half-way leaves the workspace exactly as it was.
// (Mutation testing showed that removing the transaction around either left every other test green.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, parseBackup, restoreBackup } from '../../../renderer/data/backup';
import {
  caseworkers,
  importRoster,
  listCaseworkers,
  listUnits,
  units,
} from '../../../renderer/data/rosterRepository';
import { caseworkerFields } from '../../../renderer/domain/model';
import { useFreshDb } from './freshDb';

const db = useFreshDb();
afterEach(() => {
  vi.restoreAllMocks();
});

describe('all-or-nothing writes', () => {
  it('restore: a failure on the last table leaves every table as it was', async () => {
    const unit = await units.create({ name: 'Intake North' });
    await caseworkers.create({ name: 'Grace Kim', unitId: unit.id });
    const parsed = parseBackup(await exportBackup());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

    await caseworkers.create({ name: 'Sean O’Brien', unitId: unit.id });
    const before = (await listCaseworkers()).map((c) => c.name).sort();
    vi.spyOn(db().monthlyMeasures, 'bulkAdd').mockRejectedValue(new Error('disk full'));

    await expect(restoreBackup(parsed.backup)).rejects.toThrow('disk full');
    expect((await listCaseworkers()).map((c) => c.name).sort()).toEqual(before);
    expect(before).toEqual(['Grace Kim', 'Sean O’Brien']);
  });

  it('roster import: a failure writing people leaves the units it had created out too', async () => {
    await units.create({ name: 'Intake North' });
    vi.spyOn(db().caseworkers, 'bulkAdd').mockRejectedValue(new Error('disk full'));

    await expect(
      importRoster([
        {
          unitName: 'Ongoing South',
          caseworker: caseworkerFields.parse({ name: 'Nguyen Thi Anh', caseload: 12 }),
        },
      ]),
    ).rejects.toThrow('disk full');
    expect((await listUnits()).map((u) => u.name)).toEqual(['Intake North']);
    expect(await listCaseworkers()).toEqual([]);
  });
});
