// The measures grid's rules: the months offered, a row read as typed (rate and caseload against the standard), the
// whole grid's rate, and the check before saving (every row right or nothing saved, problems named by field).
import { describe, expect, it } from 'vitest';
import type { MonthlyMeasure } from '../../../../renderer/domain/model';
import {
  checkGrid,
  defaultGridMonth,
  emptyGridRow,
  gridMonths,
  gridRowOf,
  gridTotal,
  previewRow,
  type GridRow,
} from '../../../../renderer/domain/measures/measureGrid';

const TODAY = '2026-03-18';
const ANA = '00000000-0000-4000-8000-000000000001';
const BO = '00000000-0000-4000-8000-000000000002';
const standards = { visitTarget: 95, caseloadMin: 13, caseloadMax: 24 };
const row = (p: Partial<GridRow>): GridRow => ({ ...emptyGridRow, ...p });
const good = row({ visitsDue: '10', visitsMade: '9', visitsGoodQuality: '8', caseload: '15' });

describe('months', () => {
  it('offers this month and the twelve before it, newest first, across the new year', () => {
    const months = gridMonths(TODAY);
    expect(months).toHaveLength(13);
    expect(months.slice(0, 4)).toEqual(['2026-03', '2026-02', '2026-01', '2025-12']);
    expect(months.at(-1)).toBe('2025-03');
  });

  it('opens on the last full month', () => {
    expect(defaultGridMonth(TODAY)).toBe('2026-02');
    expect(defaultGridMonth('2026-01-05')).toBe('2025-12');
  });
});

describe('a row as typed', () => {
  it('shows a stored month, and an empty row when there is none', () => {
    const m = { visitsDue: 12, visitsMade: 11, visitsGoodQuality: 9, caseload: null } as MonthlyMeasure;
    expect(gridRowOf(m)).toEqual({ visitsDue: '12', visitsMade: '11', visitsGoodQuality: '9', caseload: '' });
    expect(gridRowOf(undefined)).toEqual(emptyGridRow);
  });

  it('has a visit rate against the target once due and made are numbers', () => {
    expect(previewRow(row({ visitsDue: '10', visitsMade: '9' }), standards).rate).toMatchObject({
      rate: 90,
      belowTarget: true,
    });
    expect(previewRow(row({ visitsDue: '10' }), standards).rate).toBeNull();
    expect(previewRow(row({ visitsDue: '10', visitsMade: 'x' }), standards).rate).toBeNull();
    expect(previewRow(row({ visitsDue: '-1', visitsMade: '0' }), standards).rate).toBeNull();
  });

  it('flags a caseload above the standard range', () => {
    expect(previewRow(row({ caseload: '30' }), standards).caseloadAboveStandard).toBe(true);
    expect(previewRow(row({ caseload: '24' }), standards).caseloadAboveStandard).toBe(false);
    expect(previewRow(row({ caseload: '' }), standards).caseloadAboveStandard).toBe(false);
  });

  it('adds the rows with numbers into one rate for the grid', () => {
    const { filled, total } = gridTotal(
      [good, row({ visitsDue: '10', visitsMade: '10' }), emptyGridRow, row({ visitsDue: 'x' })],
      95,
    );
    expect(filled).toBe(2);
    expect(total).toMatchObject({ made: 19, due: 20, rate: 95, belowTarget: false });
  });
});

describe('checkGrid', () => {
  it('saves every filled row and skips blank ones; a blank caseload stays unknown', () => {
    const r = checkGrid(
      '2026-02',
      [
        { caseworkerId: ANA, row: good },
        { caseworkerId: BO, row: row({ visitsDue: ' 4 ', visitsMade: '4', visitsGoodQuality: '4' }) },
        { caseworkerId: 'nobody', row: row({ caseload: '  ' }) },
      ],
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      measures: [
        {
          caseworkerId: ANA,
          month: '2026-02',
          visitsDue: 10,
          visitsMade: 9,
          visitsGoodQuality: 8,
          caseload: 15,
        },
        {
          caseworkerId: BO,
          month: '2026-02',
          visitsDue: 4,
          visitsMade: 4,
          visitsGoodQuality: 4,
          caseload: null,
        },
      ],
    });
  });

  it('an empty grid is fine and saves nothing', () => {
    expect(checkGrid('2026-02', [{ caseworkerId: ANA, row: emptyGridRow }], TODAY)).toEqual({
      ok: true,
      measures: [],
    });
  });

  it('one bad row saves nothing, and every problem names its caseworker and field', () => {
    const r = checkGrid(
      '2026-02',
      [
        { caseworkerId: ANA, row: good },
        { caseworkerId: BO, row: row({ visitsDue: '10', visitsMade: '12', visitsGoodQuality: '-1' }) },
      ],
      TODAY,
    );
    expect(r).toEqual({
      ok: false,
      issues: [
        { caseworkerId: BO, field: 'visitsGoodQuality', message: 'Good-quality visits cannot be negative.' },
        {
          caseworkerId: BO,
          field: 'visitsMade',
          message: 'Visits made (12) cannot be more than visits due (10).',
        },
      ],
    });
  });

  it('says what is not a number, as typed, and what is missing', () => {
    const r = checkGrid(
      '2026-02',
      [{ caseworkerId: ANA, row: row({ visitsDue: 'ten', caseload: '3.5' }) }],
      TODAY,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual([
      { caseworkerId: ANA, field: 'visitsDue', message: "Visits due 'ten' is not a number." },
    ]);
    const missing = checkGrid('2026-02', [{ caseworkerId: ANA, row: row({ caseload: '3.5' }) }], TODAY);
    expect(!missing.ok && missing.issues.map((i) => i.message)).toEqual([
      'Visits due is required.',
      'Visits made is required.',
      'Good-quality visits is required.',
      'Caseload must be a whole number.',
    ]);
  });

  it('a month in the future is said once for the whole grid', () => {
    const r = checkGrid(
      '2026-04',
      [
        { caseworkerId: ANA, row: good },
        { caseworkerId: BO, row: good },
      ],
      TODAY,
    );
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          caseworkerId: null,
          field: 'month',
          message: 'Month 2026-04 is in the future; measures are entered after the month.',
        },
      ],
    });
  });
});
