// shareSeries: a chart whose figures a new filter leaves as they were keeps its series (and drawn rows) by identity, so
// the dashboard redraws only the charts that changed; dashboardFor shares with the dashboard it gave last.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { dashboardFor } from '../../../../renderer/domain/dashboard/dashboardFor';
import { emptyFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';
import { shareSeries } from '../../../../renderer/domain/dashboard/shareSeries';

describe('shareSeries', () => {
  const before = {
    scopeSize: 3,
    a: { series: [{ month: '2026-01', n: 1 }], summary: 'One.' },
    b: {
      series: [{ unit: 'North', n: 2 }],
      chart: { rows: [{ unit: 'North', n: 2 }], note: null },
      summary: 'Two.',
    },
    c: { series: [{ n: 3 }], summary: 'Three.' },
  };

  it('keeps the earlier series and rows where the figures are the same, and takes the new ones elsewhere', () => {
    const next = {
      scopeSize: 4,
      a: { series: [{ month: '2026-01', n: 1 }], summary: 'One, again.' },
      b: {
        series: [{ unit: 'North', n: 5 }],
        chart: { rows: [{ unit: 'North', n: 2 }], note: null },
        summary: 'B.',
      },
      c: { series: [{ n: 3, extra: 0 }], summary: 'Three.' },
    };
    const shared = shareSeries(before, next);
    expect(shared).toEqual(next);
    expect(shared.a.series).toBe(before.a.series);
    expect(shared.a.summary).toBe('One, again.');
    expect(shared.b.series).toBe(next.b.series);
    expect(shared.b.chart.rows).toBe(before.b.chart.rows);
    expect(shared.c).toBe(next.c);
    // Neither dashboard is changed.
    expect(next.a.series).not.toBe(before.a.series);
    expect(before.b.series[0]?.n).toBe(2);
  });

  it('gives the new model itself without an earlier one, or when nothing is the same', () => {
    const next = { ...before, a: { series: [{ month: '2026-02', n: 1 }], summary: '' } };
    expect(shareSeries(undefined, next)).toBe(next);
    expect(shareSeries(before, before)).toBe(before);
    const other = { ...before, a: { series: [{ month: '2026-03', n: 1 }], summary: '' } };
    expect(shareSeries(before, other).a).toBe(other.a);
  });

  it('compares maps and other objects by identity only', () => {
    const map = new Map([[1, 2]]);
    const shared = shareSeries({ a: { series: [map] } }, { a: { series: [new Map([[1, 2]])] } });
    expect(shared.a.series[0]).not.toBe(map);
  });

  it('in dashboardFor: a filter that leaves a chart as it was keeps its series; changed charts get new ones', () => {
    const today = '2026-03-14';
    const demo = generateDemo(7, today);
    const all = emptyFilter(demo.settings.currentRolloutId);
    const first = dashboardFor(demo, all, demo.settings, today);
    // One wave changes the people charts; going back to everyone gives the first model (remembered).
    const wave = dashboardFor(demo, { ...all, wave: 2 }, demo.settings, today);
    expect(wave.byWave.series).not.toBe(first.byWave.series);
    expect(dashboardFor(demo, all, demo.settings, today)).toBe(first);
    const later = dashboardFor(demo, { ...all, to: '2031-01-01' }, demo.settings, today);
    // Mastery is as of today whenever the range ends later: the mastery charts are unchanged and shared.
    expect(later.byWave.series).toBe(first.byWave.series);
    expect(later.byUnit.chart.rows).toBe(first.byUnit.chart.rows);
  });
});
