import { describe, expect, it } from 'vitest';
import { DecryptionError, GcmKey } from '../../../../renderer/domain/crypto/aead';
import { fromLatin1 } from '../../../../renderer/domain/crypto/bytes';
import { OpenedCache } from '../../../../renderer/domain/crypto/openedCache';
import {
  clearFieldSet,
  hasValue,
  isStillSealed,
  openInBulk,
  openRecord,
  sealRecord,
} from '../../../../renderer/domain/crypto/sealRecords';

const key = new GcmKey(new Uint8Array(32).fill(3));
const clear = clearFieldSet('caseworkers');
const stored = (id: string, name: string) =>
  sealRecord('caseworkers', { id, name, email: `${id}@example.org`, caseload: 10 }, key, clear);
const open = (record: Record<string, unknown>, k = key) =>
  openRecord('caseworkers', record, k) as Record<string, unknown>;

describe('openRecord: sealed fields open on first use', () => {
  it('gives each record its own values, though records with the same sealed fields share their accessors', () => {
    const a = open(stored('a', 'Grace Kim'));
    const b = open(stored('b', 'Seán O’Brien'));
    expect(a.caseload).toBe(10);
    expect(b.name).toBe('Seán O’Brien');
    expect(a.name).toBe('Grace Kim');
    expect({ ...a }).toEqual({ id: 'a', name: 'Grace Kim', email: 'a@example.org', caseload: 10 });
    expect(JSON.parse(JSON.stringify(b))).toEqual({
      id: 'b',
      name: 'Seán O’Brien',
      email: 'b@example.org',
      caseload: 10,
    });
  });

  it('keeps a value written before the record was opened, and opens the others', () => {
    const a = open(stored('a', 'Grace Kim'));
    a.name = 'Grace Kim-Lee';
    expect(a).toEqual({ id: 'a', name: 'Grace Kim-Lee', email: 'a@example.org', caseload: 10 });
  });

  it('reads through an object made from the record (prototype chain)', () => {
    const child = Object.create(open(stored('a', 'Grace Kim'))) as Record<string, unknown>;
    expect(child.email).toBe('a@example.org');
  });

  it('refuses a wrong key on first use, every time, and a changed byte too', () => {
    const wrong = open(stored('a', 'Grace Kim'), new GcmKey(new Uint8Array(32).fill(4)));
    expect(() => wrong.name).toThrow(DecryptionError);
    expect(() => wrong.email).toThrow(DecryptionError);
    const record = stored('a', 'Grace Kim');
    const blob = record._sealed as string;
    const flipped = blob.slice(0, -1) + String.fromCharCode(blob.charCodeAt(blob.length - 1) ^ 1);
    expect(() => open({ ...record, _sealed: flipped }).name).toThrow(DecryptionError);
    // A character no byte makes (text edited on disk) is refused the same way.
    expect(() => open({ ...record, _sealed: `${blob.slice(0, -1)}\u0142` }).name).toThrow(DecryptionError);
    // A sealed blob moved onto another record does not open either (its table and id are bound in).
    expect(() => open({ ...stored('b', 'x'), _sealed: record._sealed }).name).toThrow(DecryptionError);
  });
});

describe('the stored form', () => {
  it('is one binary string (version 2) and the names as text: no bytes or arrays to clone per record', () => {
    const record = stored('a', 'Grace Kim');
    expect(Object.keys(record).sort()).toEqual(['_sealed', '_sealedFields', 'caseload', 'id']);
    expect(record._sealedFields).toBe('name,email');
    const blob = record._sealed as string;
    expect(blob.charCodeAt(0)).toBe(2);
    // Version byte, 12-byte nonce, the JSON's bytes, 16-byte tag; every character is one byte.
    const json = JSON.stringify({ name: 'Grace Kim', email: 'a@example.org' });
    expect(blob).toHaveLength(1 + 12 + json.length + 16);
    expect([...blob].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(blob).not.toContain('Grace');
  });

  it('still opens version 1 records (bytes and a list of names), as workspaces stored them before', () => {
    const v2 = stored('a', 'Grace Kim');
    const bytes = fromLatin1(v2._sealed as string);
    bytes[0] = 1;
    const v1 = { ...v2, _sealed: bytes, _sealedFields: ['name', 'email'] };
    expect(open(v1)).toEqual({ id: 'a', name: 'Grace Kim', email: 'a@example.org', caseload: 10 });
    const changed = bytes.slice();
    changed[20] = (changed[20] ?? 0) ^ 1;
    expect(() => open({ ...v1, _sealed: changed }).email).toThrow(DecryptionError);
  });

  it('refuses a version it does not know with a message, not garbage', () => {
    const record = stored('a', 'Grace Kim');
    const blob = record._sealed as string;
    expect(() => open({ ...record, _sealed: `\u0003${blob.slice(1)}` }).name).toThrow(/newer version/);
  });

  it('answers a re-read from the cache only for the identical stored text', () => {
    const cache = new OpenedCache();
    const record = stored('a', 'Grace Kim');
    expect((openRecord('caseworkers', record, key, cache) as Record<string, unknown>).name).toBe('Grace Kim');
    // Under a wrong key, only the cache can answer: it does for the same text...
    const wrong = new GcmKey(new Uint8Array(32).fill(9));
    expect((openRecord('caseworkers', record, wrong, cache) as Record<string, unknown>).name).toBe(
      'Grace Kim',
    );
    // ...and not for the same record sealed again (a new nonce).
    const again = stored('a', 'Grace Kim');
    expect(() => (openRecord('caseworkers', again, wrong, cache) as Record<string, unknown>).name).toThrow(
      DecryptionError,
    );
  });
});

describe('records keep one shape whichever fields are sealed', () => {
  it('keeps the unopened state out of spreads, keys and JSON, and hasValue reads it without decrypting', () => {
    const entryClear = clearFieldSet('coachingEntries');
    const seal = (id: string, extra: Record<string, unknown>) =>
      sealRecord(
        'coachingEntries',
        { id, kind: 'ride-along', date: '2026-01-05', ...extra },
        key,
        entryClear,
      );
    const wrong = new GcmKey(new Uint8Array(32).fill(5));
    const notesOnly = openRecord('coachingEntries', seal('a', { notes: 'n' }), wrong) as Record<
      string,
      unknown
    >;
    const prepToo = openRecord('coachingEntries', seal('b', { notes: 'n', prep: 'p' }), wrong) as Record<
      string,
      unknown
    >;
    // Nothing decrypted yet (the key is wrong, so any decryption would throw).
    expect(Object.keys(notesOnly)).toEqual(['id', 'kind', 'date', 'notes']);
    expect(Object.keys(prepToo)).toEqual(['id', 'kind', 'date', 'notes', 'prep']);
    expect(
      Object.getOwnPropertySymbols(notesOnly).every(
        (s) => !Object.getOwnPropertyDescriptor(notesOnly, s)?.enumerable,
      ),
    ).toBe(true);
    expect(hasValue(notesOnly, 'prep')).toBe(false);
    expect(hasValue(prepToo, 'prep')).toBe(true);
    expect(notesOnly.date).toBe('2026-01-05');
    // Opening, under the right key, gives every sealed value, in records sharing the accessors.
    const opened = openRecord('coachingEntries', seal('c', { notes: 'n', prep: 'p' }), key) as Record<
      string,
      unknown
    >;
    expect({ ...opened }).toEqual({ id: 'c', kind: 'ride-along', date: '2026-01-05', notes: 'n', prep: 'p' });
    expect(Object.getOwnPropertySymbols({ ...opened })).toEqual([]);
  });
});

describe('openInBulk: many records opened ahead of use with the platform cipher', () => {
  const wrong = new GcmKey(new Uint8Array(32).fill(9));

  it('opens every record (more than one batch) to the values a first use gives, and remembers them', async () => {
    const cache = new OpenedCache();
    const forms = Array.from({ length: 600 }, (_, i) => stored(`p${i}`, `Person ${i}`));
    const records = forms.map((f) => openRecord('caseworkers', f, key, cache) as Record<string, unknown>);
    await openInBulk(records);
    expect(records.filter((r) => isStillSealed(r, 'name'))).toEqual([]);
    expect(records.map((r) => r.name)).toEqual(forms.map((_, i) => `Person ${i}`));
    expect(records[599]).toEqual({ id: 'p599', name: 'Person 599', email: 'p599@example.org', caseload: 10 });
    // Remembered as a first use is: the same stored text read again opens from the cache (even under a wrong key).
    expect((openRecord('caseworkers', forms[7], wrong, cache) as Record<string, unknown>).name).toBe(
      'Person 7',
    );
  });

  it('leaves what does not authenticate sealed, to fail on first use as always, and opens the rest', async () => {
    const good = open(stored('a', 'Grace Kim'));
    const underWrongKey = open(stored('b', 'Ben Ode'), wrong);
    const form = stored('c', 'Cy Park');
    const blob = form._sealed as string;
    const flipped = open({
      ...form,
      _sealed: blob.slice(0, -1) + String.fromCharCode(blob.charCodeAt(blob.length - 1) ^ 1),
    });
    const unknownVersion = open({ ...form, _sealed: `\u0003${blob.slice(1)}` });
    await openInBulk([good, underWrongKey, flipped, unknownVersion, 'not a record', null]);
    expect(isStillSealed(good, 'name')).toBe(false);
    expect(good.name).toBe('Grace Kim');
    for (const record of [underWrongKey, flipped]) {
      expect(isStillSealed(record, 'name')).toBe(true);
      expect(() => record.name).toThrow(DecryptionError);
    }
    expect(() => unknownVersion.name).toThrow(/newer version/);
  });

  it('keeps a value written before, and opens nothing under a wiped key', async () => {
    const edited = open(stored('a', 'Grace Kim'));
    edited.name = 'Grace Kim-Lee';
    const doomed = new GcmKey(new Uint8Array(32).fill(5));
    const form = sealRecord('caseworkers', { id: 'd', name: 'Dee Fox', caseload: 3 }, doomed, clear);
    const later = openRecord('caseworkers', form, doomed) as Record<string, unknown>;
    doomed.wipe();
    await openInBulk([edited, later]);
    expect(edited.name).toBe('Grace Kim-Lee');
    expect(isStillSealed(later, 'name')).toBe(true);
    expect(() => later.name).toThrow(DecryptionError);
  });
});
