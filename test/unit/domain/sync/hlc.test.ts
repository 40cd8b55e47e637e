import { describe, expect, it } from 'vitest';
import {
  compareStamps,
  formatStamp,
  parseStamp,
  receiveHlc,
  tickHlc,
  zeroHlc,
} from '../../../../renderer/domain/sync';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('hybrid logical clock', () => {
  it('formats fixed-width stamps that sort as the clock does, device id last', () => {
    const s = formatStamp({ ms: 1_742_300_000_000, counter: 7 }, A);
    expect(s).toBe(`001742300000000:00007:${A}`);
    expect(parseStamp(s)).toEqual({ ms: 1_742_300_000_000, counter: 7, deviceId: A });
    expect(compareStamps(formatStamp({ ms: 9, counter: 0 }, B), formatStamp({ ms: 10, counter: 0 }, A))).toBe(
      -1,
    );
    expect(
      compareStamps(formatStamp({ ms: 10, counter: 1 }, A), formatStamp({ ms: 10, counter: 0 }, B)),
    ).toBe(1);
    // Same time and counter: the device id settles it, on every desk alike.
    expect(
      compareStamps(formatStamp({ ms: 10, counter: 0 }, A), formatStamp({ ms: 10, counter: 0 }, B)),
    ).toBe(-1);
  });

  it('never goes backwards when the wall clock does', () => {
    let c = tickHlc(zeroHlc(), 1000);
    const first = formatStamp(c, A);
    c = tickHlc(c, 500);
    expect(c).toEqual({ ms: 1000, counter: 1 });
    expect(formatStamp(c, A) > first).toBe(true);
    expect(tickHlc(c, 2000)).toEqual({ ms: 2000, counter: 0 });
  });

  it('orders a local change after a remote one seen from a desk whose clock runs ahead', () => {
    const remote = formatStamp({ ms: 5000, counter: 3 }, B);
    const afterReceive = receiveHlc({ ms: 1000, counter: 0 }, remote, 1200);
    expect(afterReceive).toEqual({ ms: 5000, counter: 4 });
    const local = formatStamp(tickHlc(afterReceive, 1300), A);
    expect(compareStamps(local, remote)).toBe(1);
  });

  it('carries a full counter into the next millisecond', () => {
    expect(tickHlc({ ms: 10, counter: 99_999 }, 5)).toEqual({ ms: 11, counter: 0 });
  });
});
