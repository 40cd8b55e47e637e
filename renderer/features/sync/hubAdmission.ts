// Connecting this desk to an agency hub, with the CSP kept tight: the page may reach only the hub the person configured.
// On the desktop the shell admits that one origin (platform.admitHub); a page already loaded keeps the CSP it was served
// with, so a newly admitted hub costs one reload, across which the enrolment waits in this window's sessionStorage
// (never in the database, and removed as soon as it is used).
import { disconnectHub, enrolDesk, readSyncState } from '../../data/sync/syncEngine';
import { admitHub } from '../../platform/desktop';

const PENDING_KEY = 'cohort-coach.pending-hub-enrolment';

interface PendingEnrolment {
  address: string;
  code: string;
}

function takePending(): PendingEnrolment | null {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<PendingEnrolment>;
    return typeof value.address === 'string' && typeof value.code === 'string'
      ? { address: value.address, code: value.code }
      : null;
  } catch {
    return null;
  }
}

async function admitOrThrow(address: string | null): Promise<boolean> {
  const admitted = await admitHub(address);
  if (!admitted.ok) throw new Error(admitted.error);
  return admitted.value.reloadNeeded;
}

/** Enrols this desk: 'enrolled', or 'reloading' when the page must reload first (the enrolment resumes after it). */
export async function connectHub(address: string, code: string): Promise<'enrolled' | 'reloading'> {
  if (await admitOrThrow(address)) {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify({ address, code } satisfies PendingEnrolment));
    window.location.reload();
    return 'reloading';
  }
  await enrolDesk(address, code);
  return 'enrolled';
}

/** Lets the hub go: the desk stops syncing, and after the next start the CSP admits no hub. */
export async function disconnect(): Promise<void> {
  await disconnectHub();
  await admitOrThrow(null);
}

/**
 * On start: finishes an enrolment that waited for a reload, and makes sure the shell still admits the hub this desk is
 * enrolled with (a lost settings file would otherwise leave the desk unable to sync; then one reload fixes it).
 * Returns true when enrolled, false when not, or throws the enrolment's error.
 */
export async function resumeHubLink(): Promise<boolean> {
  const pending = takePending();
  if (pending !== null) {
    await enrolDesk(pending.address, pending.code);
    return true;
  }
  const hub = (await readSyncState())?.hub;
  if (!hub) return false;
  if (await admitOrThrow(hub.url)) {
    window.location.reload();
    return false;
  }
  return true;
}
