// Change capture as part of the database's middleware chain: outbox rows and field stamps are written in the same
// transaction as each change, hold field names and stamps only (never values), and only while a hub is configured.
import { describe, expect, it } from 'vitest';
import { repository } from '../../../../renderer/data/repository';
import { applyPresentationMode } from '../../../../renderer/data/presentationMode';
import type { OutboxRow, StampsRow, SyncStateRow } from '../../../../renderer/data/sync/syncTypes';
import { useFreshDb } from '../freshDb';

const db = useFreshDb();
const outbox = async () => (await db().table('syncOutbox').toArray()) as OutboxRow[];

async function pretendEnrolled() {
  const state = (await db().table('syncState').get('sync')) as SyncStateRow;
  await db()
    .table('syncState')
    .put({
      ...state,
      hub: {
        url: 'https://hub.example',
        token: 't',
        person: null,
        cursor: '',
        lastSyncAt: null,
        lastError: null,
        enrolledAt: '',
      },
    });
}

describe('change capture', () => {
  it('records nothing while no hub is configured', async () => {
    await repository('units').create({ name: 'Intake North' });
    expect(await outbox()).toEqual([]);
    const state = (await db().table('syncState').get('sync')) as SyncStateRow;
    expect(state.deviceId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes field names and stamps with each change, never the values', async () => {
    await pretendEnrolled();
    const worker = await repository('caseworkers').create({ name: 'Seán Secret', email: 'sean@example.org' });
    await repository('caseworkers').update(worker.id, { caseload: 14 });
    await repository('caseworkers').remove(worker.id);
    const rows = await outbox();
    expect(rows.map((r) => r.fields.sort())).toEqual([
      Object.keys(worker)
        .filter((k) => k !== 'id')
        .sort(),
      ['caseload', 'updatedAt'],
      ['deletedAt', 'updatedAt'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Seán|sean@example/);
    const stamps = (await db().table('syncStamps').get(`caseworkers/${worker.id}`)) as StampsRow;
    expect(stamps.stamps.deletedAt).toBe(rows[2]?.stamp);
    expect(stamps.stamps.name).toBe(rows[0]?.stamp);
    expect(rows[1]?.base.caseload).toBe(rows[0]?.stamp);
    expect(rows[0]!.stamp < rows[1]!.stamp && rows[1]!.stamp < rows[2]!.stamp).toBe(true);

    await repository('caseworkers').purge(worker.id);
    const purge = (await outbox()).at(-1);
    expect(purge).toMatchObject({ purge: true, fields: [] });
    expect(((await db().table('syncStamps').get(`caseworkers/${worker.id}`)) as StampsRow).purged).toBe(
      purge?.stamp,
    );
  });

  it('keeps the outbox and the change together: a transaction that fails leaves neither', async () => {
    await pretendEnrolled();
    await expect(
      db().transaction('rw', db().units, async () => {
        await db().units.add({
          id: crypto.randomUUID(),
          name: 'Doomed',
          supervisorName: '',
          programArea: '',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          deletedAt: null,
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db().units.count()).toBe(0);
    expect(await outbox()).toEqual([]);
  });

  it('captures nothing that presentation mode refused, and drafts never', async () => {
    await pretendEnrolled();
    await repository('drafts').create({ key: 'coaching-entry', payload: { text: 'half-written' } });
    expect(await outbox()).toEqual([]);
    await applyPresentationMode(true);
    try {
      await expect(repository('units').create({ name: 'Refused' })).rejects.toThrow(/Presentation mode/);
    } finally {
      await applyPresentationMode(false);
    }
    expect(await outbox()).toEqual([]);
  });
});
