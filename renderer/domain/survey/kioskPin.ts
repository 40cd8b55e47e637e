// The supervisor's kiosk PIN. Only an Argon2id hash of it is stored (settings.kioskPinHash), as
// "argon2id$m=<KiB>,t=<passes>,p=<lanes>$<salt hex>$<hash hex>": with 6 to 12 digits and that slow hash, trying every
// PIN offline takes days instead of the half second a salted SHA-256 of 4 digits took. PINs stored by earlier versions
// ("sha256$salt$hash") still end a running kiosk, but must be replaced before kiosk mode can start again.
import { equalBytes, fromHex, toHex } from '../crypto/bytes';
import { deriveKey, kdfParams, type KdfParams } from '../crypto/kdf';

export const PIN_MIN = 6;
export const PIN_MAX = 12;

/** What is wrong with a PIN the supervisor typed, or null when it is usable. */
export function pinProblem(pin: string): string | null {
  if (pin === '') return 'Type a PIN.';
  if (!/^\d+$/.test(pin)) return 'A PIN is digits only (0-9).';
  if (pin.length < PIN_MIN || pin.length > PIN_MAX)
    return `A PIN has ${String(PIN_MIN)} to ${String(PIN_MAX)} digits.`;
  if (/^(\d)\1+$/.test(pin)) return 'Choose a PIN that is not one digit repeated.';
  if ('01234567890123'.includes(pin) || '98765432109876'.includes(pin))
    return 'Choose a PIN that is not a run of digits such as 123456.';
  return null;
}

/** Salt as hex from random bytes the caller supplies (crypto.getRandomValues in the app). */
export const saltFromBytes = (bytes: Uint8Array): string => toHex(bytes);

/** The stored form of a PIN with the given salt (at least 16 bytes, as hex). */
export async function hashPin(
  pin: string,
  saltHex: string,
  params: KdfParams = kdfParams(),
): Promise<string> {
  const hash = await deriveKey(pin, fromHex(saltHex), params);
  return `argon2id$m=${String(params.memoryKiB)},t=${String(params.iterations)},p=${String(params.parallelism)}$${saltHex}$${toHex(hash)}`;
}

/** True for a PIN stored by an earlier version as a salted SHA-256: it must be replaced. */
export const isWeakPinHash = (stored: string | null): boolean => stored?.startsWith('sha256$') ?? false;

async function legacySha256(pin: string, saltHex: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${saltHex}:${pin}`),
  );
  return toHex(new Uint8Array(digest));
}

/** True when `pin` is the PIN whose stored form is `stored`; false for a wrong PIN or a stored value in another shape. */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const parts = stored.split('$');
  if (parts[0] === 'sha256' && parts.length === 3 && parts[1] && parts[2]) {
    return equalBytes(
      new TextEncoder().encode(await legacySha256(pin, parts[1])),
      new TextEncoder().encode(parts[2]),
    );
  }
  const [scheme, settings, salt, hash] = parts;
  if (scheme !== 'argon2id' || parts.length !== 4 || !settings || !salt || !hash) return false;
  const match = /^m=(\d+),t=(\d+),p=(\d+)$/.exec(settings);
  if (!match) return false;
  const params: KdfParams = {
    algorithm: 'argon2id',
    memoryKiB: Number(match[1]),
    iterations: Number(match[2]),
    parallelism: Number(match[3]),
  };
  try {
    return equalBytes(await deriveKey(pin, fromHex(salt), params), fromHex(hash));
  } catch {
    // Parameters below the floor (a tampered settings row) or a damaged salt never verify.
    return false;
  }
}
