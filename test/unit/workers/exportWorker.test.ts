// The backup worker: it reads the whole workspace through its own connection and hands back the file, encrypted with
// the workspace key or a backup passphrase, or plain; the copy of the data key that came with the request is wiped
// once the file is made. The worker's module runs here with a stand-in for its global scope; it shares this process's
// key session and database, as it shares nothing in the app.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupRepository } from '../../../renderer/data/backup';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { hasDataKey, setDataKey } from '../../../renderer/data/keySession';
import { parseBackup } from '../../../renderer/domain/backup/parseBackup';
import { tableNames } from '../../../renderer/domain/model';
import type { ExportReply, ExportRequest } from '../../../renderer/workers/exportWorker';
import { useFreshDb } from '../data/freshDb';

/** The key test/unit/setup.ts gives every data test (setDataKey takes ownership, so a fresh copy each time). */
const testKey = () => Uint8Array.from({ length: 32 }, (_, i) => i + 1);

let onReply: (message: ExportReply) => void = () => undefined;
const scope: {
  postMessage(message: ExportReply): void;
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
} = { postMessage: (message) => onReply(message), onmessage: null };

let progress: { done: number; total: number }[] = [];

/** Sends an export request; resolves with the last reply, keeping the progress replies before it in `progress`. */
function exportWith(protection: ExportRequest['protection'], dataKey: Uint8Array): Promise<ExportReply> {
  progress = [];
  return new Promise((resolve) => {
    onReply = (reply) => {
      if (reply.type === 'progress') progress.push({ done: reply.done, total: reply.total });
      else resolve(reply);
    };
    scope.onmessage?.({ data: { type: 'export', protection, dataKey } } as MessageEvent<ExportRequest>);
  });
}

const text = async (reply: ExportReply): Promise<string> =>
  reply.type === 'exported' ? reply.file.text() : '';

const db = useFreshDb();

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../renderer/workers/exportWorker');
});
beforeEach(() => {
  if (!hasDataKey()) setDataKey(testKey());
});

/** How many records each table holds. */
async function counts(): Promise<number[]> {
  return Promise.all(tableNames.map((name) => db().table(name).count()));
}

describe('the backup worker', () => {
  it('makes a plain export of every record, names in the clear, and wipes its key copy', async () => {
    const demo = await loadDemoWorkspace(db(), 7, '2026-03-18');
    const dataKey = testKey();
    const reply = await exportWith({ kind: 'plain' }, dataKey);
    expect(reply.type).toBe('exported');
    const parsed = parseBackup(await text(reply));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(tableNames.map((name) => parsed.backup.tables[name].length)).toEqual(await counts());
    expect(parsed.backup.tables.caseworkers.map((c) => c.name).sort()).toEqual(
      demo.caseworkers.map((c) => c.name).sort(),
    );
    expect(dataKey.every((b) => b === 0)).toBe(true);
    expect(hasDataKey()).toBe(false);
    // Records read of all: from none to every record, never more than all.
    const total = (await counts()).reduce((n, c) => n + c, 0);
    expect(progress[0]).toEqual({ done: 0, total });
    expect(progress.at(-1)).toEqual({ done: total, total });
    expect(progress.every((p, i) => p.total === total && p.done >= (progress[i - 1]?.done ?? 0))).toBe(true);
  });

  it('makes encrypted files that open with the workspace key, or only with their own passphrase', async () => {
    const demo = await loadDemoWorkspace(db(), 7, '2026-03-18');
    const name = demo.caseworkers[0]!.name;
    const withWorkspaceKey = await exportWith({ kind: 'workspace' }, testKey());
    const withPassphrase = await exportWith(
      { kind: 'passphrase', passphrase: 'a separate backup phrase' },
      testKey(),
    );
    setDataKey(testKey());
    for (const reply of [withWorkspaceKey, withPassphrase]) {
      expect(reply.type).toBe('exported');
      expect((await text(reply)).includes(name)).toBe(false);
    }
    const opened = await backupRepository.open(await text(withWorkspaceKey));
    expect(opened.ok && opened.backup.tables.caseworkers.length).toBe(demo.caseworkers.length);
    expect(await backupRepository.open(await text(withPassphrase))).toMatchObject({
      ok: false,
      needs: 'backup-passphrase',
    });
    const withItsPassphrase = await backupRepository.open(
      await text(withPassphrase),
      'a separate backup phrase',
    );
    expect(withItsPassphrase.ok && withItsPassphrase.backup.tables.caseworkers.map((c) => c.name)).toContain(
      name,
    );
  });

  it('says why when no file can be made, and keeps no key', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const wrongKey = new Uint8Array(32).fill(7);
    const reply = await exportWith({ kind: 'plain' }, wrongKey);
    expect(reply.type).toBe('failed');
    expect(wrongKey.every((b) => b === 0)).toBe(true);
    expect(hasDataKey()).toBe(false);
  });
});
