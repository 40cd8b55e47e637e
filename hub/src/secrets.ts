// Tokens and enrolment codes: random, shown once, stored only as SHA-256 hashes (they are long random strings, so a
// fast hash is enough; nothing a person chose is ever hashed here).
import { createHash, randomBytes } from 'node:crypto';

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

export const newToken = (): string => randomBytes(32).toString('base64url');

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I
/** A one-time enrolment code a person can type: 16 characters (80 bits) in groups of four. */
export function newEnrolmentCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Codes are typed by people: case, spaces and dashes do not matter. */
export const normaliseCode = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
