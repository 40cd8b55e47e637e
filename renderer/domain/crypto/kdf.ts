// Argon2id, the slow key derivation behind the workspace passphrase, backup passphrases and the kiosk PIN (hash-wasm's
// WebAssembly build). Its parameters travel with whatever it protects, so they can be raised later without breaking
// what was stored before; anything below the floor (Bitwarden's defaults) is refused as tampered or obsolete.
import { argon2id } from 'hash-wasm';

export interface KdfParams {
  algorithm: 'argon2id';
  /** Memory in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** 64 MiB, 3 passes, 4 lanes: Bitwarden's Argon2id defaults, and our floor. */
export const KDF_DEFAULTS: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 4,
};

let chosen: KdfParams = KDF_DEFAULTS;

/** The parameters new secrets are derived with (and the floor for reading stored ones). */
export const kdfParams = (): KdfParams => chosen;

/**
 * Tests of flows that derive keys many times (not of the derivation itself) may use cheap parameters, so a loaded build
 * machine does not spend minutes in Argon2. The known-answer tests of this module always use the real defaults.
 */
export function setKdfParamsForTests(params: KdfParams | null): void {
  chosen = params ?? KDF_DEFAULTS;
}

/** Refuses parameters weaker than the floor (a file that asks for 1 KiB was made to be cracked) or absurdly large. */
export function kdfProblem(params: KdfParams): string | null {
  if (params.algorithm !== 'argon2id') return 'uses an unknown key derivation';
  if (params.memoryKiB < chosen.memoryKiB) return 'asks for less memory than is safe';
  if (params.iterations < chosen.iterations) return 'asks for fewer passes than is safe';
  if (params.parallelism < 1 || params.parallelism > 16) return 'asks for an impossible number of lanes';
  if (params.memoryKiB > 1024 * 1024 || params.iterations > 64)
    return 'asks for more work than this computer can do';
  return null;
}

/** Derives 32 bytes from a secret and a salt (16 random bytes in this app). */
export async function deriveKey(secret: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  const problem = kdfProblem(params);
  if (problem) throw new Error(`The key settings are not acceptable: it ${problem}.`);
  // Argon2's own minimum; everything this app makes uses 16 random bytes.
  if (salt.length < 8) throw new Error('The salt is too short.');
  return argon2id({
    password: secret.normalize('NFC'),
    salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
}
