// AES-256-GCM, synchronous (@noble/ciphers, audited). Synchronous on purpose: IndexedDB commits a transaction as soon as
// its code awaits anything that is not an IndexedDB request, so WebCrypto's promise-based encrypt cannot run inside the
// database middleware. The same primitive wraps keys, so there is one AEAD in the whole app.
import { gcm } from '@noble/ciphers/aes.js';
import { concatBytes, randomBytes, utf8 } from './bytes';

export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** Thrown when a ciphertext does not authenticate: wrong key, or bytes changed since they were sealed. */
export class DecryptionError extends Error {
  constructor(message = 'The data could not be decrypted: the key is wrong or the data was changed.') {
    super(message);
    this.name = 'DecryptionError';
  }
}

/**
 * Encrypts and authenticates `plaintext` under `key`, binding `context` (e.g. "coachingEntries/<id>") as associated
 * data, so a sealed value moved to another record or table no longer opens. Returns nonce || ciphertext || tag. The
 * nonce is random (96 bits); pass one only to reproduce known-answer vectors.
 */
export function seal(
  key: Uint8Array,
  plaintext: Uint8Array,
  context: string | Uint8Array,
  nonce = randomBytes(NONCE_BYTES),
): Uint8Array {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key.');
  const aad = typeof context === 'string' ? utf8(context) : context;
  return concatBytes(nonce, gcm(key, nonce, aad).encrypt(plaintext));
}

/** Opens what `seal` made with the same key and context; throws DecryptionError otherwise. */
export function open(key: Uint8Array, sealed: Uint8Array, context: string | Uint8Array): Uint8Array {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key.');
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError();
  const aad = typeof context === 'string' ? utf8(context) : context;
  try {
    return gcm(key, sealed.subarray(0, NONCE_BYTES), aad).decrypt(sealed.subarray(NONCE_BYTES));
  } catch {
    throw new DecryptionError();
  }
}
