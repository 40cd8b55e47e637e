import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPin, pinProblem, saltFromBytes, verifyPin } from '../../../../renderer/domain/survey/kioskPin';

describe('kiosk PIN', () => {
  it('accepts 4 to 8 digits that are not one digit repeated', () => {
    expect(pinProblem('2468')).toBeNull();
    expect(pinProblem('12345678')).toBeNull();
    expect(pinProblem('')).toBe('Type a PIN.');
    expect(pinProblem('12a4')).toBe('A PIN is digits only (0-9).');
    expect(pinProblem('123')).toBe('A PIN has 4 to 8 digits.');
    expect(pinProblem('123456789')).toBe('A PIN has 4 to 8 digits.');
    expect(pinProblem('0000')).toBe('Choose a PIN that is not one digit repeated.');
  });

  it('stores a salted SHA-256, never the PIN itself', async () => {
    const salt = saltFromBytes(new Uint8Array([0, 1, 254, 255]));
    expect(salt).toBe('0001feff');
    const stored = await hashPin('2468', salt);
    const expected = createHash('sha256').update('0001feff:2468').digest('hex');
    expect(stored).toBe(`sha256$0001feff$${expected}`);
    expect(stored).not.toContain('2468');
    expect(await hashPin('2468', 'aa')).not.toBe(await hashPin('2468', 'bb'));
  });

  it('verifies the right PIN and refuses a wrong one or a stored value of another shape', async () => {
    const stored = await hashPin('2468', 'c0ffee');
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('2468', null)).toBe(false);
    expect(await verifyPin('2468', 'plain-2468')).toBe(false);
    expect(await verifyPin('2468', stored.slice(0, -1))).toBe(false);
  });
});
