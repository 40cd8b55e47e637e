// @vitest-environment happy-dom
// The one drafts mechanism: debounced autosave, a flush when the form is left, a stored draft offered back (validated),
// resume and discard, and writes that follow a change of key. Real timers and a real (fake-indexeddb) database.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyPresentationMode } from '../../../renderer/data/presentationMode';
import { useDraft } from '../../../renderer/features/shared/useDraft';
import { useFreshDb } from '../data/freshDb';
import { draftRepository } from '../../../renderer/data/draftRepository';
import './patientHooks';

const note = z.object({ text: z.string(), n: z.number().default(0) });
type Note = z.infer<typeof note>;

// Long enough that it never ends during a test that relies on it not having ended.
const NEVER = 60_000;
const SOON = 10;

const stored = async (key: string) => (await draftRepository.load(key))?.payload;

describe('useDraft', () => {
  useFreshDb();
  afterEach(cleanup);

  it('offers a stored draft, validated by the schema, once it has been read', async () => {
    await draftRepository.save('note:1', { text: 'half written' });
    const { result } = renderHook(() => useDraft('note:1', note, NEVER));
    expect(result.current.ready).toBe(false);
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.offer?.value).toEqual({ text: 'half written', n: 0 });
    expect(result.current.offer?.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('ignores a stored payload the schema rejects, and offers nothing when there is no draft', async () => {
    await draftRepository.save('note:bad', { text: 42 });
    const bad = renderHook(() => useDraft('note:bad', note, NEVER));
    await waitFor(() => expect(bad.result.current.ready).toBe(true));
    expect(bad.result.current.offer).toBeNull();
    const none = renderHook(() => useDraft('note:none', note, NEVER));
    await waitFor(() => expect(none.result.current.ready).toBe(true));
    expect(none.result.current.offer).toBeNull();
  });

  it('waits for a pause in typing, then writes only the newest value', async () => {
    const { result } = renderHook(() => useDraft<Note>('note:2', note, SOON));
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => {
      result.current.save({ text: 'a', n: 1 });
      result.current.save({ text: 'ab', n: 2 });
    });
    await waitFor(async () => expect(await stored('note:2')).toEqual({ text: 'ab', n: 2 }));
  });

  it('does not write during the pause, and writes at once when the form is left', async () => {
    const { result, unmount } = renderHook(() => useDraft<Note>('note:3', note, NEVER));
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.save({ text: 'typed', n: 1 }));
    // The pause has not ended: nothing is stored yet.
    expect(await stored('note:3')).toBeUndefined();
    unmount();
    await waitFor(async () => expect(await stored('note:3')).toEqual({ text: 'typed', n: 1 }));
  });

  it('writes at once when the window is hidden or closed', async () => {
    const { result } = renderHook(() => useDraft<Note>('note:4', note, NEVER));
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.save({ text: 'before closing', n: 1 }));
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await stored('note:4')).toEqual({ text: 'before closing', n: 1 }));
  });

  it('saveNow writes at once; cancel forgets an unwritten change', async () => {
    const { result, unmount } = renderHook(() => useDraft<Note>('note:5', note, NEVER));
    await waitFor(() => expect(result.current.ready).toBe(true));
    await act(() => result.current.saveNow({ text: 'kept', n: 1 }));
    expect(await stored('note:5')).toEqual({ text: 'kept', n: 1 });
    act(() => {
      result.current.save({ text: 'dropped', n: 2 });
      result.current.cancel();
    });
    unmount();
    await new Promise((r) => setTimeout(r, SOON));
    expect(await stored('note:5')).toEqual({ text: 'kept', n: 1 });
  });

  it('resume hands back the offered draft and keeps it stored', async () => {
    await draftRepository.save('note:6', { text: 'from yesterday', n: 3 });
    const { result, unmount } = renderHook(() => useDraft<Note>('note:6', note, NEVER));
    await waitFor(() => expect(result.current.offer).not.toBeNull());
    let resumed: Note | null = null;
    act(() => {
      resumed = result.current.resume();
    });
    expect(resumed).toEqual({ text: 'from yesterday', n: 3 });
    expect(result.current.offer).toBeNull();
    unmount();
    await waitFor(async () => expect(await stored('note:6')).toEqual({ text: 'from yesterday', n: 3 }));
  });

  it('discard deletes the offered draft but keeps what was typed since the form opened', async () => {
    await draftRepository.save('note:7', { text: 'old', n: 1 });
    const { result } = renderHook(() => useDraft<Note>('note:7', note, NEVER));
    await waitFor(() => expect(result.current.offer).not.toBeNull());
    await act(() => result.current.discard());
    expect(result.current.offer).toBeNull();
    expect(await draftRepository.load('note:7')).toBeUndefined();

    await draftRepository.save('note:8', { text: 'old', n: 1 });
    const typed = renderHook(() => useDraft<Note>('note:8', note, NEVER));
    await waitFor(() => expect(typed.result.current.offer).not.toBeNull());
    await act(() => typed.result.current.saveNow({ text: 'new', n: 2 }));
    await act(() => typed.result.current.discard());
    expect(await stored('note:8')).toEqual({ text: 'new', n: 2 });
  });

  it('follows a change of key: the waiting change goes to the old key, the new key is read and offered', async () => {
    await draftRepository.save('note:b', { text: 'b was here' });
    const { result, rerender } = renderHook(({ k }: { k: string | null }) => useDraft<Note>(k, note, NEVER), {
      initialProps: { k: null as string | null },
    });
    expect(result.current.ready).toBe(true);
    act(() => result.current.save({ text: 'no key yet', n: 0 }));
    rerender({ k: 'note:a' });
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.save({ text: 'for a', n: 1 }));
    rerender({ k: 'note:b' });
    await waitFor(() => expect(result.current.offer?.value.text).toBe('b was here'));
    expect(await stored('note:a')).toEqual({ text: 'for a', n: 1 });
  });

  it('reports a write that is refused instead of throwing', async () => {
    const { result } = renderHook(() => useDraft<Note>('note:9', note, NEVER));
    await waitFor(() => expect(result.current.ready).toBe(true));
    await applyPresentationMode(true);
    try {
      await act(() => result.current.saveNow({ text: 'x', n: 1 }));
    } finally {
      await applyPresentationMode(false);
    }
    expect(result.current.error).toMatch(/presentation/i);
  });
});
