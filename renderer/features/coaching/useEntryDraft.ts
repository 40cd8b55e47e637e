// Autosave of a half-written coaching entry: debounced while typing, flushed when the form closes or the window is
// closed, and offered back ("Resume your unsaved entry") the next time the same form opens.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseDraftValues, type EntryFormValues } from '../../domain/coaching/entryForm';
import { deleteDraft, loadDraft, saveDraft } from '../../data/draftRepository';

const DEBOUNCE_MS = 600;

export interface EntryDraft {
  /** A draft found when the form opened, waiting for the person to resume or discard it. */
  pending: { values: EntryFormValues; savedAt: string } | null;
  resume: () => EntryFormValues | null;
  discard: () => void;
  /** Call on every change; writes after a short pause. */
  schedule: (values: EntryFormValues) => void;
  /** Writes now (e.g. when saving failed validation, so nothing typed is lost). */
  saveNow: (values: EntryFormValues) => Promise<void>;
  /** Drops any unsaved change without writing it (the entry itself was just saved). */
  cancel: () => void;
}

export function useEntryDraft(key: string): EntryDraft {
  const [pending, setPending] = useState<EntryDraft['pending']>(null);
  const latest = useRef<EntryFormValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    void loadDraft(key).then((draft) => {
      const values = draft ? parseDraftValues(draft.payload) : null;
      if (!cancelled && draft && values) setPending({ values, savedAt: draft.updatedAt });
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const values = latest.current;
    latest.current = null;
    return values ? saveDraft(key, values) : Promise.resolve();
  }, [key]);

  useEffect(() => {
    const onUnload = () => void flush();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      void flush();
    };
  }, [flush]);

  const cancel = useCallback(() => {
    latest.current = null;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const schedule = useCallback(
    (values: EntryFormValues) => {
      latest.current = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  const saveNow = useCallback(
    async (values: EntryFormValues) => {
      latest.current = values;
      await flush();
    },
    [flush],
  );

  return {
    pending,
    schedule,
    saveNow,
    resume: () => {
      const values = pending?.values ?? null;
      setPending(null);
      return values;
    },
    discard: () => {
      setPending(null);
      cancel();
      void deleteDraft(key);
    },
    cancel,
  };
}
