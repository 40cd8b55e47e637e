// Where the wrapped data key lives, and the workspace's lock: a small IndexedDB database of its own beside the
// workspace (never in backups, exports, sync or Trash), holding the key slots, this device's non-extractable key, the
// count of wrong passphrases (so a reload does not reset the wait) and the idle-lock setting. Nothing in it opens the
// workspace without a passphrase, the recovery key, or this browser profile (and, on the desktop, this computer
// account through the operating system's key store).
import Dexie, { type Table } from 'dexie';
import { NO_FAILURES, recordFailure, waitLeft, type Failures } from '../domain/crypto/backoff';
import {
  formatRecoveryKey,
  keyringSchema,
  newDataKey,
  newDeviceKey,
  newKeyId,
  newRecoveryKey,
  parseRecoveryKey,
  passphraseProblem,
  unwrapWithDeviceKey,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithDeviceKey,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
  WrongSecretError,
  type DeviceSlot,
  type Keyring,
} from '../domain/crypto/keyHierarchy';
import { nowMs } from '../clock';
import { DB_NAME } from './db';
import { clearDataKey, hasDataKey, requireDataKey, setDataKey } from './keySession';

interface KeyRecord {
  id: 'workspace';
  keyring: Keyring;
  deviceKey: CryptoKey;
  failures: Failures;
  /** Minutes without input before the workspace locks itself; 0 for never. Only matters with a passphrase. */
  lockAfterMinutes: number;
}

type KeyDb = Dexie & { keys: Table<KeyRecord, string> };

let keyDb: KeyDb | null = null;
let keyDbName = `${DB_NAME}-keys`;

function db(): KeyDb {
  if (!keyDb) {
    keyDb = new Dexie(keyDbName) as KeyDb;
    keyDb.version(1).stores({ keys: 'id' });
  }
  return keyDb;
}

/** Points the key store at another database (tests use a fresh one each). */
export function useKeyStoreForTests(name: string): void {
  keyDb?.close();
  keyDb = null;
  keyDbName = name;
}

/** The operating system's key store (Electron safeStorage) as the desktop shell offers it; absent in a browser. */
export interface OsProtection {
  /** Wraps a blob so only this computer account can unwrap it; null when the system offers no protection. */
  protect(blob: string): Promise<string | null>;
  unprotect(blob: string): Promise<string | null>;
}

export interface KeyState {
  /** A passphrase protects the workspace (so it can be locked). */
  hasPassphrase: boolean;
  /** The workspace opens at start without a passphrase on this computer. */
  opensAutomatically: boolean;
  /** Through the operating system's key store (desktop) rather than the browser profile alone. */
  protectedByOs: boolean;
  lockAfterMinutes: number;
  /** Milliseconds before another passphrase try is allowed. */
  waitMs: number;
  unlocked: boolean;
}

const DEFAULT_LOCK_MINUTES = 15;

async function record(): Promise<KeyRecord | undefined> {
  const found = await db().keys.get('workspace');
  if (!found) return undefined;
  const keyring = keyringSchema.safeParse(found.keyring);
  if (!keyring.success) throw new Error('The workspace keys are damaged. Restore from a backup.');
  return { ...found, keyring: keyring.data };
}

async function save(next: KeyRecord): Promise<void> {
  await db().keys.put(next);
}

export async function loadKeyState(): Promise<KeyState> {
  const found = await record();
  return {
    hasPassphrase: Boolean(found?.keyring.passphrase),
    opensAutomatically: !found || Boolean(found.keyring.device ?? found.keyring.os),
    protectedByOs: Boolean(found?.keyring.os),
    lockAfterMinutes: found?.lockAfterMinutes ?? DEFAULT_LOCK_MINUTES,
    waitMs: found ? waitLeft(found.failures, nowMs()) : 0,
    unlocked: hasDataKey(),
  };
}

/**
 * Opens the workspace at start when this computer may: a first start makes the data key (always: data is encrypted
 * even without a passphrase) and keeps it wrapped by this device, through the operating system when it can. Returns
 * false when a passphrase is needed.
 */
export async function startSession(os: OsProtection | null): Promise<boolean> {
  if (hasDataKey()) return true;
  const found = await record();
  if (!found) {
    const dataKey = newDataKey();
    const deviceKey = await newDeviceKey();
    const device = await wrapWithDeviceKey(dataKey, deviceKey);
    const protectedBlob = os ? await os.protect(device.wrapped) : null;
    await save({
      id: 'workspace',
      keyring: {
        version: 1,
        keyId: newKeyId(),
        passphrase: null,
        recovery: null,
        device: protectedBlob ? null : device,
        os: protectedBlob ? { protected: protectedBlob } : null,
      },
      deviceKey,
      failures: NO_FAILURES,
      lockAfterMinutes: DEFAULT_LOCK_MINUTES,
    });
    setDataKey(dataKey);
    return true;
  }
  const { keyring, deviceKey } = found;
  let slot: DeviceSlot | null = keyring.device;
  if (!slot && keyring.os && os) {
    const blob = await os.unprotect(keyring.os.protected);
    if (blob) slot = { wrapped: blob };
  }
  if (!slot) return false;
  try {
    setDataKey(await unwrapWithDeviceKey(slot, deviceKey));
    return true;
  } catch {
    // The device key no longer fits (e.g. the profile was copied): the passphrase still opens the workspace.
    return keyring.passphrase === null
      ? Promise.reject(new Error('This computer can no longer open the workspace.'))
      : false;
  }
}

/** Locks now: the data key is wiped from memory. */
export function lockNow(): void {
  clearDataKey();
}

export class WaitBeforeRetryError extends Error {
  readonly waitMs: number;
  constructor(waitMs: number) {
    super('Too many wrong tries. Wait a moment before the next one.');
    this.name = 'WaitBeforeRetryError';
    this.waitMs = waitMs;
  }
}

async function withBackoff(attempt: (found: KeyRecord) => Promise<Uint8Array>): Promise<void> {
  const found = await record();
  if (!found) throw new Error('This workspace has no keys yet.');
  const wait = waitLeft(found.failures, nowMs());
  if (wait > 0) throw new WaitBeforeRetryError(wait);
  try {
    const dataKey = await attempt(found);
    await save({ ...((await record()) ?? found), failures: NO_FAILURES });
    setDataKey(dataKey);
  } catch (error) {
    if (error instanceof WrongSecretError) {
      const latest = (await record()) ?? found;
      const failures = recordFailure(latest.failures, nowMs());
      await save({ ...latest, failures });
      const next = waitLeft(failures, nowMs());
      if (next > 0) throw new WaitBeforeRetryError(next);
    }
    throw error;
  }
}

/** Unlocks with the passphrase; wrong ones are counted, and after three each try waits longer (across reloads). */
export function unlockWithPassphrase(passphrase: string): Promise<void> {
  return withBackoff(async (found) => {
    if (!found.keyring.passphrase) throw new Error('No passphrase is set for this workspace.');
    return unwrapWithPassphrase(found.keyring.passphrase, passphrase);
  });
}

/** Unlocks with the recovery key written down at setup. Set a new passphrase afterwards. */
export function unlockWithRecoveryKey(typed: string): Promise<void> {
  return withBackoff(async (found) => {
    const bytes = parseRecoveryKey(typed);
    if (!found.keyring.recovery) throw new Error('No recovery key was made for this workspace.');
    if (!bytes) throw new WrongSecretError('recovery key');
    return unwrapWithRecoveryKey(found.keyring.recovery, bytes);
  });
}

/**
 * Sets a passphrase (or replaces it, after unlocking with the recovery key) and makes a new recovery key, returned
 * for showing once. The data key is only re-wrapped: no record changes. `openAutomatically` keeps a way to open at
 * start on this computer; only the desktop offers it, through the operating system.
 */
export async function setPassphrase(
  passphrase: string,
  options: { openAutomatically: boolean; os: OsProtection | null },
): Promise<{ recoveryKey: string }> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  const found = await record();
  if (!found) throw new Error('This workspace has no keys yet.');
  const dataKey = requireDataKey();
  const recovery = newRecoveryKey();
  const keyring: Keyring = {
    ...found.keyring,
    passphrase: await wrapWithPassphrase(dataKey, passphrase),
    recovery: await wrapWithRecoveryKey(dataKey, recovery),
    device: null,
    os: options.openAutomatically ? await osSlot(dataKey, found.deviceKey, options.os) : null,
  };
  await save({ ...found, keyring, failures: NO_FAILURES });
  const text = formatRecoveryKey(recovery);
  recovery.fill(0);
  return { recoveryKey: text };
}

async function osSlot(dataKey: Uint8Array, deviceKey: CryptoKey, os: OsProtection | null) {
  if (!os) throw new Error('Opening automatically needs the desktop app and its system key store.');
  const device = await wrapWithDeviceKey(dataKey, deviceKey);
  const blob = await os.protect(device.wrapped);
  if (!blob)
    throw new Error(
      'This computer offers no protected key store, so it cannot open the workspace on its own.',
    );
  return { protected: blob };
}

/** Changes the passphrase: the current one must be right. Only the wrapped key changes; the recovery key stays. */
export async function changePassphrase(current: string, next: string): Promise<void> {
  const problem = passphraseProblem(next);
  if (problem) throw new Error(problem);
  const found = await record();
  if (!found?.keyring.passphrase) throw new Error('No passphrase is set for this workspace.');
  const dataKey = await unwrapWithPassphrase(found.keyring.passphrase, current);
  try {
    await save({
      ...found,
      keyring: { ...found.keyring, passphrase: await wrapWithPassphrase(dataKey, next) },
    });
  } finally {
    dataKey.fill(0);
  }
}

/** Opens automatically on this computer account (desktop) or not; the passphrase stays either way. */
export async function setOpenAutomatically(on: boolean, os: OsProtection | null): Promise<void> {
  const found = await record();
  if (!found?.keyring.passphrase) throw new Error('Set a passphrase first.');
  const os_ = on ? await osSlot(requireDataKey(), found.deviceKey, os) : null;
  await save({ ...found, keyring: { ...found.keyring, os: os_ } });
}

/** Removes the passphrase: the workspace opens on this computer again without one (still encrypted at rest). */
export async function removePassphrase(current: string, os: OsProtection | null): Promise<void> {
  const found = await record();
  if (!found?.keyring.passphrase) return;
  const dataKey = await unwrapWithPassphrase(found.keyring.passphrase, current);
  try {
    const device = await wrapWithDeviceKey(dataKey, found.deviceKey);
    const blob = os ? await os.protect(device.wrapped) : null;
    await save({
      ...found,
      keyring: {
        ...found.keyring,
        passphrase: null,
        recovery: null,
        device: blob ? null : device,
        os: blob ? { protected: blob } : null,
      },
    });
  } finally {
    dataKey.fill(0);
  }
}

export async function setLockAfterMinutes(minutes: number): Promise<void> {
  const found = await record();
  if (!found) throw new Error('This workspace has no keys yet.');
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60)
    throw new Error('Choose between 0 and 1440 minutes.');
  await save({ ...found, lockAfterMinutes: minutes });
}

/** The keyring's wrapped slots, for encrypted backups that can be opened with the workspace passphrase elsewhere. */
export async function portableSlots(): Promise<Pick<Keyring, 'keyId' | 'passphrase' | 'recovery'> | null> {
  const found = await record();
  return found
    ? { keyId: found.keyring.keyId, passphrase: found.keyring.passphrase, recovery: found.keyring.recovery }
    : null;
}
