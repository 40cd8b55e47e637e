import { describe, expect, it } from 'vitest';
import { DecryptionError, GcmKey } from '../../../../renderer/domain/crypto/aead';
import { clearFieldSet, openRecord, sealRecord } from '../../../../renderer/domain/crypto/sealRecords';

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
    const blob = (record._sealed as Uint8Array).slice();
    blob[blob.length - 1] = (blob.at(-1) ?? 0) ^ 1;
    expect(() => open({ ...record, _sealed: blob }).name).toThrow(DecryptionError);
    // A sealed blob moved onto another record does not open either (its table and id are bound in).
    expect(() => open({ ...stored('b', 'x'), _sealed: record._sealed }).name).toThrow(DecryptionError);
  });
});
