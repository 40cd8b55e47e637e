// Loading the demo replaces the whole workspace in one transaction: everything written, nothing duplicated on a
// second load, and the old data left untouched when the write fails half-way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type CohortCoachDb } from '../../../../renderer/data/db';
import { loadDemoWorkspace } from '../../../../renderer/data/demo/loadDemoWorkspace';
import { localDateOf } from '../../../../renderer/domain/localDate';
import { tableNames } from '../../../../renderer/domain/model';

const TODAY = '2026-03-14';
const opened: CohortCoachDb[] = [];
const freshDb = (): CohortCoachDb => {
  const db = openDb(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function counts(db: CohortCoachDb): Promise<Record<string, number>> {
  const entries = await Promise.all(
    tableNames.map(async (name) => [name, await db.table(name).count()] as const),
  );
  return Object.fromEntries(entries);
}

describe('loadDemoWorkspace', () => {
  it('writes every generated record and the settings into a fresh database', async () => {
    const db = freshDb();
    const ws = await loadDemoWorkspace(db, 7, TODAY);
    for (const name of tableNames) expect(await db.table(name).count(), name).toBe(ws[name].length);
    expect(await db.settings.get('settings')).toEqual(ws.settings);
    const entry = ws.coachingEntries[0];
    expect(entry && (await db.coachingEntries.get(entry.id))).toEqual(entry);
    expect(await db.caseworkers.where('status').equals('active').count()).toBe(
      ws.caseworkers.filter((c) => c.status === 'active').length,
    );
  });

  it('replaces rather than duplicates on a second load, and clears what was there before', async () => {
    const db = freshDb();
    const first = await loadDemoWorkspace(db, 7, TODAY);
    await db.drafts.add({
      id: crypto.randomUUID(),
      key: 'coaching-entry',
      payload: {},
      createdAt: `${TODAY}T09:00:00.000Z`,
      updatedAt: `${TODAY}T09:00:00.000Z`,
      deletedAt: null,
    });
    const second = await loadDemoWorkspace(db, 11, TODAY);
    const after = await counts(db);
    for (const name of tableNames) expect(after[name], name).toBe(second[name].length);
    expect(await db.caseworkers.get(first.caseworkers[0]?.id ?? '')).toBeUndefined();
    expect(await db.settings.count()).toBe(1);
  });

  it('leaves the old data as it was when writing fails', async () => {
    const db = freshDb();
    const first = await loadDemoWorkspace(db, 7, TODAY);
    const before = await counts(db);
    vi.spyOn(db.table('gaps'), 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(loadDemoWorkspace(db, 8, TODAY)).rejects.toThrow('disk full');
    expect(await counts(db)).toEqual(before);
    expect(await db.caseworkers.get(first.caseworkers[0]?.id ?? '')).toEqual(first.caseworkers[0]);
  });

  it('uses the local calendar day by default', () => {
    expect(localDateOf(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
