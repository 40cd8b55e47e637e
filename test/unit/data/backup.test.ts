import { describe, expect, it } from 'vitest';
import { backupRepository, parseBackup, RestoreCancelled } from '../../../renderer/data/backup';
import {
  caseworkerRepository as caseworkers,
  unitRepository as units,
} from '../../../renderer/data/rosterRepository';
import { useFreshDb } from './freshDb';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { addInSteps, inTransaction, makeRecord } from '../../../renderer/data/repository';

const db = useFreshDb();

describe('backup and restore', () => {
  it('round-trips the whole workspace through one file', async () => {
    const unit = await units.create({ name: 'Intake North' });
    await caseworkers.create({ name: 'Nguyễn Thị Ánh', unitId: unit.id, caseload: 14 });
    await settingsRepository.save({ role: 'lead', onboarded: true });
    const file = await backupRepository.export();

    await db().caseworkers.clear();
    await caseworkers.create({ name: 'Someone Else' });
    await settingsRepository.save({ role: 'trainer' });

    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.tables.caseworkers).toHaveLength(1);
    await backupRepository.restore(parsed.backup);
    expect((await caseworkers.list()).map((c) => c.name)).toEqual(['Nguyễn Thị Ánh']);
    expect((await settingsRepository.load()).role).toBe('lead');
  });

  it('restores a backup taken while presenting with the real names shown, not in presentation mode', async () => {
    await caseworkers.create({ name: 'Grace Kim' });
    await settingsRepository.save({ presentationMode: true, onboarded: true });
    const parsed = parseBackup(await backupRepository.export());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.settings.presentationMode).toBe(true);
    await settingsRepository.save({ presentationMode: false });
    await backupRepository.restore(parsed.backup);
    expect((await settingsRepository.load()).presentationMode).toBe(false);
    expect((await caseworkers.list()).map((c) => c.name)).toEqual(['Grace Kim']);
  });

  it('explains what is wrong with a file that is not a backup, or a damaged one', () => {
    expect(parseBackup('not json')).toEqual({
      ok: false,
      errors: [expect.stringContaining('not valid JSON')],
    });
    expect(parseBackup('{"hello":1}')).toEqual({ ok: false, errors: [expect.stringContaining('header')] });
    const damaged = JSON.stringify({
      format: 'cohort-coach-backup',
      schemaVersion: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      tables: { caseworkers: [{ id: 'x', name: '' }] },
      settings: { id: 'settings' },
    });
    const result = parseBackup(damaged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.stringMatching(/^Caseworkers, record 1:/));
  });

  it('refuses a backup from a newer version of the app', () => {
    const newer = JSON.stringify({
      format: 'cohort-coach-backup',
      schemaVersion: 99,
      exportedAt: 'x',
      tables: {},
      settings: {},
    });
    const result = parseBackup(newer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/newer version/);
  });

  it('reports progress, and a cancelled restore leaves the workspace exactly as it was', async () => {
    const unit = await units.create({ name: 'Intake North' });
    for (let i = 0; i < 30; i++) await caseworkers.create({ name: `Person ${i}`, unitId: unit.id });
    const file = await backupRepository.export();
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    // Different data in place: the restore would replace it.
    await db().caseworkers.clear();
    await caseworkers.create({ name: 'Still here' });
    const before = await caseworkers.list();

    const controller = new AbortController();
    const seen: number[] = [];
    const restoring = backupRepository.restore(parsed.backup, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        controller.abort();
      },
    });
    await expect(restoring).rejects.toBeInstanceOf(RestoreCancelled);
    expect(seen.length).toBeGreaterThan(0);
    expect(await caseworkers.list()).toEqual(before);

    const progress: Array<{ done: number; total: number }> = [];
    await backupRepository.restore(parsed.backup, { onProgress: (p) => progress.push(p) });
    expect(progress.at(-1)).toEqual({ done: 31, total: 31 });
    expect((await caseworkers.list()).map((c) => c.name)).toHaveLength(30);
  });
});

describe('a backup larger than one read page', () => {
  it('writes every record of a table read in several pages, with the comma between pages, and restores them all', async () => {
    // exportFile reads each table 10,000 records at a time (BACKUP_PAGE): 10,003 units make a second page of three.
    const total = 10_003;
    // Ids that sort in the order they are made, so the nth id in id order (the order pages are read in) is known.
    const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const ids = Array.from({ length: total }, (_, i) => idOf(i + 1));
    const at = '2026-01-01T00:00:00.000Z';
    await inTransaction('rw', ['units'], () =>
      addInSteps('units', ids, (id) => makeRecord('units', { name: `Unit ${id.slice(-5)}` }, at, id)),
    );

    const progress: number[] = [];
    const file = await (
      await backupRepository.exportFile({ kind: 'plain' }, (done) => progress.push(done))
    ).text();
    // Progress moves after each page read (every table reports, empty ones too): units came in two pages, the first of
    // exactly 10,000, so the file crosses a page boundary.
    expect([...new Set(progress)]).toEqual([0, 10_000, total]);

    const raw = JSON.parse(file) as { tables: { units: Array<{ id: string }> } };
    const written = raw.tables.units.map((u) => u.id);
    expect(written).toHaveLength(total);
    for (const n of [1, 10_000, 10_001, total]) expect(written).toContain(idOf(n));
    // Every record exactly once, in id order: none dropped or doubled at the page boundary.
    expect(written).toEqual(ids);

    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.tables.units).toHaveLength(total);
    await db().units.clear();
    await backupRepository.restore(parsed.backup);
    expect(await db().units.count()).toBe(total);
    expect((await units.get(idOf(10_001)))?.name).toBe('Unit 10001');
  });
});

describe('restore is all-or-nothing', () => {
  it('leaves every table as it was when a write fails half-way through the restore', async () => {
    const unit = await units.create({ name: 'Intake North' });
    await caseworkers.create({ name: 'Grace Kim', unitId: unit.id });
    const parsed = parseBackup(await backupRepository.export());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    // Units are written before caseworkers; two caseworkers with one id make the caseworker write fail after the units
    // were already cleared and rewritten. Without the transaction the units would now be the backup's (empty) ones.
    const [grace] = parsed.backup.tables.caseworkers;
    if (!grace) throw new Error('no caseworker');
    const broken = {
      ...parsed.backup,
      tables: { ...parsed.backup.tables, units: [], caseworkers: [grace, { ...grace, name: 'Copy' }] },
    };
    await expect(backupRepository.restore(broken)).rejects.toThrow();
    expect((await units.list()).map((u) => u.name)).toEqual(['Intake North']);
    expect((await caseworkers.list()).map((c) => c.name)).toEqual(['Grace Kim']);
  });
});
