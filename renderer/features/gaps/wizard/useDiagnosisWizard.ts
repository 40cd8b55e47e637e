// The wizard's state and its draft: the domain's transition function driven by useReducer, the state kept as a draft
// once the person has changed something, a resume link that picks its draft up at once, and any other waiting draft
// offered first.
import { useCallback, useEffect, useMemo, useReducer, useState, type Dispatch } from 'react';
import type { Gap } from '../../../domain/model';
import { evaluateDiagnosis, type DiagnosisResult } from '../../../domain/gaps/evaluateDiagnosis';
import {
  startWizard,
  toDraft,
  wizardTransition,
  type WizardEvent,
  type WizardState,
} from '../../../domain/gaps/diagnosisWizard';
import { wizardDraftKey, wizardDraftSchema, type WizardDraft } from '../../../domain/gaps/wizardDraft';
import { useDraft, type OfferedDraft } from '../../shared/useDraft';

export interface DiagnosisWizard {
  state: WizardState;
  dispatch: Dispatch<WizardEvent>;
  diagnosis: DiagnosisResult;
  /** True while a resume link waits for its draft to be read. */
  loading: boolean;
  draftKey: string | null;
  offer: OfferedDraft<WizardDraft> | null;
  resumeOffer: () => void;
  discardOffer: () => Promise<void>;
  /** Stops autosave before the diagnosis is saved (the save drops the draft). */
  stopAutosave: () => void;
}

export function useDiagnosisWizard(args: {
  gap: Gap | undefined;
  resumeFor: string | undefined;
  expectations: readonly string[];
}): DiagnosisWizard {
  const { gap, resumeFor } = args;
  const [state, dispatch] = useReducer(wizardTransition, args, (a) =>
    startWizard({
      ...(a.gap ? { gap: a.gap } : {}),
      ...(a.resumeFor ? { caseworkerId: a.resumeFor } : {}),
      expectations: a.expectations,
    }),
  );
  const draftKey = state.gapId
    ? wizardDraftKey(state.gapId)
    : state.caseworkerId
      ? wizardDraftKey(state.caseworkerId)
      : null;
  const draft = useDraft(draftKey, wizardDraftSchema);
  const [loading, setLoading] = useState(Boolean(resumeFor && !gap));

  const { save, resume, ready } = draft;
  useEffect(() => {
    if (state.touched) save(toDraft(state));
  }, [state, save]);

  // The draft is read from the database: once it is there, a resume link takes it.
  useEffect(() => {
    if (!loading || !ready) return;
    const saved = resume();
    if (saved) dispatch({ type: 'resume', draft: saved });
    setLoading(false);
  }, [loading, ready, resume]);

  const resumeOffer = useCallback(() => {
    const saved = resume();
    if (saved) dispatch({ type: 'resume', draft: saved });
  }, [resume]);

  const diagnosis = useMemo(() => evaluateDiagnosis(state.answers), [state.answers]);
  return {
    state,
    dispatch,
    diagnosis,
    loading,
    draftKey,
    offer: loading ? null : draft.offer,
    resumeOffer,
    discardOffer: draft.discard,
    stopAutosave: draft.cancel,
  };
}
