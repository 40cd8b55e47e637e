// The encryption layer's cursor, as a browser's IndexedDB gives it: IDBCursor's `key` and `primaryKey` are getters that
// work only on the real cursor object (Chromium throws "Illegal invocation" when read through an object made from it).
// fake-indexeddb does not check that, so this test hands the layer a cursor whose getters check it the same way.
import type { DBCore, DBCoreCursor, DBCoreTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GcmKey } from '../../../renderer/domain/crypto/aead';
import { clearFieldSet, sealRecord } from '../../../renderer/domain/crypto/sealRecords';
import { clearDataKey, setDataKey } from '../../../renderer/data/keySession';
import { encryptionLayer } from '../../../renderer/data/middleware/encryptionLayer';

class BrandedCursor {
  readonly #key: string;
  constructor(
    key: string,
    public value: unknown,
  ) {
    this.#key = key;
  }
  get key(): string {
    return this.#key;
  }
  get primaryKey(): string {
    return this.#key;
  }
}

afterEach(() => clearDataKey());

describe('encryption layer: cursors', () => {
  it('reads key and primary key through the real cursor, and opens the value', async () => {
    const raw = new Uint8Array(32).fill(7);
    setDataKey(raw);
    const stored = sealRecord(
      'caseworkers',
      { id: 'a', name: 'Grace Kim', unitId: 'u1' },
      new GcmKey(raw),
      clearFieldSet('caseworkers', ['unitId']),
    );
    const native = new BrandedCursor('a', stored);
    expect(() => (Object.create(native) as BrandedCursor).key).toThrow(TypeError);
    const table = {
      name: 'caseworkers',
      schema: {
        name: 'caseworkers',
        primaryKey: { keyPath: 'id' },
        indexes: [{ name: 'unitId', keyPath: 'unitId' }],
      },
      openCursor: () => Promise.resolve(native as unknown as DBCoreCursor),
    } as unknown as DBCoreTable;
    const down = { stack: 'dbcore', table: () => table } as unknown as DBCore;
    const layered = encryptionLayer.create(down).table?.('caseworkers');
    if (!layered) throw new Error('the layer has no table()');
    const cursor = await layered.openCursor({
      trans: {} as IDBTransaction,
      values: true,
      query: { index: table.schema.primaryKey, range: { type: 1 } },
    } as never);
    expect(cursor?.key).toBe('a');
    expect(cursor?.primaryKey).toBe('a');
    expect(cursor?.value).toMatchObject({ id: 'a', name: 'Grace Kim', unitId: 'u1' });
  });
});
