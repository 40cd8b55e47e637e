// @vitest-environment happy-dom
// The restore screen's side of locking: the moment the workspace locks, the restore worker is told to cancel and wipe
// its key (test/unit/workers/restoreWorker.test.ts shows what it then does), and leaving the screen ends the worker.
// An encrypted file goes to the worker with a copy of the data key (and the passphrase once it asked for one); a backup
// being made by a worker ends when the workspace locks.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDataKey, hasDataKey, setDataKey } from '../../../renderer/data/keySession';
import { useBackup } from '../../../renderer/features/settings/useBackup';
import type { RestoreReply, RestoreRequest } from '../../../renderer/workers/restoreWorker';
import { exportInWorker } from '../../../renderer/features/settings/exportInWorker';
import { WorkspaceLockedError } from '../../../renderer/data/keySession';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

const chosen = vi.hoisted(() => ({ text: '{"plain": true}', saved: [] as unknown[] }));
vi.mock('../../../renderer/platform/desktop', () => ({
  MAX_FILE_BYTES_CEILING: 4 * 1024 * 1024 * 1024,
  chooseFile: () =>
    Promise.resolve({ ok: true, value: { name: 'backup.json', blob: new Blob([chosen.text]) } }),
  saveTextFile: (options: unknown) => {
    chosen.saved.push(options);
    return Promise.resolve({ ok: true, value: null });
  },
}));

class FakeWorker {
  static all: FakeWorker[] = [];
  messages: RestoreRequest[] = [];
  transfers: unknown[][] = [];
  terminated = false;
  onmessage: ((event: { data: RestoreReply }) => void) | null = null;
  onerror: unknown = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: RestoreRequest, transfer: unknown[] = []) {
    this.messages.push(message);
    this.transfers.push(transfer);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('useBackup and the app lock', () => {
  useFreshDb();
  afterEach(() => {
    cleanup();
    FakeWorker.all = [];
    if (!hasDataKey()) setDataKey(Uint8Array.from({ length: 32 }, (_, i) => i + 1));
    chosen.text = '{"plain": true}';
    chosen.saved = [];
  });

  it('tells a running restore worker to cancel and wipe its key as soon as the workspace locks', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, unmount } = renderHook(() => useBackup());
    await act(() => result.current.chooseRestoreFile());
    const worker = FakeWorker.all[0];
    expect(worker?.messages.map((m) => m.type)).toEqual(['read']);

    act(() => clearDataKey());
    expect(worker?.messages.map((m) => m.type)).toEqual(['read', 'lock']);
    expect(worker?.terminated).toBe(false);

    unmount();
    expect(worker?.terminated).toBe(true);
  });

  it('hands an encrypted file to the worker with a key copy, and asks for the passphrase the worker says it needs', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    chosen.text = '{"format": "cohort-coach-encrypted-backup", "version": 1}';
    const { result } = renderHook(() => useBackup());
    await act(() => result.current.chooseRestoreFile());
    const first = FakeWorker.all[0]!;
    const read = first.messages[0];
    expect(read?.type === 'read' && read.encrypted?.dataKey.length).toBe(32);
    expect(read?.type === 'read' && read.encrypted?.passphrase).toBeUndefined();
    expect(first.transfers[0]).toHaveLength(1);
    expect(result.current.restore?.stage).toBe('reading');

    act(() => first.onmessage?.({ data: { type: 'needs', needs: 'backup-passphrase', error: null } }));
    expect(result.current.pending).toMatchObject({ fileName: 'backup.json', needs: 'backup-passphrase' });
    expect(result.current.restore).toBeNull();
    expect(first.terminated).toBe(true);

    act(() => result.current.submitPassphrase('a separate backup phrase'));
    const second = FakeWorker.all[1]!;
    const again = second.messages[0];
    expect(again?.type === 'read' && again.encrypted?.passphrase).toBe('a separate backup phrase');
    expect(again?.type === 'read' && (await again.file.text())).toBe(chosen.text);
    expect(result.current.pending).toBeNull();

    // Decrypting shows first (bytes of the chosen file), then the reading of what it decrypted to.
    expect(result.current.restore).toMatchObject({ stage: 'reading', step: 'decrypt', done: 0 });
    act(() => second.onmessage?.({ data: { type: 'progress', phase: 'decrypt', done: 30, total: 56 } }));
    expect(result.current.restore).toMatchObject({ stage: 'reading', step: 'decrypt', done: 30, total: 56 });
    act(() => second.onmessage?.({ data: { type: 'progress', phase: 'read', done: 10, total: 40 } }));
    expect(result.current.restore).toMatchObject({ stage: 'reading', step: 'check', done: 10, total: 40 });
  });

  it('ends a backup being made as soon as the workspace locks', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const made = exportInWorker({ kind: 'workspace' });
    const worker = FakeWorker.all[0]!;
    expect(worker.messages[0]).toMatchObject({ type: 'export', protection: { kind: 'workspace' } });
    clearDataKey();
    await expect(made).rejects.toBeInstanceOf(WorkspaceLockedError);
    expect(worker.terminated).toBe(true);
  });

  it('shows a backup being made, records read of all, and Cancel ends it with no file saved', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result } = renderHook(() => useBackup());
    let backUp: Promise<void> = Promise.resolve();
    act(() => {
      backUp = result.current.backUp();
    });
    const worker = FakeWorker.all[0]!;
    expect(result.current.making).toEqual({ what: 'Making the encrypted backup', done: 0, total: 0 });
    act(() =>
      worker.onmessage?.({
        data: { type: 'progress', done: 4_000, total: 10_000 } as unknown as RestoreReply,
      }),
    );
    expect(result.current.making).toEqual({
      what: 'Making the encrypted backup',
      done: 4_000,
      total: 10_000,
    });

    await act(async () => {
      result.current.cancelMaking();
      await backUp;
    });
    expect(worker.terminated).toBe(true);
    expect(result.current.making).toBeNull();
    expect(chosen.saved).toEqual([]);
  });
});
