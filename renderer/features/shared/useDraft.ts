// Autosave for half-written forms, the one drafts mechanism of the app. Changes are written after a short pause in
// typing and at once when the form is left (unmount, window hidden or closed), so nothing typed is lost. A draft found
// when the form opens is offered back, never applied on its own: the person resumes it or discards it. What is stored
// is always the newest typing; discarding the offered draft keeps what was typed since the form opened.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { draftRepository } from '../../data/draftRepository';
import { runAction } from '../../ui/runAction';

export const DRAFT_DELAY_MS = 600;

export interface OfferedDraft<T> {
  value: T;
  /** When it was last written (ISO instant). */
  savedAt: string;
}

export interface DraftControl<T> {
  /** False until the stored draft for the current key has been read. */
  ready: boolean;
  /** The draft found when the form opened (or the key changed), waiting to be resumed or discarded. */
  offer: OfferedDraft<T> | null;
  /** Takes the offered draft (it stays stored as the form's draft); null when none was offered. */
  resume: () => T | null;
  /** Deletes the offered draft; anything typed since the form opened is written back as the new draft. */
  discard: () => Promise<void>;
  /** Call on every change: writes after a short pause. */
  save: (value: T) => void;
  /** Writes now (e.g. when a save failed validation). */
  saveNow: (value: T) => Promise<void>;
  /** Writes any change still waiting for the pause to end. */
  flush: () => Promise<void>;
  /** Forgets unsaved changes without writing them (the record itself was just saved). */
  cancel: () => void;
  /** Why the last write failed (e.g. presentation mode refuses writes), or null. */
  error: string | null;
}

interface Loaded<T> {
  key: string | null;
  offer: OfferedDraft<T> | null;
}

/**
 * The draft of one form. `key` names it (null while there is nothing to key it by, e.g. no caseworker chosen yet);
 * `schema` validates a stored payload before it is offered (anything it rejects is ignored, never offered). Pass a
 * schema defined once at module level, not one built on every render.
 */
export function useDraft<T>(
  key: string | null,
  schema: z.ZodType<T>,
  delayMs: number = DRAFT_DELAY_MS,
): DraftControl<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The change waiting to be written, with the key it belongs to (the key may change before it is written).
  const pending = useRef<{ key: string; value: T } | null>(null);
  // The newest value given since the form opened (or the key changed), kept through a discard.
  const latest = useRef<{ key: string; value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stopTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const write = useCallback(async (target: string, value: T) => {
    try {
      await draftRepository.save(target, value);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  const flush = useCallback(async () => {
    stopTimer();
    const next = pending.current;
    pending.current = null;
    if (next) await write(next.key, next.value);
  }, [write]);

  // Read the stored draft for this key; when the key changes or the form goes away, write what is waiting.
  useEffect(() => {
    let cancelled = false;
    if (key !== null)
      draftRepository.load(key).then(
        (draft) => {
          if (cancelled) return;
          const parsed = draft ? schema.safeParse(draft.payload) : null;
          setLoaded({
            key,
            offer: draft && parsed?.success ? { value: parsed.data, savedAt: draft.updatedAt } : null,
          });
        },
        (e: unknown) => {
          if (cancelled) return;
          setError(e instanceof Error ? e.message : String(e));
          setLoaded({ key, offer: null });
        },
      );
    return () => {
      cancelled = true;
      latest.current = null;
      runAction('save the draft', () => flush());
    };
  }, [key, schema, flush]);

  // Leaving the app (window closed or hidden) writes at once rather than after the pause.
  useEffect(() => {
    const onLeave = () => runAction('save the draft', () => flush());
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') runAction('save the draft', () => flush());
    };
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  const save = useCallback(
    (value: T) => {
      if (key === null) return;
      latest.current = { key, value };
      pending.current = { key, value };
      stopTimer();
      timer.current = setTimeout(() => runAction('save the draft', () => flush()), delayMs);
    },
    [key, delayMs, flush],
  );

  const saveNow = useCallback(
    async (value: T) => {
      save(value);
      await flush();
    },
    [save, flush],
  );

  const cancel = useCallback(() => {
    stopTimer();
    pending.current = null;
    latest.current = null;
  }, []);

  const ready = key === null || loaded?.key === key;
  const offer = ready && loaded?.key === key ? loaded.offer : null;

  const resume = useCallback((): T | null => {
    if (!offer) return null;
    setLoaded({ key, offer: null });
    save(offer.value);
    return offer.value;
  }, [offer, key, save]);

  const discard = useCallback(async () => {
    if (key === null) return;
    setLoaded({ key, offer: null });
    stopTimer();
    pending.current = null;
    const typed = latest.current?.key === key ? latest.current.value : null;
    try {
      await draftRepository.delete(key);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    if (typed !== null) await write(key, typed);
  }, [key, write]);

  return { ready, offer, resume, discard, save, saveNow, flush, cancel, error };
}
