// A screen's model kept for the next start (startSnapshotRepository.ts) and the write stamps it checks
// (middleware/writeStampLayer.ts): a kept model says whether anything it was built from was written since its read
// (a write of another table, such as a draft saved while typing, does not count), is kept for its settings only,
// forgotten by a restore, sealed at rest, and never read in presentation mode.
import { afterEach, describe, expect, it } from 'vitest';
import { setClockForTests } from '../../../renderer/clock';
import { dashboardRepository } from '../../../renderer/data/dashboardRepository';
import { clearDataKey, setDataKey } from '../../../renderer/data/keySession';
import { applyPresentationMode } from '../../../renderer/data/presentationMode';
import { inTransaction, repository } from '../../../renderer/data/repository';
import { caseworkerRepository as caseworkers } from '../../../renderer/data/rosterRepository';
import { draftRepository } from '../../../renderer/data/draftRepository';
import {
  readStampOf,
  startSnapshotRepository as kept,
  writtenStamp,
  type ReadStamp,
} from '../../../renderer/data/startSnapshotRepository';
import { SNAPSHOTS } from '../../../renderer/data/middleware/writeStampLayer';
import { newDataKey } from '../../../renderer/domain/crypto/keyHierarchy';
import { useFreshDb } from './freshDb';
import { rawDatabaseText } from './rawDatabase';

const db = useFreshDb();
const testKey = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const DAY = '2026-03-18';
afterEach(async () => {
  await applyPresentationMode(false);
  setDataKey(testKey);
  setClockForTests(null);
});

/** Reads the workspace as Home does and returns the write stamp read with it. */
async function readToken(): Promise<ReadStamp> {
  const stamp = readStampOf(await dashboardRepository.data());
  if (!stamp) throw new Error('the read noted no stamp');
  return stamp;
}
/** The tokens now of the tables Home is built from. */
const homeTokenNow = async (): Promise<string> => (await writtenStamp((await readToken()).tables)).token;

describe('a model kept for the next start', () => {
  it('is unchanged while nothing was written since the read it was built from, and kept for its settings only', async () => {
    setClockForTests(() => new Date('2026-03-18T16:45:00Z'));
    await caseworkers.create({ name: 'Ana Lopez' });
    const token = await readToken();
    expect(await kept.keep('home', 'settings', DAY, token, { funnel: [3, 2, 1] })).toBe(true);

    expect(await kept.latest('home', 'settings')).toEqual({
      model: { funnel: [3, 2, 1] },
      day: DAY,
      keptAt: '2026-03-18T16:45:00.000Z',
      unchanged: true,
    });
    expect(await kept.latest('home', 'other settings')).toBeNull();
    expect(await kept.latest('dashboard', 'settings')).toBeNull();

    // Someone joins: the model is still there, as the figures of the moment it was kept.
    await caseworkers.create({ name: 'Ben Ortiz' });
    expect(await kept.latest('home', 'settings')).toMatchObject({
      model: { funnel: [3, 2, 1] },
      unchanged: false,
    });
  });

  it('is not kept when the workspace was written after the read it was built from', async () => {
    await caseworkers.create({ name: 'Ana Lopez' });
    const token = await readToken();
    await caseworkers.create({ name: 'Ben Ortiz' });
    expect(await kept.keep('home', 'k', DAY, token, { people: 1 })).toBe(false);
    expect(await kept.latest('home', 'k')).toBeNull();
  });

  it('counts every kind of write of every workspace table, and no write of its own', async () => {
    const ana = await caseworkers.create({ name: 'Ana Lopez' });
    const tokens = [await homeTokenNow()];
    await caseworkers.update(ana.id, { name: 'Ana López' });
    tokens.push(await homeTokenNow());
    await repository('coachingEntries').create({
      kind: 'observation',
      caseworkerId: ana.id,
      date: '2026-03-02',
    });
    tokens.push(await homeTokenNow());
    await caseworkers.remove(ana.id);
    tokens.push(await homeTokenNow());
    await caseworkers.restoreMany([ana.id]);
    tokens.push(await homeTokenNow());
    expect(new Set(tokens).size).toBe(tokens.length);

    await kept.keep('home', 'k', DAY, await readToken(), { people: 1 });
    expect(await homeTokenNow()).toBe(tokens.at(-1));
  });

  it('is left as it was by a write that rolls back', async () => {
    await caseworkers.create({ name: 'Ana Lopez' });
    const token = await readToken();
    await kept.keep('home', 'k', DAY, token, { people: 1 });
    await expect(
      inTransaction('rw', ['caseworkers'], async () => {
        await caseworkers.create({ name: 'Ben Ortiz' });
        throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    expect(await homeTokenNow()).toBe(token.token);
    expect(await kept.latest('home', 'k')).toMatchObject({ model: { people: 1 }, unchanged: true });
  });

  it('stays current through writes of tables it was not built from: a draft saved while someone types', async () => {
    const ana = await caseworkers.create({ name: 'Ana Lopez' });
    await kept.keep('home', 'k', DAY, await readToken(), { people: 1 });
    // The survey results are built from the roster and the answers, not from coaching entries.
    const results = await writtenStamp(['caseworkers', 'surveyResponses']);
    await kept.keep('survey-results', 'k', DAY, results, { mix: 1 });

    await draftRepository.save('coaching-entry:new', { notes: 'Half a sentence' });
    expect(await kept.latest('home', 'k')).toMatchObject({ unchanged: true });
    expect(await kept.latest('survey-results', 'k')).toMatchObject({ unchanged: true });

    await repository('coachingEntries').create({
      kind: 'observation',
      caseworkerId: ana.id,
      date: '2026-03-02',
    });
    expect(await kept.latest('home', 'k')).toMatchObject({ model: { people: 1 }, unchanged: false });
    expect(await kept.latest('survey-results', 'k')).toMatchObject({ unchanged: true });

    await caseworkers.update(ana.id, { name: 'Ana López' });
    expect(await kept.latest('survey-results', 'k')).toMatchObject({ model: { mix: 1 }, unchanged: false });
  });

  it('is not used when kept by a version that stamped the whole workspace with one token', async () => {
    await caseworkers.create({ name: 'Ana Lopez' });
    await db()
      .table(SNAPSHOTS)
      .put({
        id: 'home',
        key: 'k',
        day: DAY,
        token: 'old',
        keptAt: '2026-03-18T16:45:00Z',
        model: { people: 1 },
      });
    expect(await kept.latest('home', 'k')).toBeNull();
  });

  it('is forgotten when a table of the workspace is cleared (a restore replaces the workspace)', async () => {
    await caseworkers.create({ name: 'Ana Lopez' });
    await kept.keep('home', 'k', DAY, await readToken(), { people: 1 });
    await db().coachingEntries.clear();
    expect(await kept.latest('home', 'k')).toBeNull();
  });

  it('is sealed at rest: the names in it are not in the raw database, the key is', async () => {
    await caseworkers.create({ name: 'Someone Else' });
    await kept.keep('home', 'key-in-the-clear', DAY, await readToken(), {
      notSurveyed: ['Zelda Quintanilla'],
    });
    const raw = await rawDatabaseText(db().name);
    expect(raw).toContain('key-in-the-clear');
    expect(raw).not.toContain('Zelda Quintanilla');
  });

  it('is not shown once sealed under another data key, nor while locked', async () => {
    await caseworkers.create({ name: 'Ana Lopez' });
    await kept.keep('home', 'k', DAY, await readToken(), { people: 1 });
    setDataKey(newDataKey());
    expect(await kept.latest('home', 'k')).toBeNull();
    clearDataKey();
    expect(await kept.latest('home', 'k')).toBeNull();
  });

  it('is neither shown nor kept in presentation mode, whose names are pseudonyms', async () => {
    await caseworkers.create({ name: 'Ana Lopez' });
    const token = await readToken();
    await kept.keep('home', 'k', DAY, token, { names: ['Ana Lopez'] });
    await applyPresentationMode(true);
    expect(await kept.latest('home', 'k')).toBeNull();
    expect(await kept.keep('home', 'k', DAY, token, { names: ['Worker 1'] })).toBe(false);
    await applyPresentationMode(false);
    expect(await kept.latest('home', 'k')).toMatchObject({ model: { names: ['Ana Lopez'] } });
  });
});
