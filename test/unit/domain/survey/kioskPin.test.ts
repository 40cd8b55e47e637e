import { createHash } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setKdfParamsForTests } from '../../../../renderer/domain/crypto/kdf';
import {
  hashPin,
  isWeakPinHash,
  pinProblem,
  saltFromBytes,
  verifyPin,
} from '../../../../renderer/domain/survey/kioskPin';

const SALT = '000102030405060708090a0b0c0d0e0f';

// Argon2id at 64 MiB takes a while on a loaded machine: a generous timeout, never a duration assertion.
describe('kiosk PIN', { timeout: 60_000 }, () => {
  beforeAll(() => setKdfParamsForTests(null));
  afterAll(() =>
    setKdfParamsForTests({ algorithm: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 }),
  );

  it('accepts 6 to 12 digits that are neither one digit repeated nor a run', () => {
    expect(pinProblem('246813')).toBeNull();
    expect(pinProblem('123456789012')).toBe('Choose a PIN that is not a run of digits such as 123456.');
    expect(pinProblem('975310864213')).toBeNull();
    expect(pinProblem('')).toBe('Type a PIN.');
    expect(pinProblem('12a456')).toBe('A PIN is digits only (0-9).');
    expect(pinProblem('2468')).toBe('A PIN has 6 to 12 digits.');
    expect(pinProblem('1234567890123')).toBe('A PIN has 6 to 12 digits.');
    expect(pinProblem('000000')).toBe('Choose a PIN that is not one digit repeated.');
    expect(pinProblem('654321')).toBe('Choose a PIN that is not a run of digits such as 123456.');
  });

  it('stores an Argon2id hash (64 MiB, 3 passes, 4 lanes) with its parameters, never the PIN itself', async () => {
    expect(saltFromBytes(new Uint8Array([0, 1, 254, 255]))).toBe('0001feff');
    const stored = await hashPin('246813', SALT);
    // Known answer, computed independently with the same library call.
    const expected = await argon2id({
      password: '246813',
      salt: Uint8Array.from({ length: 16 }, (_, i) => i),
      parallelism: 4,
      iterations: 3,
      memorySize: 65536,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(stored).toBe(`argon2id$m=65536,t=3,p=4$${SALT}$${expected}`);
    expect(stored).not.toContain('246813');
    expect(isWeakPinHash(stored)).toBe(false);
  });

  it('verifies the right PIN and refuses a wrong one, a weakened stored value or another shape', async () => {
    const stored = await hashPin('246813', SALT);
    expect(await verifyPin('246813', stored)).toBe(true);
    expect(await verifyPin('246814', stored)).toBe(false);
    expect(await verifyPin('246813', null)).toBe(false);
    expect(await verifyPin('246813', 'plain-246813')).toBe(false);
    expect(await verifyPin('246813', stored.slice(0, -1))).toBe(false);
    // Someone who edits the settings row to ask for 8 KiB and one pass gets nothing: below the floor never verifies.
    const weak = await argon2id({
      password: '246813',
      salt: Uint8Array.from({ length: 16 }, (_, i) => i),
      parallelism: 1,
      iterations: 1,
      memorySize: 8,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(await verifyPin('246813', `argon2id$m=8,t=1,p=1$${SALT}$${weak}`)).toBe(false);
  });

  it('still verifies a PIN stored by an earlier version (salted SHA-256), and marks it for replacement', async () => {
    const legacy = `sha256$c0ffee$${createHash('sha256').update('c0ffee:2468').digest('hex')}`;
    expect(isWeakPinHash(legacy)).toBe(true);
    expect(await verifyPin('2468', legacy)).toBe(true);
    expect(await verifyPin('2469', legacy)).toBe(false);
  });
});
