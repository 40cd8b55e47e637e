import { afterEach, describe, expect, it } from 'vitest';
import { applyPresentationMode, PresentationModeError } from '../../../renderer/data/presentationMode';
import {
  caseworkerRepository as caseworkers,
  unitRepository as units,
} from '../../../renderer/data/rosterRepository';
import { repository } from '../../../renderer/data/repository';
import { useFreshDb } from './freshDb';
import { backupRepository, parseBackup } from '../../../renderer/data/backup';

const db = useFreshDb();
afterEach(() => applyPresentationMode(false));

describe('presentation mode', () => {
  it('hands every read pseudonyms instead of names, in records and in free text, and restores names when off', async () => {
    const unit = await units.create({ name: 'Intake North' });
    const ana = await caseworkers.create({
      name: 'Nguyễn Thị Ánh',
      unitId: unit.id,
      employeeId: 'E1',
      email: 'anh@example.org',
    });
    const coach = await repository('coaches').create({ name: 'Dana Whitfield' });
    await repository('coachingEntries').create({
      kind: 'observation',
      caseworkerId: ana.id,
      coachId: coach.id,
      date: '2026-03-02',
      strengths: 'Nguyễn Thị Ánh explained the safety plan clearly.',
    });

    await applyPresentationMode(true);
    expect((await caseworkers.get(ana.id))?.name).toBe('Worker 1');
    expect((await caseworkers.list()).map((c) => [c.name, c.email, c.employeeId])).toEqual([
      ['Worker 1', '', ''],
    ]);
    const [entry] = await db().coachingEntries.where('caseworkerId').equals(ana.id).toArray();
    expect(entry?.strengths).toBe('Worker 1 explained the safety plan clearly.');
    expect(entry?.caseworkerId).toBe(ana.id);
    // Coaches and units are not caseworkers and keep their names.
    expect((await db().coaches.get(coach.id))?.name).toBe('Dana Whitfield');
    // Cursor-based reads are covered too.
    const viaCursor: string[] = [];
    await db().caseworkers.each((c) => void viaCursor.push(c.name));
    expect(viaCursor).toEqual(['Worker 1']);
    // A backup taken while presenting holds the real data (restoring it must never replace real names), while the
    // screens reading at the same time still get pseudonyms.
    const backup = await backupRepository.export();
    expect(backup).toContain('Nguyễn Thị Ánh explained the safety plan clearly.');
    expect(backup).not.toContain('Worker 1');
    expect((await caseworkers.get(ana.id))?.name).toBe('Worker 1');

    await applyPresentationMode(false);
    expect((await caseworkers.get(ana.id))?.name).toBe('Nguyễn Thị Ánh');
    const parsed = parseBackup(backup);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await backupRepository.restore(parsed.backup);
    expect((await caseworkers.get(ana.id))?.name).toBe('Nguyễn Thị Ánh');
  });

  it('refuses every change while presenting, so pseudonyms are never saved over real names', async () => {
    const ana = await caseworkers.create({ name: 'Ana Lopez' });
    await applyPresentationMode(true);
    await expect(caseworkers.update(ana.id, { caseload: 4 })).rejects.toThrow(PresentationModeError);
    await expect(units.create({ name: 'New' })).rejects.toThrow(/Presentation mode is on/);
    await applyPresentationMode(false);
    expect((await caseworkers.get(ana.id))?.name).toBe('Ana Lopez');
    expect(await db().units.count()).toBe(0);
  });
});
