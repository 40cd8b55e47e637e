// The dashboard's date filter: a day or a month counts when it falls between the bounds, either of which may be open.
import { describe, expect, it } from 'vitest';
import { inDateRange } from '../../../../renderer/domain/dashboard/dashboardFilter';

describe('inDateRange', () => {
  it('counts the days between the bounds, both included', () => {
    const inRange = inDateRange('2024-01-15', '2024-03-31');
    expect(['2024-01-14', '2024-01-15', '2024-02-29', '2024-03-31', '2024-04-01'].map(inRange)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('counts a month that overlaps the range, days and months asked in any order', () => {
    const inRange = inDateRange('2024-01-15', '2024-03-10');
    expect(['2023-12', '2024-01', '2024-02-01', '2024-03', '2024-03-11', '2024-04'].map(inRange)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('leaves an open bound open, and everything in without either', () => {
    expect(['1999-01-01', '2024-01-14', '2024-01-15'].map(inDateRange('', '2024-01-14'))).toEqual([
      true,
      true,
      false,
    ]);
    expect(['2024-01-14', '2024-01', '2099-12-31'].map(inDateRange('2024-01-15', ''))).toEqual([
      false,
      true,
      true,
    ]);
    expect(['0001-01-01', '9999-12'].map(inDateRange('', ''))).toEqual([true, true]);
  });
});
