// The key hierarchy, as pure functions. One random 256-bit data key encrypts the workspace; it is never stored as is,
// only wrapped (AES-256-GCM) by keys that unlock it:
//   - the passphrase: Argon2id (parameters stored with the slot, at least 64 MiB, 3 passes, 4 lanes);
//   - the recovery key: 160 random bits shown once at setup, stretched with HKDF-SHA-256 (it is too random to guess);
//   - this device: a non-extractable WebCrypto key kept in the browser profile (no passphrase, or "unlock automatically");
//     in the desktop app that wrapped blob is wrapped once more by the operating system (Electron safeStorage).
// Changing the passphrase re-wraps the data key and nothing else: no record is re-encrypted.
import { z } from 'zod';
import { open, seal, DecryptionError, KEY_BYTES } from './aead';
import { asBuffer, fromBase64, randomBytes, toBase64, toHex } from './bytes';
import { deriveKey, kdfParams, type KdfParams } from './kdf';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const kdfSchema = z.object({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int().positive(),
  iterations: z.number().int().positive(),
  parallelism: z.number().int().positive(),
});

export const passphraseSlotSchema = z.object({ kdf: kdfSchema, salt: b64, wrapped: b64 });
export const recoverySlotSchema = z.object({ salt: b64, wrapped: b64 });
export const deviceSlotSchema = z.object({ wrapped: b64 });
/** The device slot's blob, wrapped again by the operating system (desktop only). */
export const osSlotSchema = z.object({ protected: b64 });

export const keyringSchema = z.object({
  version: z.literal(1),
  /** Names the data key (not secret), so a sealed value or backup can say which key it needs. */
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  passphrase: passphraseSlotSchema.nullable(),
  recovery: recoverySlotSchema.nullable(),
  device: deviceSlotSchema.nullable(),
  os: osSlotSchema.nullable(),
});
export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;
export type DeviceSlot = z.infer<typeof deviceSlotSchema>;
export type Keyring = z.infer<typeof keyringSchema>;

/** Associated data of each kind of wrap: a slot's blob cannot be replayed as another kind. */
const CONTEXT = {
  passphrase: 'cohort-coach/data-key/v1/passphrase',
  recovery: 'cohort-coach/data-key/v1/recovery',
  device: 'cohort-coach/data-key/v1/device',
} as const;

export class WrongSecretError extends Error {
  constructor(what: 'passphrase' | 'recovery key') {
    super(
      what === 'passphrase'
        ? 'That passphrase is not right.'
        : 'That recovery key is not right. Check each group of letters and digits.',
    );
    this.name = 'WrongSecretError';
  }
}

export const newDataKey = (): Uint8Array => randomBytes(KEY_BYTES);
export const newKeyId = (): string => toHex(randomBytes(8));

export const PASSPHRASE_MIN = 10;

/** What is wrong with a passphrase someone chose, or null. Length matters more than symbols. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.trim().length < PASSPHRASE_MIN)
    return `Use at least ${String(PASSPHRASE_MIN)} characters: a few unrelated words are easy to remember and hard to guess.`;
  if (/^(.)\1+$/.test(passphrase)) return 'Choose a passphrase that is not one character repeated.';
  return null;
}

// ---- Passphrase --------------------------------------------------------------------------------------------------

export async function wrapWithPassphrase(
  dataKey: Uint8Array,
  passphrase: string,
  salt = randomBytes(16),
  params: KdfParams = kdfParams(),
): Promise<PassphraseSlot> {
  const kek = await deriveKey(passphrase, salt, params);
  try {
    return { kdf: params, salt: toBase64(salt), wrapped: toBase64(seal(kek, dataKey, CONTEXT.passphrase)) };
  } finally {
    kek.fill(0);
  }
}

export async function unwrapWithPassphrase(slot: PassphraseSlot, passphrase: string): Promise<Uint8Array> {
  const kek = await deriveKey(passphrase, fromBase64(slot.salt), slot.kdf);
  try {
    return open(kek, fromBase64(slot.wrapped), CONTEXT.passphrase);
  } catch (error) {
    if (error instanceof DecryptionError) throw new WrongSecretError('passphrase');
    throw error;
  } finally {
    kek.fill(0);
  }
}

// ---- Recovery key ------------------------------------------------------------------------------------------------

// Crockford's base32: no I, L, O or U, so nothing is misread when typed back from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits as 8 groups of 4 characters, e.g. "7K2Q-M9XD-...". Shown once; never stored. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/** Reads a recovery key as typed: any case, spaces or dashes, O for 0 and I/L for 1. Null when it cannot be one. */
export function parseRecoveryKey(typed: string): Uint8Array | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 32 || /[^0-9A-HJKMNP-TV-Z]/.test(clean)) return null;
  const out = new Uint8Array(20);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out[at++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return out;
}

export const newRecoveryKey = (): Uint8Array => randomBytes(20);

async function recoveryKek(recovery: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  const base = await globalThis.crypto.subtle.importKey('raw', asBuffer(recovery), 'HKDF', false, [
    'deriveBits',
  ]);
  const bits = await globalThis.crypto.subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: asBuffer(salt),
      info: asBuffer(new TextEncoder().encode(CONTEXT.recovery)),
    },
    base,
    256,
  );
  return new Uint8Array(bits);
}

export async function wrapWithRecoveryKey(
  dataKey: Uint8Array,
  recovery: Uint8Array,
  salt = randomBytes(16),
): Promise<RecoverySlot> {
  const kek = await recoveryKek(recovery, salt);
  try {
    return { salt: toBase64(salt), wrapped: toBase64(seal(kek, dataKey, CONTEXT.recovery)) };
  } finally {
    kek.fill(0);
  }
}

export async function unwrapWithRecoveryKey(slot: RecoverySlot, recovery: Uint8Array): Promise<Uint8Array> {
  const kek = await recoveryKek(recovery, fromBase64(slot.salt));
  try {
    return open(kek, fromBase64(slot.wrapped), CONTEXT.recovery);
  } catch (error) {
    if (error instanceof DecryptionError) throw new WrongSecretError('recovery key');
    throw error;
  } finally {
    kek.fill(0);
  }
}

// ---- This device ---------------------------------------------------------------------------------------------------

/** A key that script cannot read back out (extractable: false), kept in the browser profile's IndexedDB. */
export function newDeviceKey(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function wrapWithDeviceKey(dataKey: Uint8Array, deviceKey: CryptoKey): Promise<DeviceSlot> {
  const iv = randomBytes(12);
  const sealed = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: asBuffer(iv), additionalData: asBuffer(new TextEncoder().encode(CONTEXT.device)) },
    deviceKey,
    asBuffer(dataKey),
  );
  const out = new Uint8Array(12 + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), 12);
  return { wrapped: toBase64(out) };
}

export async function unwrapWithDeviceKey(slot: DeviceSlot, deviceKey: CryptoKey): Promise<Uint8Array> {
  const bytes = fromBase64(slot.wrapped);
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: asBuffer(bytes.subarray(0, 12)),
        additionalData: asBuffer(new TextEncoder().encode(CONTEXT.device)),
      },
      deviceKey,
      asBuffer(bytes.subarray(12)),
    );
    return new Uint8Array(plain);
  } catch {
    throw new DecryptionError(
      'This computer can no longer open the workspace on its own. Unlock it with your passphrase.',
    );
  }
}
