// AES-256-GCM, synchronous (@noble/ciphers, audited). Synchronous on purpose: IndexedDB commits a transaction as soon as
// its code awaits anything that is not an IndexedDB request, so WebCrypto's promise-based encrypt cannot run inside the
// database middleware. The same primitive wraps keys, so there is one AEAD in the whole app. Outside a transaction,
// many records read at once may be opened with the platform's own AES-GCM (`GcmKey.openMany`): the same algorithm and
// format, checked against this one in the tests.
import { gcm, unsafe } from '@noble/ciphers/aes.js';
import { GHASH } from '@noble/ciphers/_polyval.js';
import { concatBytes, equalBytes, randomBytes, utf8 } from './bytes';

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

/** The bytes as WebCrypto takes them (the app's bytes are never in shared memory). */
const plainBuffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

/** A key in WebCrypto (a CryptoKey), named so without the DOM's types (the main process reads this file too). */
type WebKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** `key` imported into WebCrypto for decrypting only, not extractable; null where there is no WebCrypto. */
function webKeyOf(key: Uint8Array): Promise<WebKey | null> | null {
  const subtle = globalThis.crypto?.subtle as typeof globalThis.crypto.subtle | undefined;
  if (!subtle) return null;
  return subtle.importKey('raw', plainBuffer(key), 'AES-GCM', false, ['decrypt']).catch(() => null);
}

/** GHASH whose multiplication table (a function of the hash key only) is built once and shared by every message. */
class KeyedGhash extends GHASH {
  /** The hash of one message: its own accumulator over the shared table, which it only reads. */
  begin(): KeyedGhash {
    const hash = Object.create(this) as KeyedGhash;
    hash.s0 = 0;
    hash.s1 = 0;
    hash.s2 = 0;
    hash.s3 = 0;
    hash.finished = false;
    hash.destroyed = false;
    return hash;
  }
}

// Above 64 KiB of expected input, GHASH builds its largest table (8-bit windows): 16 look-ups per block instead of 64.
const LARGEST_GHASH_TABLE = 128 * 1024;

/** `bytes`, or a copy of them when they do not start on a 4-byte boundary (the cipher reads 32-bit words). */
const aligned = (bytes: Uint8Array): Uint8Array => (bytes.byteOffset % 4 === 0 ? bytes : bytes.slice());

/**
 * AES-256-GCM under one key, for the many small records sealed and opened under the data key: the AES key schedule and
 * GHASH's table are computed once per key instead of once per record, which is most of the cost of a small record
 * (`seal` and `open` above set both up on every call). Same algorithm and format as `seal`/`open`: either opens what
 * the other sealed. Built from the audited library's AES block, CTR and GHASH functions (SP 800-38D, 96-bit nonces);
 * `wipe` zeroes the key material, which the data layer does whenever the data key changes or is wiped (lock).
 */
export class GcmKey {
  private readonly xk: Uint32Array;
  private readonly ghash: KeyedGhash;
  private wiped = false;
  /** The same key in the platform's WebCrypto (not extractable), for opening many records at once; see `openMany`. */
  private web: Promise<WebKey | null> | null;

  constructor(key: Uint8Array) {
    if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key.');
    this.xk = unsafe.expandKeyLE(key);
    const hashKey = unsafe.encryptBlock(this.xk, new Uint8Array(16));
    this.ghash = new KeyedGhash(hashKey, LARGEST_GHASH_TABLE);
    hashKey.fill(0);
    this.web = webKeyOf(key);
  }

  /**
   * Opens many sealed values at once with the platform's native AES-GCM (in Chromium, 5,000 small records in about
   * 65 ms, several times faster than `open` one by one). Same format and checks as `open`; each
   * result is the plaintext, or null when that value does not authenticate (or WebCrypto is missing, or the key was
   * wiped meanwhile): the caller then opens it with `open`, which throws DecryptionError as always.
   */
  async openMany(
    items: readonly { sealed: Uint8Array; context: string | Uint8Array }[],
  ): Promise<(Uint8Array | null)[]> {
    const web = await this.web;
    if (!web || this.wiped) return items.map(() => null);
    return Promise.all(
      items.map(({ sealed, context }) =>
        sealed.length < NONCE_BYTES + TAG_BYTES
          ? Promise.resolve(null)
          : crypto.subtle
              .decrypt(
                {
                  name: 'AES-GCM',
                  iv: plainBuffer(sealed.subarray(0, NONCE_BYTES)),
                  additionalData: plainBuffer(typeof context === 'string' ? utf8(context) : context),
                },
                web,
                plainBuffer(sealed.subarray(NONCE_BYTES)),
              )
              .then(
                (plain) => (this.wiped ? null : new Uint8Array(plain)),
                () => null,
              ),
      ),
    );
  }

  /** Same as `seal(key, plaintext, context, nonce)`. */
  seal(plaintext: Uint8Array, context: string | Uint8Array, nonce = randomBytes(NONCE_BYTES)): Uint8Array {
    if (nonce.length !== NONCE_BYTES) throw new Error('AES-256-GCM here takes a 12-byte nonce.');
    this.assertUsable();
    const aad = typeof context === 'string' ? utf8(context) : context;
    const counter = this.firstCounter(nonce);
    const tagMask = unsafe.encryptBlock(this.xk, counter.slice());
    counter[15] = 2;
    const ciphertext = unsafe.ctr32(this.xk, false, counter, aligned(plaintext));
    const out = new Uint8Array(NONCE_BYTES + ciphertext.length + TAG_BYTES);
    out.set(nonce, 0);
    out.set(ciphertext, NONCE_BYTES);
    out.set(this.tag(aad, ciphertext, tagMask), NONCE_BYTES + ciphertext.length);
    return out;
  }

  /** Same as `open(key, sealed, context)`: throws DecryptionError unless the bytes and context authenticate. */
  open(sealed: Uint8Array, context: string | Uint8Array): Uint8Array {
    this.assertUsable();
    if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError();
    const aad = typeof context === 'string' ? utf8(context) : context;
    const counter = this.firstCounter(sealed.subarray(0, NONCE_BYTES));
    const ciphertext = sealed.slice(NONCE_BYTES, sealed.length - TAG_BYTES);
    const tagMask = unsafe.encryptBlock(this.xk, counter.slice());
    // The tag is checked before anything is decrypted, in constant time.
    if (!equalBytes(this.tag(aad, ciphertext, tagMask), sealed.subarray(sealed.length - TAG_BYTES)))
      throw new DecryptionError();
    counter[15] = 2;
    return unsafe.ctr32(this.xk, false, counter, ciphertext);
  }

  /** Zeroes the key schedule and the GHASH table; the object cannot be used afterwards. */
  wipe(): void {
    this.wiped = true;
    this.web = null;
    this.xk.fill(0);
    this.ghash.destroy();
  }

  private assertUsable(): void {
    if (this.wiped) throw new DecryptionError('The key was wiped: the workspace locked or its key changed.');
  }

  /** J0 = nonce || 0x00000001. */
  private firstCounter(nonce: Uint8Array): Uint8Array {
    const counter = new Uint8Array(16);
    counter.set(nonce);
    counter[15] = 1;
    return counter;
  }

  /** GHASH(aad, ciphertext, their bit lengths) XOR E(J0). */
  private tag(aad: Uint8Array, ciphertext: Uint8Array, tagMask: Uint8Array): Uint8Array {
    const lengths = new Uint8Array(16);
    const view = new DataView(lengths.buffer);
    view.setUint32(0, Math.floor(aad.length / 0x20000000));
    view.setUint32(4, (aad.length * 8) >>> 0);
    view.setUint32(8, Math.floor(ciphertext.length / 0x20000000));
    view.setUint32(12, (ciphertext.length * 8) >>> 0);
    const hash = this.ghash.begin();
    hash.update(aad);
    hash.update(ciphertext);
    hash.update(lengths);
    const tag = new Uint8Array(16);
    hash.digestInto(tag);
    for (let i = 0; i < 16; i += 1) tag[i] = (tag[i] ?? 0) ^ (tagMask[i] ?? 0);
    return tag;
  }
}
