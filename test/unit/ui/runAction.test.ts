// runAction and reportFailure: whatever a screen starts either succeeds quietly or tells the person what failed and why.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../renderer/domain/model';
import { errorMessage, reportFailure, runAction } from '../../../renderer/ui/runAction';
import { currentToasts, dismissToast } from '../../../renderer/ui/toast';

const messages = () => currentToasts().map((t) => ({ message: t.message, tone: t.tone }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const t of currentToasts()) dismissToast(t.id);
  vi.useRealTimers();
});

describe('runAction', () => {
  it('says what could not be done and why when the action rejects', async () => {
    runAction('save the unit', () => Promise.reject(new Error('The disk is full.')));
    await settle();
    expect(messages()).toEqual([{ message: 'Could not save the unit: The disk is full.', tone: 'danger' }]);
  });

  it('reports an action that throws before it returns a promise', () => {
    runAction('move the caseworker', () => {
      throw new Error('That cohort no longer exists.');
    });
    expect(messages()).toEqual([
      { message: 'Could not move the caseworker: That cohort no longer exists.', tone: 'danger' },
    ]);
  });

  it('stays quiet when the action succeeds', async () => {
    runAction('save the unit', () => Promise.resolve('saved'));
    await settle();
    expect(messages()).toEqual([]);
  });

  it('starts the action before it returns, so a form can still prevent its default submit', () => {
    let started = false;
    runAction('save the unit', () => {
      started = true;
      return Promise.resolve();
    });
    expect(started).toBe(true);
  });

  it('keeps a failure on screen until the person dismisses it', async () => {
    vi.useFakeTimers();
    runAction('export the CSV', () => Promise.reject(new Error('Permission denied.')));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(messages()).toHaveLength(1);
    const [toast] = currentToasts();
    if (toast) dismissToast(toast.id);
    expect(messages()).toEqual([]);
  });

  it('logs the error for whoever debugs', async () => {
    const error = new Error('boom');
    runAction('save the unit', () => Promise.reject(error));
    await settle();
    expect(console.error).toHaveBeenCalledWith('Could not save the unit', error);
  });
});

describe('errorMessage', () => {
  it('reads an Error, a validation error and a plain string, and never shows nothing', () => {
    expect(errorMessage(new Error('The disk is full.'))).toBe('The disk is full.');
    expect(errorMessage(new ValidationError([{ field: 'name', message: 'is required' }], 'unit'))).toBe(
      'The unit was not saved: Name is required',
    );
    expect(errorMessage('Offline')).toBe('Offline');
    expect(errorMessage(undefined)).toBe('something unexpected happened');
    expect(errorMessage(new Error(''))).toBe('something unexpected happened');
  });
});

describe('reportFailure without a label', () => {
  it('says something went wrong, that saved work is safe, and why', () => {
    reportFailure(null, new Error('Quota exceeded'));
    expect(messages()).toEqual([
      {
        message:
          'Something went wrong: Quota exceeded. Your saved work is safe; try again, and restart Cohort Coach if it keeps happening.',
        tone: 'danger',
      },
    ]);
  });
});
