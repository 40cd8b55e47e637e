// @vitest-environment happy-dom
// A screen's query belongs to that screen: going to a screen without one leaves no filter of the last screen behind.
import { describe, expect, it } from 'vitest';
import { appNavigate } from '../../../renderer/app/appLocation';

describe('the app address', () => {
  it('keeps a query the target names, and clears the last one when the target names none', () => {
    appNavigate('/dashboard?unit=u1&role=Intake');
    expect(window.location.hash).toBe('#/dashboard');
    expect(new URLSearchParams(window.location.search).get('unit')).toBe('u1');

    appNavigate('/roster');
    expect(window.location.hash).toBe('#/roster');
    expect(window.location.search).toBe('');

    appNavigate('/dashboard/people?chart=mastery-by-wave', { replace: true });
    expect(window.location.hash).toBe('#/dashboard/people');
    expect(window.location.search).toBe('?chart=mastery-by-wave');
  });
});
