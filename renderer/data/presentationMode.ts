// Presentation mode from the data layer's side: turning it on takes the roster's names once (nobody can be added or
// renamed while it is on) and hands them to the chain's outermost layer (middleware/presentationLayer.ts).
import { getDb } from './db';
import { setPresentedPeople } from './middleware/presentationLayer';
import { forgetSharedReads } from './sharedRead';

export { isPresentationActive, PresentationModeError, readRealDataIn } from './middleware/presentationLayer';

/** Turns pseudonyms on or off for every read from now on; the app then remounts its screens so they read again. */
export async function applyPresentationMode(on: boolean): Promise<void> {
  setPresentedPeople(null);
  // The shared copies (the workspace, the survey screens) hold what reads returned before: read them again as presented now.
  forgetSharedReads();
  if (!on) return;
  setPresentedPeople(await getDb().caseworkers.toArray());
  forgetSharedReads();
}
