// What the encryption layer remembers of records it has opened, so reading the same stored record again (a live query
// re-running after any change, a screen opened twice) does not pay for AES-GCM again. An entry is used only when the
// stored blob is byte for byte the one that was opened and authenticated: a record sealed again (a new nonce) or
// changed on disk is opened afresh. It holds plaintext (as the app's memory does while unlocked), is bounded, and the
// data layer empties it whenever the data key changes or is wiped (lock).
import { equalBytes } from './bytes';

/** A stored sealed blob: a binary string (version 2) or bytes (version 1). */
type Blob = string | Uint8Array;

const sameBlob = (a: Blob, b: Blob): boolean =>
  typeof a === 'string' || typeof b === 'string' ? a === b : equalBytes(a, b);

interface Entry {
  blob: Blob;
  json: string;
}

export class OpenedCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 50_000) {}

  /** The JSON of the sealed fields of `table`/`id`, if this exact blob was opened before. */
  get(table: string, id: unknown, blob: Blob): string | undefined {
    const key = `${table}/${String(id)}`;
    const entry = this.entries.get(key);
    if (!entry || !sameBlob(entry.blob, blob)) return undefined;
    // Most recently used last, so the oldest entries are the ones dropped.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.json;
  }

  set(table: string, id: unknown, blob: Blob, json: string): void {
    const key = `${table}/${String(id)}`;
    this.entries.delete(key);
    // A copy of bytes: they belong to a record that may be reused (strings cannot change).
    this.entries.set(key, { blob: typeof blob === 'string' ? blob : blob.slice(), json });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
