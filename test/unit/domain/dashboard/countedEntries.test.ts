import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { countedEntries } from '../../../../renderer/domain/dashboard/columns';
import {
  emptyFilter,
  inDateRange,
  selectScope,
  type DashboardFilter,
} from '../../../../renderer/domain/dashboard/dashboardFilter';
import { isLive, type CoachingEntry } from '../../../../renderer/domain/model';

const today = '2026-03-14';
const demo = generateDemo(7, today);

/** The entries a chart counts, found the plain way: live, the caseworker in scope, the date in range as text. */
function plainly(entries: readonly CoachingEntry[], filter: DashboardFilter): string[] {
  const scope = selectScope(demo.caseworkers, demo.cohorts, filter);
  const inRange = inDateRange(filter.from, filter.to);
  return entries
    .filter((e) => isLive(e) && scope.ids.has(e.caseworkerId) && inRange(e.date))
    .map((e) => e.id);
}

function counted(entries: readonly CoachingEntry[], filter: DashboardFilter): string[] {
  const scope = selectScope(demo.caseworkers, demo.cohorts, filter);
  const live = entries.filter((e) => isLive(e));
  return [...countedEntries(entries, scope)].map((i) => (live[i] as CoachingEntry).id);
}

describe('the coaching entries a dashboard filter counts', () => {
  const base = emptyFilter(demo.settings.currentRolloutId);
  const unitId = demo.units[0]?.id ?? '';
  const filters: DashboardFilter[] = [
    base,
    { ...base, from: '2026-01-01' },
    { ...base, to: '2026-02-15' },
    { ...base, from: '2026-02-01', to: '2026-02-28' },
    { ...base, unitId, from: '2025-12-01', to: '2026-03-01' },
    { ...base, from: '2026-03-01', to: '2026-01-01' },
  ];
  for (const filter of filters)
    it(`are the plainly filtered ones, from "${filter.from}" to "${filter.to}"${filter.unitId ? ' in a unit' : ''}`, () => {
      const want = plainly(demo.coachingEntries, filter);
      expect(counted(demo.coachingEntries, filter)).toEqual(want);
      if (filter.from && filter.to && filter.from <= filter.to) expect(want.length).toBeGreaterThan(0);
    });

  it('takes in a date that is not a plain day as the filter does (a month overlapping the range)', () => {
    const [first, ...rest] = demo.coachingEntries;
    if (!first) throw new Error('the demo has coaching entries');
    const entries = [{ ...first, date: '2026-02' }, ...rest];
    const filter = { ...base, from: '2026-02-01', to: '2026-02-28' };
    expect(counted(entries, filter)).toEqual(plainly(entries, filter));
  });
});
