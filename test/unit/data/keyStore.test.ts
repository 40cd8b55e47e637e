// The workspace's keys and lock: encrypted from the first start (no passphrase needed), locked at start once a
// passphrase is set, unlocked by the passphrase or the recovery key, wrong tries waiting longer across reloads, and a
// passphrase change that re-wraps the key without touching a record.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClockForTests } from '../../../renderer/clock';
import { WrongSecretError } from '../../../renderer/domain/crypto/keyHierarchy';
import { clearDataKey, hasDataKey, setDataKey } from '../../../renderer/data/keySession';
import {
  changePassphrase,
  loadKeyState,
  lockNow,
  removePassphrase,
  setOpenAutomatically,
  setPassphrase,
  startSession,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  useKeyStoreForTests,
  WaitBeforeRetryError,
  type OsProtection,
} from '../../../renderer/data/keyStore';
import { caseworkerRepository as caseworkers } from '../../../renderer/data/rosterRepository';
import { useFreshDb } from './freshDb';

useFreshDb();
let keysName: string;
beforeEach(() => {
  keysName = `keys-${crypto.randomUUID()}`;
  useKeyStoreForTests(keysName);
  clearDataKey();
});
afterEach(async () => {
  useKeyStoreForTests(`keys-${crypto.randomUUID()}`);
  await Dexie.delete(keysName);
  setDataKey(Uint8Array.from({ length: 32 }, (_, i) => i + 1));
  setClockForTests(null);
});

/** A stand-in for the operating system's key store: reversible only by this "computer account". */
function fakeOs(account = 'me'): OsProtection & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    protect: (blob) => {
      calls.push('protect');
      return Promise.resolve(btoa(`${account}:${blob}`));
    },
    unprotect: (blob) => {
      calls.push('unprotect');
      const text = atob(blob);
      return Promise.resolve(text.startsWith(`${account}:`) ? text.slice(account.length + 1) : null);
    },
  };
}

describe('key store', () => {
  it('encrypts from the first start without asking for anything, and opens again at the next start', async () => {
    expect(await startSession(null)).toBe(true);
    const ana = await caseworkers.create({ name: 'Grace Kim' });
    lockNow();
    expect(hasDataKey()).toBe(false);
    expect(await startSession(null)).toBe(true);
    expect((await caseworkers.get(ana.id))?.name).toBe('Grace Kim');
    expect(await loadKeyState()).toMatchObject({ hasPassphrase: false, opensAutomatically: true });
  });

  it('locks at start once a passphrase is set, and the passphrase or the recovery key opens it', async () => {
    await startSession(null);
    const ana = await caseworkers.create({ name: 'Grace Kim' });
    const { recoveryKey } = await setPassphrase('maple river lantern', {
      openAutomatically: false,
      os: null,
    });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    lockNow();
    expect(await startSession(null)).toBe(false);
    await expect(caseworkers.get(ana.id)).rejects.toThrow(/locked/);
    await expect(unlockWithPassphrase('maple river lanterns')).rejects.toThrow(WrongSecretError);
    expect(hasDataKey()).toBe(false);
    await unlockWithPassphrase('maple river lantern');
    expect((await caseworkers.get(ana.id))?.name).toBe('Grace Kim');
    lockNow();
    await unlockWithRecoveryKey(recoveryKey.toLowerCase());
    expect((await caseworkers.get(ana.id))?.name).toBe('Grace Kim');
  });

  it('makes wrong passphrases wait longer after three, and the wait survives a restart', async () => {
    let at = Date.parse('2026-03-18T09:00:00Z');
    setClockForTests(() => new Date(at));
    await startSession(null);
    await setPassphrase('maple river lantern', { openAutomatically: false, os: null });
    lockNow();
    await expect(unlockWithPassphrase('wrong one here')).rejects.toThrow(WrongSecretError);
    await expect(unlockWithPassphrase('wrong one here')).rejects.toThrow(WrongSecretError);
    await expect(unlockWithPassphrase('wrong one here')).rejects.toThrow(WaitBeforeRetryError);
    // A restart reads the count back from the key store.
    useKeyStoreForTests(keysName);
    expect((await loadKeyState()).waitMs).toBe(5_000);
    await expect(unlockWithPassphrase('maple river lantern')).rejects.toThrow(WaitBeforeRetryError);
    at += 5_000;
    await unlockWithPassphrase('maple river lantern');
    expect((await loadKeyState()).waitMs).toBe(0);
  });

  it('changes the passphrase by re-wrapping the key only: records stay as they are', async () => {
    await startSession(null);
    const ana = await caseworkers.create({ name: 'Grace Kim' });
    await setPassphrase('maple river lantern', { openAutomatically: false, os: null });
    await expect(changePassphrase('not the passphrase', 'cedar harbour pebble')).rejects.toThrow(
      WrongSecretError,
    );
    await changePassphrase('maple river lantern', 'cedar harbour pebble');
    lockNow();
    await expect(unlockWithPassphrase('maple river lantern')).rejects.toThrow(WrongSecretError);
    await unlockWithPassphrase('cedar harbour pebble');
    expect((await caseworkers.get(ana.id))?.name).toBe('Grace Kim');
    await removePassphrase('cedar harbour pebble', null);
    lockNow();
    expect(await startSession(null)).toBe(true);
  });

  it('opens automatically on this computer account through the system key store, and only there', async () => {
    const os = fakeOs('me');
    await startSession(os);
    expect((await loadKeyState()).protectedByOs).toBe(true);
    await setPassphrase('maple river lantern', { openAutomatically: true, os });
    lockNow();
    expect(await startSession(fakeOs('someone else'))).toBe(false);
    expect(await startSession(null)).toBe(false);
    expect(await startSession(os)).toBe(true);
    await setOpenAutomatically(false, os);
    lockNow();
    expect(await startSession(os)).toBe(false);
  });
});
