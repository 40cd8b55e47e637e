// "Unlock automatically on this computer account": the operating system's key store (Electron safeStorage: Keychain,
// DPAPI, or the desktop keyring on Linux) wraps a blob the renderer has already wrapped with its own device key. Main
// never sees the data key or any key that opens it on its own: only wrapped blobs cross IPC, both ways.
import { safeStorage } from 'electron';
import { ok, type Result } from '../shared/contract';

/**
 * True when the system offers a real key store. On Linux without a keyring Electron falls back to a fixed password
 * ("basic_text"), which protects nothing, so it counts as none.
 */
export function osKeyStoreAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (process.platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    return backend !== 'basic_text' && backend !== 'unknown';
  }
  return true;
}

export function protectKeyBlob(blob: string): Result<string | null> {
  if (!osKeyStoreAvailable()) return ok(null);
  return ok(safeStorage.encryptString(blob).toString('base64'));
}

export function unprotectKeyBlob(blob: string): Result<string | null> {
  if (!osKeyStoreAvailable()) return ok(null);
  try {
    return ok(safeStorage.decryptString(Buffer.from(blob, 'base64')));
  } catch {
    // Another account, another computer, or a key store reset: the passphrase still opens the workspace.
    return ok(null);
  }
}
