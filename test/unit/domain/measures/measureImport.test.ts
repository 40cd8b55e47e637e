import { describe, expect, it } from 'vitest';
import { startImport } from '../../../../renderer/domain/csv/startImport';
import { validateImport } from '../../../../renderer/domain/csv/validateImport';
import { checkMeasure } from '../../../../renderer/domain/measures/checkMeasure';
import {
  measureImportContext,
  measureImportSpec,
  parseMonth,
} from '../../../../renderer/domain/measures/measureImport';

const TODAY = '2026-05-20';
const ana = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Ana López',
  employeeId: 'E1',
  deletedAt: null,
};
const bo = { id: '00000000-0000-4000-8000-000000000002', name: 'Bo Chen', employeeId: '', deletedAt: null };
const bo2 = {
  id: '00000000-0000-4000-8000-000000000003',
  name: 'Bo Chen',
  employeeId: 'E3',
  deletedAt: null,
};

function run(
  csv: string,
  people = [ana, bo],
  measures: { caseworkerId: string; month: string; deletedAt: null }[] = [],
) {
  const started = startImport(csv, measureImportSpec);
  if (!started.ok) throw new Error(started.error);
  return validateImport({
    table: started.value.table,
    headerIndex: started.value.header.index,
    mapping: started.value.guess.mapping,
    spec: measureImportSpec,
    context: measureImportContext({ caseworkers: people, measures, today: TODAY }),
  });
}

describe('checkMeasure', () => {
  const ok = { month: '2026-04', visitsDue: 10, visitsMade: 9, visitsGoodQuality: 8, caseload: 15 };
  it('accepts a sound month, including the current one', () => {
    expect(checkMeasure(ok, TODAY)).toEqual([]);
    expect(checkMeasure({ ...ok, month: '2026-05' }, TODAY)).toEqual([]);
  });
  it('names the field for visits made above visits due, negatives, fractions, missing numbers and future months', () => {
    const msgs = (m: Partial<Record<keyof typeof ok, string | number | null>>) =>
      checkMeasure({ ...ok, ...m } as typeof ok, TODAY).map((i) => `${i.field}: ${i.message}`);
    expect(msgs({ visitsMade: 12 })).toEqual([
      'visitsMade: Visits made (12) cannot be more than visits due (10).',
    ]);
    expect(msgs({ visitsDue: -1, visitsMade: 0, visitsGoodQuality: 0 })).toEqual([
      'visitsDue: Visits due cannot be negative.',
    ]);
    expect(msgs({ visitsGoodQuality: 9.5 })).toEqual([
      'visitsGoodQuality: Good-quality visits must be a whole number.',
    ]);
    expect(msgs({ visitsGoodQuality: 10 })[0]).toMatch(
      /Good-quality visits \(10\) cannot be more than visits made \(9\)/,
    );
    expect(msgs({ visitsDue: null })).toEqual(['visitsDue: Visits due is required.']);
    expect(msgs({ month: '2026-06' })).toEqual([
      'month: Month 2026-06 is in the future; measures are entered after the month.',
    ]);
    expect(msgs({ caseload: null })).toEqual([]);
  });
});

describe('parseMonth', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['2026/3', '2026-03'],
    ['03/2026', '2026-03'],
    ['March 2026', '2026-03'],
    ['Sept 2025', '2025-09'],
    ['2026-03-01', '2026-03'],
    ['3/14/2026', '2026-03'],
  ])('%s -> %s', (cell, month) => {
    expect(parseMonth(cell)).toEqual({ ok: true, value: month });
  });
  it('refuses what is not a month', () => {
    expect(parseMonth('2026-13').ok).toBe(false);
    expect(parseMonth('soon').ok).toBe(false);
  });
});

describe('measureImportSpec', () => {
  it('matches caseworkers by employee ID or name and refuses unknown, ambiguous, impossible and future rows by line', () => {
    const p = run(
      [
        'Employee ID,Worker name,Month,Visits due,Visits made,Good quality visits,Active caseload',
        'E1,,2026-03,12,11,9,14',
        ',ana lopez,2026-02,12,12,10,',
        ',Nobody Known,2026-03,10,9,8,12',
        'E9,,2026-03,10,9,8,12',
        ',Bo Chen,2026-09,10,9,8,12',
        ',Bo Chen,2026-03,10,14,8,12',
        ',Bo Chen,2026-03,-2,0,0,12',
        'E1,,2026-03,12,11,9,14',
      ].join('\n'),
    );
    expect(p.accepted.map((r) => [r.line, r.value.caseworkerName, r.value.measure.month])).toEqual([
      [2, 'Ana López', '2026-03'],
      [3, 'Ana López', '2026-02'],
    ]);
    const reasons = Object.fromEntries(
      p.rejected.map((r) => [r.line, r.reasons.map((x) => x.message).join(' ')]),
    );
    expect(reasons[4]).toMatch(/Caseworker 'Nobody Known' is not in the roster/);
    expect(reasons[5]).toMatch(/Employee ID 'E9' is not in the roster/);
    expect(reasons[6]).toMatch(/Month 2026-09 is in the future/);
    expect(reasons[7]).toMatch(/Visits made \(14\) cannot be more than visits due \(10\)/);
    expect(reasons[8]).toMatch(/Visits due '-2' cannot be negative/);
    expect(reasons[9]).toMatch(/Same measures for Ana López in 2026-03 as line 2/);
  });

  it('refuses a name two people share, and a month already stored', () => {
    const p = run(
      'Worker,Month,Visits due,Visits made,Good quality\nBo Chen,2026-03,10,9,8\nAna López,2026-01,10,9,8\n',
      [ana, bo, bo2],
      [{ caseworkerId: ana.id, month: '2026-01', deletedAt: null }],
    );
    expect(p.accepted).toHaveLength(0);
    expect(p.rejected[0]?.reasons[0]?.message).toMatch(/matches 2 people .* Employee ID/);
    expect(p.rejected[1]?.reasons[0]?.message).toMatch(/already in the workspace/);
  });
});
