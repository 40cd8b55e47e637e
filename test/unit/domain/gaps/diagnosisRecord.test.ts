// What a finished diagnosis writes: answers on the path, classification, remedies, evidence, and a status changed by
// the same rules as on the gap's page (changeStatus), dated today.
import { describe, expect, it } from 'vitest';
import { recordDiagnosis } from '../../../../renderer/domain/gaps/diagnosisRecord';

const CW = '00000000-0000-4000-8000-000000000001';
const today = '2026-03-18';
const closed = {
  caseworkerId: CW,
  expectation: ' Sees every child each month ',
  expectedLevel: '95%',
  actualLevel: '70%',
  answers: { 'worth-pursuing': false, 'did-it-before': true },
};
const base = { remedies: ['Close the gap: not worth pursuing'], evidence: [], today };

describe('recordDiagnosis', () => {
  it('a new gap opens today with the answers on the path only', () => {
    const r = recordDiagnosis({ ...base, draft: closed, gap: null, status: 'open' });
    expect(r).toEqual({
      ok: true,
      create: {
        caseworkerId: CW,
        expectation: 'Sees every child each month',
        expectedLevel: '95%',
        actualLevel: '70%',
        answers: { 'worth-pursuing': false },
        path: ['worth-pursuing'],
        classification: 'not-worth-pursuing',
        remedies: ['Close the gap: not worth pursuing'],
        evidence: [],
        status: 'open',
        statusHistory: [{ status: 'open', on: today }],
        openedOn: today,
      },
    });
  });

  it('a new gap saved with another status is opened and changed the same day', () => {
    const r = recordDiagnosis({ ...base, draft: closed, gap: null, status: 'dropped' });
    expect(r.ok && 'create' in r && r.create.statusHistory).toEqual([
      { status: 'open', on: today },
      { status: 'dropped', on: today },
    ]);
  });

  it('a re-diagnosis keeps the history when the status stays, and adds today when it changes', () => {
    const gap = {
      id: 'g1',
      status: 'in-progress' as const,
      statusHistory: [
        { status: 'open' as const, on: '2026-03-01' },
        { status: 'in-progress' as const, on: '2026-03-05' },
      ],
    };
    const same = recordDiagnosis({ ...base, draft: closed, gap, status: 'in-progress' });
    expect(same.ok && 'update' in same && same.patch.statusHistory).toEqual(gap.statusHistory);
    const moved = recordDiagnosis({ ...base, draft: closed, gap, status: 'resolved' });
    expect(moved).toMatchObject({ ok: true, update: 'g1' });
    expect(moved.ok && 'update' in moved && moved.patch.statusHistory?.at(-1)).toEqual({
      status: 'resolved',
      on: today,
    });
  });

  it('refuses what changeStatus refuses (a change dated before the last one)', () => {
    const gap = {
      id: 'g1',
      status: 'open' as const,
      statusHistory: [{ status: 'open' as const, on: '2026-04-01' }],
    };
    const r = recordDiagnosis({ ...base, draft: closed, gap, status: 'resolved' });
    expect(r).toEqual({ ok: false, message: 'Date cannot be before the last change (Open on 2026-04-01).' });
  });

  it('refuses an unfinished diagnosis and a missing expectation', () => {
    const unfinished = { ...closed, answers: { 'worth-pursuing': true } };
    expect(recordDiagnosis({ ...base, draft: unfinished, gap: null, status: 'open' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not finished/),
    });
    expect(
      recordDiagnosis({ ...base, draft: { ...closed, expectation: ' ' }, gap: null, status: 'open' }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/Expectation is required/) });
  });
});
