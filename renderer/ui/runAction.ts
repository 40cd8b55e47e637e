// One way for a screen to start async work: runAction(label, action) starts it at once, and if it fails the person is
// told what could not be done and why, in a message that stays until they dismiss it. Nothing a screen starts can fail
// silently; lint refuses a promise left floating or marked `void`, so every screen goes through here or awaits.
import { issuesFromZod, formatIssue } from '../domain/model';
import { showToast } from './toast';

/** Words a person can act on, from anything that was thrown. */
export function errorMessage(error: unknown): string {
  if (isZodError(error)) return issuesFromZod(error).map(formatIssue).join('; ');
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'something unexpected happened';
}

function isZodError(error: unknown): error is Parameters<typeof issuesFromZod>[0] {
  return (
    error instanceof Error &&
    error.name === 'ZodError' &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}

/**
 * Tells the person that something failed, and logs it for whoever debugs. `label` completes "Could not …"
 * ("save the unit"); without one the message says only that something went wrong.
 */
export function reportFailure(label: string | null, error: unknown): void {
  console.error(label ? `Could not ${label}` : 'Unhandled failure', error);
  const reason = errorMessage(error);
  showToast(
    {
      message: label
        ? `Could not ${label}: ${reason}`
        : `Something went wrong: ${reason.replace(/[.!]$/, '')}. Your saved work is safe; try again, and restart Cohort Coach if it keeps happening.`,
      tone: 'danger',
    },
    null,
  );
}

/**
 * Starts `action` now (so a form's preventDefault still runs inside the event) and reports a failure, thrown or
 * rejected, through reportFailure. `label` completes "Could not …": runAction('save the unit', () => save(values)).
 */
export function runAction(label: string, action: () => unknown): void {
  try {
    const pending = action();
    if (isPromiseLike(pending))
      Promise.resolve(pending).catch((error: unknown) => reportFailure(label, error));
  } catch (error) {
    reportFailure(label, error);
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
