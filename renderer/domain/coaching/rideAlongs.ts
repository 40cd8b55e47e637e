// Ride-alongs have three parts (PRODUCT.md 4.5, principle 7): prep before leaving the office, the observation, and the
// debrief. Entries missing a prep or a debrief are incomplete; the completion rate feeds the dashboard.
import type { CoachingEntry } from '../model';
import { noteElements } from './coachingLabels';
import { isLive } from '../model';
import { isStillSealed } from '../crypto/sealRecords';

type RideAlongParts = Pick<CoachingEntry, 'kind' | 'prep' | 'debrief' | 'note'>;

export type RideAlongPart = 'prep' | 'observation' | 'debrief';
export const rideAlongPartLabel: Record<RideAlongPart, string> = {
  prep: 'Prep',
  observation: 'Observation',
  debrief: 'Debrief',
};

const filled = (values: object | null): boolean =>
  values !== null && Object.values(values).some((v) => typeof v === 'string' && v.trim().length > 0);

/**
 * Whether the prep (or the debrief) was recorded, without decrypting a record whose part is still sealed: only a part
 * with something in it is stored (the form saves an empty one as null) and only a value that is not empty is sealed,
 * so a sealed part is a recorded one. An opened or plain record is read as it is: blank text is not a prep.
 */
export function partRecorded(entry: RideAlongParts, part: 'prep' | 'debrief'): boolean {
  return isStillSealed(entry, part) || filled(entry[part]);
}

/** The parts of a ride-along that are missing, in order; empty when it is complete. */
export function missingParts(entry: RideAlongParts): RideAlongPart[] {
  const missing: RideAlongPart[] = [];
  if (!filled(entry.prep)) missing.push('prep');
  if (!noteElements.some((e) => entry.note[e.key].trim().length > 0)) missing.push('observation');
  if (!filled(entry.debrief)) missing.push('debrief');
  return missing;
}

/** Complete = both the prep and the debrief were recorded (the observation alone is what every entry has). */
export function isRideAlongComplete(entry: RideAlongParts): boolean {
  return partRecorded(entry, 'prep') && partRecorded(entry, 'debrief');
}

/**
 * Live ride-alongs missing their prep or debrief, newest first (the later recorded first on the same day). Decides by
 * presence only, so a list of thousands opens none of them; open the rows shown with `missingParts`.
 */
export function incompleteRideAlongs<
  E extends RideAlongParts & { date: string; deletedAt: string | null; createdAt?: string },
>(entries: readonly E[]): E[] {
  return entries
    .filter((e) => isLive(e) && e.kind === 'ride-along' && !isRideAlongComplete(e))
    .sort((a, b) => b.date.localeCompare(a.date) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}

export interface CompletionRate {
  rideAlongs: number;
  complete: number;
  withPrep: number;
  withDebrief: number;
  /** complete / rideAlongs as 0..1, or null when there are no ride-alongs. */
  rate: number | null;
}
