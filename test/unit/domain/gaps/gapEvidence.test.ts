import { describe, expect, it } from 'vitest';
import type { CoachingEntry, Gap, MonthlyMeasure } from '../../../../renderer/domain/model';
import { buildGapBoard } from '../../../../renderer/domain/gaps/gapBoard';
import {
  caseloadStanding,
  formatRate,
  visitRate,
  workerEvidence,
} from '../../../../renderer/domain/gaps/gapEvidence';
import { changeStatus } from '../../../../renderer/domain/gaps/gapStatus';

const standards = { visitTarget: 95, caseloadMin: 13, caseloadMax: 24 };
const measure = (month: string, due: number, made: number, caseload: number | null = 15) =>
  ({
    id: `m-${month}`,
    caseworkerId: 'w',
    month,
    visitsDue: due,
    visitsMade: made,
    visitsGoodQuality: made,
    caseload,
  }) as MonthlyMeasure;
const entry = (
  id: string,
  date: string,
  ratings: Record<string, number>,
  renegade: CoachingEntry['renegade'] = null,
) => ({ id, caseworkerId: 'w', date, ratings, renegade, kind: 'observation' }) as CoachingEntry;

describe('visit rate and caseload against the standards', () => {
  it('sums made over due and compares with the target; nothing due has no rate', () => {
    expect(visitRate([measure('2026-01', 10, 9), measure('2026-02', 10, 10)], 95)).toMatchObject({
      made: 19,
      due: 20,
      rate: 95,
      belowTarget: false,
    });
    expect(visitRate([measure('2026-01', 20, 18)], 95).belowTarget).toBe(true);
    expect(visitRate([], 95)).toMatchObject({ rate: null, belowTarget: false });
    // The rate shown is the rate compared: 189 of 200 is 94.5%, shown and judged as 95%.
    expect(visitRate([measure('2026-01', 200, 189)], 95)).toMatchObject({ rate: 95, belowTarget: false });
    expect(visitRate([measure('2026-01', 200, 188)], 95)).toMatchObject({ rate: 94, belowTarget: true });
    expect(formatRate(94)).toBe('94%');
    expect(formatRate(null)).toBe('no visits due');
  });
  it('places a caseload below, within or above the range', () => {
    expect(caseloadStanding(12, standards)).toBe('below');
    expect(caseloadStanding(13, standards)).toBe('within');
    expect(caseloadStanding(24, standards)).toBe('within');
    expect(caseloadStanding(25, standards)).toBe('above');
    expect(caseloadStanding(null, standards)).toBe('unknown');
  });
});

describe('workerEvidence', () => {
  it('offers a low visit rate, a high caseload and weak rubric scores as evidence', () => {
    const ev = workerEvidence({
      measures: [
        measure('2025-12', 20, 20),
        measure('2026-01', 20, 16, 28),
        measure('2026-02', 20, 17, 29),
        measure('2026-03', 20, 20, 30),
      ],
      entries: [
        entry('a', '2026-03-01', { x: 2, y: 2 }),
        entry('b', '2026-02-01', { x: 3 }),
        entry('c', '2026-01-01', {}, 'paper'),
      ],
      rosterCaseload: 20,
      standards,
    });
    expect(ev.recentMonths.map((m) => m.month)).toEqual(['2026-03', '2026-02', '2026-01']);
    expect(ev.visits).toMatchObject({ made: 53, due: 60, belowTarget: true });
    expect(ev.caseload).toEqual({ value: 30, from: 'measures', standing: 'above' });
    expect(ev.ratedAverage).toBe(2.5);
    expect(ev.flags).toEqual([
      'Visit rate 88% over the last 3 months is below the 95% target.',
      'Caseload 30 is above the standard range of 13-24.',
    ]);
    expect(ev.suggested).toEqual([
      { kind: 'measure', id: 'm-2026-02' },
      { kind: 'measure', id: 'm-2026-01' },
      { kind: 'coaching', id: 'a' },
      { kind: 'coaching', id: 'c' },
    ]);
  });
  it('falls back to the roster caseload when there are no measures', () => {
    const ev = workerEvidence({ measures: [], entries: [], rosterCaseload: 20, standards });
    expect(ev.caseload).toEqual({ value: 20, from: 'roster', standing: 'within' });
    expect(ev.flags).toEqual([]);
  });
});

describe('gap board and status changes', () => {
  const gap = (
    id: string,
    caseworkerId: string,
    expectation: string,
    status: Gap['status'],
    openedOn: string,
  ) =>
    ({
      id,
      caseworkerId,
      expectation,
      status,
      openedOn,
      updatedAt: `${openedOn}T00:00:00Z`,
      classification: 'knowledge',
    }) as Gap;
  it('puts caseworkers by expectations, preferring the active and newest gap, and adds expectations gaps name', () => {
    const people = [
      { id: 'b', name: 'Bo' },
      { id: 'a', name: 'Ana' },
    ] as never;
    const board = buildGapBoard({
      caseworkers: people,
      expectations: ['Visits'],
      gaps: [
        gap('1', 'a', 'Visits', 'resolved', '2026-03-01'),
        gap('2', 'a', 'Visits', 'open', '2026-01-01'),
        gap('3', 'b', 'Notes', 'open', '2026-02-01'),
        gap('4', 'z', 'Visits', 'open', '2026-02-01'),
      ],
    });
    expect(board.expectations).toEqual(['Visits', 'Notes']);
    expect(board.rows.map((r) => [r.caseworker.name, r.cells.map((c) => c?.id ?? null)])).toEqual([
      ['Ana', ['2', null]],
      ['Bo', [null, '3']],
    ]);
  });
  it('records status changes with dates and refuses future or out-of-order dates', () => {
    const g = { status: 'open' as const, statusHistory: [{ status: 'open' as const, on: '2026-03-01' }] };
    expect(changeStatus(g, 'in-progress', '2026-03-05', '2026-03-10')).toEqual({
      ok: true,
      status: 'in-progress',
      statusHistory: [
        { status: 'open', on: '2026-03-01' },
        { status: 'in-progress', on: '2026-03-05' },
      ],
    });
    expect(changeStatus(g, 'resolved', '2026-03-11', '2026-03-10')).toMatchObject({
      ok: false,
      message: 'Date cannot be in the future.',
    });
    expect(changeStatus(g, 'resolved', '2026-02-01', '2026-03-10')).toMatchObject({ ok: false });
    expect(changeStatus(g, 'open', '2026-03-05', '2026-03-10')).toMatchObject({ ok: false });
  });
});
