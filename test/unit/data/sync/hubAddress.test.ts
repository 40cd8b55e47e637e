// The desk and its shell agree on what a hub address is: the origin the sync engine talks to is exactly the origin the
// shell's CSP admits, and an address one refuses the other refuses too.
import { describe, expect, it } from 'vitest';
import { hubOriginOf } from '../../../../electron/shared/appFiles';
import { normaliseHubUrl } from '../../../../renderer/data/sync/syncEngine';
import { HUB_ADDRESSES } from '../../electron/staticRoot';

describe('hub addresses', () => {
  it.each(HUB_ADDRESSES)('%j: the sync engine and the CSP agree', (address, origin) => {
    expect(hubOriginOf(address)).toBe(origin);
    if (origin !== null) expect(normaliseHubUrl(address)).toBe(origin);
    else expect(() => normaliseHubUrl(address)).toThrow();
  });
});
