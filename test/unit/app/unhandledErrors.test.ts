// The window-level net: a promise rejected with nobody waiting, or an error thrown in an event handler, reaches the
// person as a message instead of vanishing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportUnhandledErrors } from '../../../renderer/app/unhandledErrors';
import { currentToasts, dismissToast } from '../../../renderer/ui/toast';

const target = new EventTarget() as unknown as Window;
const event = <T extends object>(type: string, fields: T) =>
  Object.assign(new Event(type, { cancelable: true }), fields);

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  stop = reportUnhandledErrors(target);
});
afterEach(() => {
  stop();
  for (const t of currentToasts()) dismissToast(t.id);
});

describe('reportUnhandledErrors', () => {
  it('shows an unhandled rejection to the person and keeps it out of the console as "uncaught"', () => {
    const rejection = event('unhandledrejection', { reason: new Error('The database is closed.') });
    target.dispatchEvent(rejection);
    expect(rejection.defaultPrevented).toBe(true);
    expect(currentToasts().map((t) => [t.tone, t.message])).toEqual([
      [
        'danger',
        'Something went wrong: The database is closed. Your saved work is safe; try again, and restart Cohort Coach if it keeps happening.',
      ],
    ]);
  });

  it('shows an error thrown in an event handler', () => {
    target.dispatchEvent(event('error', { error: new TypeError('x is undefined') }));
    expect(currentToasts().map((t) => t.message)).toEqual([
      expect.stringContaining('x is undefined') as string,
    ]);
  });

  it('ignores browser notices that carry no error, such as a ResizeObserver loop', () => {
    target.dispatchEvent(event('error', { error: null, message: 'ResizeObserver loop completed' }));
    expect(currentToasts()).toEqual([]);
  });

  it('stops listening when asked', () => {
    stop();
    target.dispatchEvent(event('unhandledrejection', { reason: new Error('late') }));
    expect(currentToasts()).toEqual([]);
  });
});
