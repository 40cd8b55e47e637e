// The workspace's data key while it is unlocked: held in memory only, by this module alone. Locking wipes the bytes
// (not only the reference), and every read or write of personal fields then fails with WorkspaceLockedError.
let dataKey: Uint8Array | null = null;
const listeners = new Set<() => void>();

export class WorkspaceLockedError extends Error {
  constructor() {
    super('The workspace is locked. Unlock it to see or change its data.');
    this.name = 'WorkspaceLockedError';
  }
}

/** Takes ownership of `key` (the caller must not keep or reuse it). */
export function setDataKey(key: Uint8Array): void {
  if (key.length !== 32) throw new Error('A data key is 32 bytes.');
  if (dataKey && dataKey !== key) dataKey.fill(0);
  dataKey = key;
  for (const listener of listeners) listener();
}

/** Wipes the key from memory. */
export function clearDataKey(): void {
  dataKey?.fill(0);
  dataKey = null;
  for (const listener of listeners) listener();
}

export const hasDataKey = (): boolean => dataKey !== null;

/** The key, for the encryption middleware and backups; throws when the workspace is locked. */
export function requireDataKey(): Uint8Array {
  if (!dataKey) throw new WorkspaceLockedError();
  return dataKey;
}

export function onDataKeyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
