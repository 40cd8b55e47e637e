// The key hierarchy with known-answer vectors: AES-256-GCM (McGrew & Viega test case 16, also NIST's), Argon2id (the
// reference implementation's test vector), then wrapping and unwrapping the data key with each kind of slot.
import { createCipheriv } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecryptionError, open, seal } from '../../../../renderer/domain/crypto/aead';
import { fromBase64, fromHex, toBase64, toHex } from '../../../../renderer/domain/crypto/bytes';
import {
  deriveKey,
  KDF_DEFAULTS,
  kdfParams,
  kdfProblem,
  setKdfParamsForTests,
} from '../../../../renderer/domain/crypto/kdf';
import {
  formatRecoveryKey,
  newDataKey,
  newDeviceKey,
  parseRecoveryKey,
  passphraseProblem,
  unwrapWithDeviceKey,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithDeviceKey,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
  WrongSecretError,
} from '../../../../renderer/domain/crypto/keyHierarchy';

const CHEAP = { algorithm: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 } as const;

describe('AES-256-GCM', () => {
  const key = fromHex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
  const nonce = fromHex('cafebabefacedbaddecaf888');
  const plaintext = fromHex(
    'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
  );
  const aad = fromHex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const expected =
    'cafebabefacedbaddecaf888' +
    '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
    '76fc6ece0f4e1768cddf8853bb2d551b';

  it('matches the published test vector (and Node’s OpenSSL)', () => {
    expect(toHex(seal(key, plaintext, aad, nonce))).toBe(expected);
    const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aad);
    const node = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    expect(`cafebabefacedbaddecaf888${node.toString('hex')}`).toBe(expected);
    expect(toHex(open(key, fromHex(expected), aad))).toBe(toHex(plaintext));
  });

  it('refuses a tampered ciphertext, a wrong key and a value moved to another record', () => {
    const sealed = seal(key, plaintext, 'coachingEntries/1');
    const flipped = sealed.slice();
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    expect(() => open(key, flipped, 'coachingEntries/1')).toThrow(DecryptionError);
    expect(() => open(newDataKey(), sealed, 'coachingEntries/1')).toThrow(DecryptionError);
    expect(() => open(key, sealed, 'coachingEntries/2')).toThrow(DecryptionError);
    expect(() => open(key, sealed.subarray(0, 20), 'coachingEntries/1')).toThrow(DecryptionError);
  });

  it('draws a fresh nonce each time, so the same text never encrypts the same way twice', () => {
    expect(toHex(seal(key, plaintext, 'x'))).not.toBe(toHex(seal(key, plaintext, 'x')));
  });
});

describe('Argon2id', { timeout: 120_000 }, () => {
  beforeAll(() => setKdfParamsForTests(null));
  afterAll(() => setKdfParamsForTests(CHEAP));

  it('defaults to Bitwarden’s parameters: 64 MiB, 3 passes, 4 lanes, and refuses anything weaker', () => {
    expect(kdfParams()).toEqual({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 4 });
    expect(kdfProblem(KDF_DEFAULTS)).toBeNull();
    expect(kdfProblem({ ...KDF_DEFAULTS, memoryKiB: 32768 })).toMatch(/less memory/);
    expect(kdfProblem({ ...KDF_DEFAULTS, iterations: 2 })).toMatch(/fewer passes/);
  });

  it('matches the reference implementation’s vector ("password", "somesalt", t=2, m=64 MiB, p=1)', async () => {
    setKdfParamsForTests({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 2, parallelism: 1 });
    try {
      const key = await deriveKey('password', new TextEncoder().encode('somesalt'), kdfParams());
      expect(toHex(key)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
    } finally {
      setKdfParamsForTests(null);
    }
  });

  it('wraps the data key with the passphrase at the real parameters, which travel with the slot', async () => {
    const dataKey = newDataKey();
    const slot = await wrapWithPassphrase(dataKey, 'correct horse battery staple');
    expect(slot.kdf).toEqual(KDF_DEFAULTS);
    expect(fromBase64(slot.salt)).toHaveLength(16);
    expect(toHex(await unwrapWithPassphrase(slot, 'correct horse battery staple'))).toBe(toHex(dataKey));
  });
});

describe('data key slots', () => {
  it('refuses a wrong passphrase with a clear message and a slot whose parameters were lowered', async () => {
    const dataKey = newDataKey();
    const slot = await wrapWithPassphrase(dataKey, 'correct horse battery staple');
    await expect(unwrapWithPassphrase(slot, 'Correct horse battery staple')).rejects.toThrow(
      new WrongSecretError('passphrase'),
    );
    await expect(
      unwrapWithPassphrase({ ...slot, kdf: { ...slot.kdf, memoryKiB: 8 } }, 'correct horse battery staple'),
    ).rejects.toThrow(/not acceptable/);
    const tampered = fromBase64(slot.wrapped);
    tampered[15] = (tampered[15] ?? 0) ^ 0x80;
    await expect(
      unwrapWithPassphrase({ ...slot, wrapped: toBase64(tampered) }, 'correct horse battery staple'),
    ).rejects.toThrow(WrongSecretError);
  });

  it('changing the passphrase re-wraps the same data key: what the old slot opened, the new one opens', async () => {
    const dataKey = newDataKey();
    const old = await wrapWithPassphrase(dataKey, 'first long passphrase');
    const opened = await unwrapWithPassphrase(old, 'first long passphrase');
    const next = await wrapWithPassphrase(opened, 'second long passphrase');
    expect(next.wrapped).not.toBe(old.wrapped);
    expect(toHex(await unwrapWithPassphrase(next, 'second long passphrase'))).toBe(toHex(dataKey));
    await expect(unwrapWithPassphrase(next, 'first long passphrase')).rejects.toThrow(WrongSecretError);
  });

  it('writes the recovery key in unambiguous groups and reads it back however it is typed', async () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => i * 13);
    const text = formatRecoveryKey(bytes);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(formatRecoveryKey(new Uint8Array(20))).toBe('0000-0000-0000-0000-0000-0000-0000-0000');
    expect(formatRecoveryKey(new Uint8Array(20).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    expect(toHex(parseRecoveryKey(text.toLowerCase().replace(/-/g, ' ')) ?? new Uint8Array())).toBe(
      toHex(bytes),
    );
    expect(parseRecoveryKey('OOOO-IIII-LLLL-0000-0000-0000-0000-0000')).toEqual(
      parseRecoveryKey('0000-1111-1111-0000-0000-0000-0000-0000'),
    );
    expect(parseRecoveryKey('too short')).toBeNull();

    const dataKey = newDataKey();
    const slot = await wrapWithRecoveryKey(dataKey, bytes, fromHex('00112233445566778899aabbccddeeff'));
    expect(toHex(await unwrapWithRecoveryKey(slot, bytes))).toBe(toHex(dataKey));
    const wrong = bytes.slice();
    wrong[0] = 1;
    await expect(unwrapWithRecoveryKey(slot, wrong)).rejects.toThrow(WrongSecretError);
  });

  it('wraps with a device key that script cannot read out', async () => {
    const deviceKey = await newDeviceKey();
    expect(deviceKey.extractable).toBe(false);
    const dataKey = newDataKey();
    const slot = await wrapWithDeviceKey(dataKey, deviceKey);
    expect(toHex(await unwrapWithDeviceKey(slot, deviceKey))).toBe(toHex(dataKey));
    await expect(unwrapWithDeviceKey(slot, await newDeviceKey())).rejects.toThrow(DecryptionError);
  });

  it('asks for a passphrase long enough to matter', () => {
    expect(passphraseProblem('short')).toMatch(/at least 10 characters/);
    expect(passphraseProblem('aaaaaaaaaaaa')).toMatch(/one character repeated/);
    expect(passphraseProblem('maple river lantern')).toBeNull();
  });
});
