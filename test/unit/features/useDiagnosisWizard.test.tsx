// @vitest-environment happy-dom
// The wizard's hook: the domain's transitions through useReducer, kept as a draft once something changed, a resume
// link that picks its draft up, a waiting draft offered on a re-diagnosis.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Gap } from '../../../renderer/domain/model';
import { wizardDraftKey } from '../../../renderer/domain/gaps/wizardDraft';
import { draftRepository } from '../../../renderer/data/draftRepository';
import { useDiagnosisWizard } from '../../../renderer/features/gaps/wizard/useDiagnosisWizard';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

const CW = '00000000-0000-4000-8000-000000000001';
const expectations = ['Sees every child each month'];

const gap: Gap = {
  id: '00000000-0000-4000-8000-0000000000aa',
  caseworkerId: CW,
  expectation: 'Sees every child each month',
  expectedLevel: '',
  actualLevel: '',
  answers: { 'worth-pursuing': false },
  path: ['worth-pursuing'],
  classification: 'not-worth-pursuing',
  remedies: [],
  status: 'dropped',
  statusHistory: [{ status: 'dropped', on: '2026-03-01' }],
  evidence: [],
  openedOn: '2026-03-01',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  deletedAt: null,
};

describe('useDiagnosisWizard', () => {
  useFreshDb();
  afterEach(cleanup);

  it('keeps nothing until something changes, then keeps the state as the caseworker’s draft', async () => {
    const { result, unmount } = renderHook(() =>
      useDiagnosisWizard({ gap: undefined, resumeFor: undefined, expectations }),
    );
    act(() => result.current.dispatch({ type: 'choose-caseworker', caseworkerId: CW }));
    await waitFor(() => expect(result.current.draftKey).toBe(wizardDraftKey(CW)));
    act(() => {
      result.current.dispatch({ type: 'start' });
      result.current.dispatch({ type: 'answer', value: true });
      result.current.dispatch({ type: 'next' });
    });
    expect(result.current.state.at).toBe('expectations-clear');
    unmount();
    await waitFor(async () =>
      expect((await draftRepository.load(wizardDraftKey(CW)))?.payload).toMatchObject({
        caseworkerId: CW,
        answers: { 'worth-pursuing': true },
        at: 'expectations-clear',
      }),
    );
  });

  it('a resume link picks its draft up at once, where it was left', async () => {
    await draftRepository.save(wizardDraftKey(CW), {
      caseworkerId: CW,
      expectation: expectations[0],
      answers: { 'worth-pursuing': true },
      at: 'expectations-clear',
    });
    const { result } = renderHook(() => useDiagnosisWizard({ gap: undefined, resumeFor: CW, expectations }));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.state).toMatchObject({ at: 'expectations-clear', touched: true });
    expect(result.current.offer).toBeNull();
  });

  it('a re-diagnosis offers its waiting draft first; resuming takes it, discarding deletes it', async () => {
    await draftRepository.save(wizardDraftKey(gap.id), {
      caseworkerId: CW,
      gapId: gap.id,
      expectation: gap.expectation,
      answers: { 'worth-pursuing': true, 'expectations-clear': false },
      at: 'expectations-clear',
    });
    const first = renderHook(() => useDiagnosisWizard({ gap, resumeFor: undefined, expectations }));
    await waitFor(() => expect(first.result.current.offer).not.toBeNull());
    expect(first.result.current.state.at).toBeNull();
    act(() => first.result.current.resumeOffer());
    expect(first.result.current.state.answers).toEqual({
      'worth-pursuing': true,
      'expectations-clear': false,
    });
    expect(first.result.current.offer).toBeNull();
    first.unmount();

    const second = renderHook(() => useDiagnosisWizard({ gap, resumeFor: undefined, expectations }));
    await waitFor(() => expect(second.result.current.offer).not.toBeNull());
    await act(() => second.result.current.discardOffer());
    expect(await draftRepository.load(wizardDraftKey(gap.id))).toBeUndefined();
    expect(second.result.current.state.answers).toEqual({ 'worth-pursuing': false });
  });
});
