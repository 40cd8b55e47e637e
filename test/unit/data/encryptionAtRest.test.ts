// Encryption at rest, checked the way a thief would look: the raw IndexedDB records, read with the plain IndexedDB API
// (not through Dexie), hold no name, e-mail, employee ID or note text of the demo workspace; through the app every
// record reads back exactly as it was written.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecryptionError } from '../../../renderer/domain/crypto/aead';
import { newDataKey } from '../../../renderer/domain/crypto/keyHierarchy';
import { SEALED } from '../../../renderer/domain/crypto/sealRecords';
import { openDb, useDbForTests, type CohortCoachDb } from '../../../renderer/data/db';
import { backupRepository } from '../../../renderer/data/backup';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { clearDataKey, setDataKey, WorkspaceLockedError } from '../../../renderer/data/keySession';
import { tableNames } from '../../../renderer/domain/model';
import { enrolDesk } from '../../../renderer/data/sync/syncEngine';
import { personalStrings, rawDatabaseText } from './rawDatabase';
import { MemoryHub } from './sync/memoryHub';

const TODAY = '2026-03-18';

let db: CohortCoachDb;
let name: string;
beforeEach(() => {
  name = `at-rest-${crypto.randomUUID()}`;
  db = openDb(name);
  setDataKey(newDataKey());
});
afterEach(async () => {
  vi.unstubAllGlobals();
  db.close();
  await Dexie.delete(name);
});

/** Enrols the test's desk with an in-memory hub; returns the secrets of the hub link (the bearer token, the person). */
async function enrolWithHub(): Promise<string[]> {
  const hub = new MemoryHub();
  vi.stubGlobal('fetch', hub.fetch);
  useDbForTests(db);
  await enrolDesk('https://hub.example', 'CODE');
  const token = [...hub.tokens.keys()][0];
  if (!token) throw new Error('not enrolled');
  return [token, 'Lee Okonkwo-Hart'];
}

describe('encryption at rest', () => {
  it(
    'leaves no personal text of the demo workspace in the raw IndexedDB records, and reads everything back',
    { timeout: 60_000 },
    async () => {
      const demo = await loadDemoWorkspace(db, 7, TODAY);
      // The desk is enrolled with a hub: its enrolment token (a credential) and the person it names are secrets too.
      const secrets = [...personalStrings(demo), ...(await enrolWithHub())];
      const raw = await rawDatabaseText(name);
      expect(secrets.length).toBeGreaterThan(200);
      expect(secrets.filter((s) => raw.includes(s))).toEqual([]);
      // What may stay clear is there: ids, dates and kinds.
      const entry = demo.coachingEntries[0];
      expect(raw).toContain(entry?.id ?? 'missing');
      expect(raw).toContain(entry?.date ?? 'missing');

      for (const table of tableNames) {
        const byId = (rows: Array<{ id: string }>): unknown =>
          JSON.parse(JSON.stringify([...rows].sort((a, b) => (a.id < b.id ? -1 : 1))));
        expect(byId(await db.table(table).toArray()), table).toEqual(byId(demo[table]));
      }
    },
  );

  it('keeps indexes working on clear fields, and an update re-seals the record', async () => {
    const demo = await loadDemoWorkspace(db, 7, TODAY);
    const worker = demo.caseworkers[0];
    if (!worker) throw new Error('no caseworker');
    const entries = await db.coachingEntries.where('caseworkerId').equals(worker.id).toArray();
    expect(entries.length).toBe(demo.coachingEntries.filter((e) => e.caseworkerId === worker.id).length);
    await db.caseworkers.update(worker.id, { email: 'new.address@agency.example.org' });
    expect((await db.caseworkers.get(worker.id))?.email).toBe('new.address@agency.example.org');
    expect((await db.caseworkers.get(worker.id))?.name).toBe(worker.name);
    expect(await rawDatabaseText(name)).not.toContain('new.address@agency.example.org');
  });

  it('refuses reads and writes while locked, and a record whose sealed bytes were changed', async () => {
    const demo = await loadDemoWorkspace(db, 7, TODAY);
    const worker = demo.caseworkers[0];
    if (!worker) throw new Error('no caseworker');
    clearDataKey();
    await expect(db.caseworkers.get(worker.id)).rejects.toThrow(WorkspaceLockedError);
    await expect(db.caseworkers.put(worker)).rejects.toThrow(WorkspaceLockedError);
    setDataKey(newDataKey());
    // Another key cannot open what the first one sealed.
    const other = await db.caseworkers.get(worker.id);
    expect(() => other?.name).toThrow(DecryptionError);
    expect(other?.unitId).toBe(worker.unitId);
  });

  it('binds each sealed value to its record: copied onto another record, it does not open', async () => {
    const demo = await loadDemoWorkspace(db, 7, TODAY);
    const [a, b] = demo.caseworkers;
    if (!a || !b) throw new Error('two caseworkers needed');
    const idb = db.backendDB();
    const rawA = await new Promise<Record<string, unknown>>((resolve) => {
      const req = idb.transaction('caseworkers').objectStore('caseworkers').get(a.id);
      req.onsuccess = () => resolve(req.result as Record<string, unknown>);
    });
    await new Promise<void>((resolve) => {
      const tx = idb.transaction('caseworkers', 'readwrite');
      tx.objectStore('caseworkers').put({ ...rawA, id: b.id });
      tx.oncomplete = () => resolve();
    });
    expect(rawA[SEALED]).toEqual(expect.any(String));
    const moved = await db.caseworkers.get(b.id);
    expect(() => moved?.name).toThrow(DecryptionError);
  });
  it('opens a record read before without decrypting it again, yet a changed byte on disk is still refused', async () => {
    const demo = await loadDemoWorkspace(db, 7, TODAY);
    const worker = demo.caseworkers[0];
    if (!worker) throw new Error('no caseworker');
    expect((await db.caseworkers.get(worker.id))?.name).toBe(worker.name);
    // Each read gets its own objects, so changing one never changes what the next read sees.
    const first = await db.caseworkers.get(worker.id);
    if (!first) throw new Error('not found');
    first.name = 'Changed in memory';
    expect((await db.caseworkers.get(worker.id))?.name).toBe(worker.name);

    const idb = db.backendDB();
    const raw = await new Promise<Record<string, unknown>>((resolve) => {
      const req = idb.transaction('caseworkers').objectStore('caseworkers').get(worker.id);
      req.onsuccess = () => resolve(req.result as Record<string, unknown>);
    });
    const stored = raw[SEALED] as string;
    const at = stored.length - 20;
    const blob = stored.slice(0, at) + String.fromCharCode(stored.charCodeAt(at) ^ 1) + stored.slice(at + 1);
    await new Promise<void>((resolve) => {
      const tx = idb.transaction('caseworkers', 'readwrite');
      tx.objectStore('caseworkers').put({ ...raw, [SEALED]: blob });
      tx.oncomplete = () => resolve();
    });
    const changed = await db.caseworkers.get(worker.id);
    expect(() => changed?.name).toThrow(DecryptionError);
  });
});

describe('backup files', () => {
  it(
    'hold no name, e-mail, employee ID or note text of the demo, whichever key protects them, and restore whole',
    { timeout: 120_000 },
    async () => {
      const demo = await loadDemoWorkspace(db, 7, TODAY);
      const hubLink = await enrolWithHub();
      const secrets = personalStrings(demo);
      const withWorkspaceKey = await backupRepository.exportEncrypted();
      const withPassphrase = await backupRepository.exportEncrypted({
        passphrase: 'a separate backup phrase',
      });
      for (const file of [withWorkspaceKey, withPassphrase])
        expect([...secrets, ...hubLink].filter((s) => file.includes(s))).toEqual([]);
      // The plain export, named as such in the app, is the only file that holds them; the hub link is in no backup
      // (a restored desk enrols again).
      const plain = await backupRepository.export();
      expect(secrets.filter((s) => !plain.includes(JSON.stringify(s).slice(1, -1)))).toEqual([]);
      expect(hubLink.filter((s) => plain.includes(s))).toEqual([]);

      const opened = await backupRepository.open(withPassphrase);
      expect(opened).toEqual({ ok: false, errors: [], needs: 'backup-passphrase' });
      const restored = await backupRepository.open(withPassphrase, 'a separate backup phrase');
      if (!restored.ok) throw new Error(restored.errors.join('\n'));
      expect(restored.backup.tables.caseworkers).toHaveLength(demo.caseworkers.length);
      expect(await backupRepository.open(withWorkspaceKey)).toMatchObject({ ok: true, encrypted: true });
    },
  );
});
