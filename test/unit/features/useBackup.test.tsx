// @vitest-environment happy-dom
// The restore screen's side of locking: the moment the workspace locks, the restore worker is told to cancel and wipe
// its key (test/unit/workers/restoreWorker.test.ts shows what it then does), and leaving the screen ends the worker.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDataKey, hasDataKey, setDataKey } from '../../../renderer/data/keySession';
import { useBackup } from '../../../renderer/features/settings/useBackup';
import type { RestoreRequest } from '../../../renderer/workers/restoreWorker';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

vi.mock('../../../renderer/platform/desktop', () => ({
  chooseFile: () =>
    Promise.resolve({ ok: true, value: { name: 'backup.json', blob: new Blob(['{"plain": true}']) } }),
  saveTextFile: () => Promise.resolve({ ok: true, value: null }),
}));

class FakeWorker {
  static all: FakeWorker[] = [];
  messages: RestoreRequest[] = [];
  terminated = false;
  onmessage: unknown = null;
  onerror: unknown = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: RestoreRequest) {
    this.messages.push(message);
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
});
