// GcmKey: AES-256-GCM with the key schedule and GHASH table computed once per key. It must be the same algorithm as
// `seal`/`open` (the library's one-shot GCM) and as Node's OpenSSL, byte for byte, for every length, and refuse what
// they refuse.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, GcmKey, open, seal } from '../../../../renderer/domain/crypto/aead';
import { fromHex, toHex } from '../../../../renderer/domain/crypto/bytes';

const bytes = (n: number) => new Uint8Array(randomBytes(n));

function openssl(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): string {
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aad);
  return (
    toHex(nonce) +
    Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]).toString('hex')
  );
}

describe('GcmKey', () => {
  it('matches the published test vector (McGrew & Viega test case 16)', () => {
    const key = new GcmKey(fromHex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308'));
    const nonce = fromHex('cafebabefacedbaddecaf888');
    const plaintext = fromHex(
      'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    );
    const aad = fromHex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
    const expected =
      'cafebabefacedbaddecaf888' +
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
      '76fc6ece0f4e1768cddf8853bb2d551b';
    expect(toHex(key.seal(plaintext, aad, nonce))).toBe(expected);
    expect(toHex(key.open(fromHex(expected), aad))).toBe(toHex(plaintext));
  });

  it('seals byte for byte as OpenSSL and the one-shot seal do, for every length of text and context', () => {
    const raw = bytes(32);
    const key = new GcmKey(raw);
    for (let length = 0; length <= 100; length += 1) {
      const nonce = bytes(12);
      const plaintext = bytes(length);
      const aad = bytes((length * 7) % 41);
      const sealed = key.seal(plaintext, aad, nonce);
      expect(toHex(sealed), `length ${length}`).toBe(openssl(raw, nonce, aad, plaintext));
      expect(toHex(sealed)).toBe(toHex(seal(raw, plaintext, aad, nonce)));
      // Each opens what the other sealed, from any offset in a larger buffer (records hold it after a format byte).
      const stored = new Uint8Array(sealed.length + 1);
      stored.set(sealed, 1);
      expect(toHex(key.open(stored.subarray(1), aad))).toBe(toHex(plaintext));
      expect(toHex(open(raw, sealed, aad))).toBe(toHex(plaintext));
    }
    // Longer texts, as notes are: several hundred blocks.
    const long = bytes(5_000);
    const nonce = bytes(12);
    const sealed = key.seal(long, 'coachingEntries/1', nonce);
    const decipher = createDecipheriv('aes-256-gcm', raw, nonce)
      .setAAD(Buffer.from('coachingEntries/1'))
      .setAuthTag(sealed.subarray(sealed.length - 16));
    const back = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
    expect(back.equals(Buffer.from(long))).toBe(true);
  });

  it('refuses a changed byte anywhere, another context, another key, and a short input', () => {
    const raw = bytes(32);
    const key = new GcmKey(raw);
    const sealed = key.seal(bytes(40), 'caseworkers/1');
    for (let i = 0; i < sealed.length; i += 1) {
      const changed = sealed.slice();
      changed[i] = (changed[i] ?? 0) ^ 1;
      expect(() => key.open(changed, 'caseworkers/1'), `byte ${i}`).toThrow(DecryptionError);
    }
    expect(() => key.open(sealed, 'caseworkers/2')).toThrow(DecryptionError);
    expect(() => new GcmKey(bytes(32)).open(sealed, 'caseworkers/1')).toThrow(DecryptionError);
    expect(() => key.open(sealed.subarray(0, 27), 'caseworkers/1')).toThrow(DecryptionError);
    expect(() => new GcmKey(bytes(16))).toThrow('32-byte key');
  });

  it('opens many at once with the platform cipher what it and the one-shot seal made, and nothing else', async () => {
    const raw = bytes(32);
    const key = new GcmKey(raw);
    const texts = [0, 1, 15, 16, 17, 300].map(bytes);
    const sealed = texts.map((t, i) =>
      i % 2 ? key.seal(t, `caseworkers/${i}`) : seal(raw, t, `caseworkers/${i}`),
    );
    const opened = await key.openMany(sealed.map((s, i) => ({ sealed: s, context: `caseworkers/${i}` })));
    expect(opened.map((o) => o && toHex(o))).toEqual(texts.map(toHex));
    const changed = (sealed[5] as Uint8Array).slice();
    changed[20] = (changed[20] ?? 0) ^ 1;
    const refused = await key.openMany([
      { sealed: changed, context: 'caseworkers/5' },
      { sealed: sealed[5] as Uint8Array, context: 'caseworkers/4' },
      { sealed: (sealed[5] as Uint8Array).subarray(0, 27), context: 'caseworkers/5' },
    ]);
    expect(refused).toEqual([null, null, null]);
    key.wipe();
    expect(await key.openMany([{ sealed: sealed[1] as Uint8Array, context: 'caseworkers/1' }])).toEqual([
      null,
    ]);
  });

  it('uses a fresh random nonce for each seal', () => {
    const key = new GcmKey(bytes(32));
    const text = bytes(20);
    expect(toHex(key.seal(text, 'x'))).not.toBe(toHex(key.seal(text, 'x')));
  });

  it('once wiped, neither seals nor opens', () => {
    const key = new GcmKey(bytes(32));
    const sealed = key.seal(bytes(10), 'x');
    key.wipe();
    expect(() => key.seal(bytes(10), 'x')).toThrow('wiped');
    expect(() => key.open(sealed, 'x')).toThrow('wiped');
  });

  it('says what is wrong with a key or a nonce of the wrong size, and names its error', () => {
    expect(() => seal(bytes(16), bytes(4), 'x')).toThrow('32-byte key');
    expect(() => open(bytes(31), bytes(40), 'x')).toThrow('32-byte key');
    expect(() => new GcmKey(bytes(32)).seal(bytes(4), 'x', bytes(11))).toThrow('12-byte nonce');
    const error = new DecryptionError();
    expect(error.name).toBe('DecryptionError');
    expect(error.message).toMatch(/key is wrong or the data was changed/);
  });
});
