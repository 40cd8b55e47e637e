// Hybrid logical clock: every change a desk makes gets a stamp that orders it after everything the desk has seen,
// even when computer clocks disagree. A stamp is a fixed-width string, so comparing stamps is comparing strings:
// wall-clock milliseconds, then a counter, then the device id (the tie-break that settles equal times everywhere alike).

/** `MMMMMMMMMMMMMMM:CCCCC:<device id>`: 15-digit milliseconds, 5-digit counter, the device's UUID. */
export type Stamp = string;

export interface HlcState {
  ms: number;
  counter: number;
}

const MAX_COUNTER = 99_999;
export const STAMP_PATTERN = /^\d{15}:\d{5}:[0-9a-f-]{36}$/;

export const zeroHlc = (): HlcState => ({ ms: 0, counter: 0 });

export function formatStamp(state: HlcState, deviceId: string): Stamp {
  return `${String(state.ms).padStart(15, '0')}:${String(state.counter).padStart(5, '0')}:${deviceId}`;
}

export function parseStamp(stamp: Stamp): HlcState & { deviceId: string } {
  if (!STAMP_PATTERN.test(stamp)) throw new Error(`Not a sync stamp: ${stamp}`);
  return { ms: Number(stamp.slice(0, 15)), counter: Number(stamp.slice(16, 21)), deviceId: stamp.slice(22) };
}

export const deviceOf = (stamp: Stamp): string => stamp.slice(22);
/** Milliseconds since the epoch at which the stamp was made (by its desk's clock). */
export const msOf = (stamp: Stamp): number => Number(stamp.slice(0, 15));

/** Orders stamps: negative when a is earlier. */
export const compareStamps = (a: Stamp, b: Stamp): number => (a < b ? -1 : a > b ? 1 : 0);
export const maxStamp = (a: Stamp | null, b: Stamp | null): Stamp | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

function bump(ms: number, counter: number): HlcState {
  return counter > MAX_COUNTER ? { ms: ms + 1, counter: 0 } : { ms, counter };
}

/** The clock after a local event at wall time `nowMs`: strictly later than anything seen before. */
export function tickHlc(state: HlcState, nowMs: number): HlcState {
  if (nowMs > state.ms) return { ms: nowMs, counter: 0 };
  return bump(state.ms, state.counter + 1);
}

/** The clock after seeing a stamp from another desk: later than both, so the next local stamp wins over it. */
export function receiveHlc(state: HlcState, stamp: Stamp, nowMs: number): HlcState {
  const remote = parseStamp(stamp);
  const ms = Math.max(state.ms, remote.ms, nowMs);
  if (ms === state.ms && ms === remote.ms) return bump(ms, Math.max(state.counter, remote.counter) + 1);
  if (ms === state.ms) return bump(ms, state.counter + 1);
  if (ms === remote.ms) return bump(ms, remote.counter + 1);
  return { ms, counter: 0 };
}
