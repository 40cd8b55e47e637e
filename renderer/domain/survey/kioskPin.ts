// The supervisor's kiosk PIN: only a salted SHA-256 of it is stored (in settings.kioskPinHash), as "sha256$<salt>$<hash>"
// in hex. Deterministic given the salt, which the caller draws, so it can be tested with fixed values.
export const PIN_MIN = 4;
export const PIN_MAX = 8;

/** What is wrong with a PIN the supervisor typed, or null when it is usable. */
export function pinProblem(pin: string): string | null {
  if (pin === '') return 'Type a PIN.';
  if (!/^\d+$/.test(pin)) return 'A PIN is digits only (0-9).';
  if (pin.length < PIN_MIN || pin.length > PIN_MAX)
    return `A PIN has ${String(PIN_MIN)} to ${String(PIN_MAX)} digits.`;
  if (/^(\d)\1+$/.test(pin)) return 'Choose a PIN that is not one digit repeated.';
  return null;
}

const toHex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}

/** Salt as hex from random bytes the caller supplies (crypto.getRandomValues in the app). */
export const saltFromBytes = (bytes: Uint8Array): string => toHex(bytes);

/** The stored form of a PIN with the given salt. */
export async function hashPin(pin: string, saltHex: string): Promise<string> {
  return `sha256$${saltHex}$${await sha256Hex(`${saltHex}:${pin}`)}`;
}

/** True when `pin` is the PIN whose stored form is `stored`; false for a wrong PIN or a stored value in another shape. */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'sha256' || !salt || !hash) return false;
  const candidate = await hashPin(pin, salt);
  // Compare every character, so the time taken does not hint at how much of the PIN was right.
  let diff = candidate.length ^ stored.length;
  for (let i = 0; i < Math.min(candidate.length, stored.length); i += 1)
    diff |= candidate.charCodeAt(i) ^ stored.charCodeAt(i);
  return diff === 0;
}
