// Every list a dashboard click opens holds exactly what the clicked segment counts: for each chart, each bar and each
// series of the chart's own series, the legend items, the bars alone, the "N other units/coaches" bar, the filters
// and the dates. Run on the demo workspace and on a small agency (enough units and coaches to group the rest).
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { buildDashboard, type DashboardModel } from '../../../../renderer/domain/dashboard/buildDashboard';
import { emptyFilter, type DashboardFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';
import { drillChoices } from '../../../../renderer/domain/dashboard/drillChoices';
import {
  answersBehind,
  drillDownHref,
  entriesBehind,
  gapsBehind,
  pickFromParams,
  peopleBehind,
  rideAlongSeries,
  stanceKeys,
  type DrillChart,
  type DrillPick,
} from '../../../../renderer/domain/dashboard/drillDown';
import { gapTypes } from '../../../../renderer/domain/dashboard/gapSeries';
import { OTHERS } from '../../../../renderer/domain/dashboard/topAndBottom';
import { adopterCategories } from '../../../../renderer/domain/survey/adopterCategories';
import { coachingKinds, renegadeKinds } from '../../../../renderer/domain/model';
import type { DashboardData } from '../../../../renderer/domain/dashboard/buildDashboard';
import { agencyData } from '../../../bench/agencyData';

const today = '2026-03-14';
const demo = generateDemo(7, today);
const agency = agencyData(0.05);

/** How many records the list behind a click holds. */
function listLength(data: DashboardData, model: DashboardModel, pick: DrillPick): number {
  switch (pick.chart) {
    case 'gaps-by-unit':
    case 'gaps-by-month':
      return gapsBehind(data.gaps, model.drill, pick).length;
    case 'coaching-by-coach':
    case 'ride-alongs':
    case 'renegades':
      return entriesBehind(data.coachingEntries, model.drill, pick).length;
    case 'stance-over-time':
      return answersBehind(model.drill, pick).length;
    default:
      return peopleBehind(model.people, pick, model.drill).length;
  }
}

/** Each chart's drawn rows (with the "others" bar), the field that keys a bar, and its series. */
function chartsOf(model: DashboardModel) {
  const rows = <T extends object>(r: readonly T[]) => r as ReadonlyArray<Record<string, unknown>>;
  return [
    { chart: 'gaps-by-unit', rows: rows(model.gapsByUnit.chart.rows), key: 'unitId', series: gapTypes },
    { chart: 'gaps-by-month', rows: rows(model.gapsOverTime.series), key: 'month', series: gapTypes },
    {
      chart: 'coaching-by-coach',
      rows: rows(model.coachActivity.chart.rows),
      key: 'coachId',
      series: coachingKinds,
    },
    { chart: 'ride-alongs', rows: rows(model.rideAlongs.series), key: 'month', series: rideAlongSeries },
    { chart: 'renegades', rows: rows(model.renegades.series), key: 'month', series: renegadeKinds },
    {
      chart: 'stance-over-time',
      rows: rows(model.stanceOverTime.series),
      key: 'roundId',
      series: stanceKeys,
    },
    { chart: 'stance-by-unit', rows: rows(model.stanceByUnit.chart.rows), key: 'unitId', series: stanceKeys },
    {
      chart: 'mastery-by-unit',
      rows: rows(model.byUnit.chart.rows),
      key: 'unitId',
      series: ['not-started', 'in-training', 'practicing', 'proficient', 'mastered'],
    },
  ] as const satisfies ReadonlyArray<{
    chart: DrillChart;
    rows: ReadonlyArray<Record<string, unknown>>;
    key: string;
    series: readonly string[];
  }>;
}

const categoryOf = (row: Record<string, unknown>, key: string) => {
  const value = row[key];
  return typeof value === 'string' ? value : 'none';
};

function expectListsMatchSegments(data: DashboardData, model: DashboardModel) {
  let segments = 0;
  for (const { chart, rows, key, series } of chartsOf(model)) {
    for (const row of rows) {
      const category = categoryOf(row, key);
      for (const s of series) {
        expect(listLength(data, model, { chart, category, series: s }), `${chart} ${category} ${s}`).toBe(
          row[s],
        );
        segments += 1;
      }
    }
    // A legend item: its series over every bar.
    for (const s of series)
      expect(listLength(data, model, { chart, category: null, series: s }), `${chart} legend ${s}`).toBe(
        rows.reduce((t, r) => t + Number(r[s] ?? 0), 0),
      );
  }
  // The adopter mix: one series of people per Rogers category; the curve is not people.
  for (const row of model.adopters.series)
    expect(listLength(data, model, { chart: 'adopter-mix', category: row.categoryId, series: null })).toBe(
      row.actual,
    );
  expect(listLength(data, model, { chart: 'adopter-mix', category: null, series: null })).toBe(
    model.adopters.series.reduce((t, r) => t + r.actual, 0),
  );
  return segments;
}

describe('the list behind each segment of each chart', () => {
  it('on the demo workspace, with every rollout and with the current one', () => {
    for (const rolloutId of [demo.settings.currentRolloutId, null]) {
      const model = buildDashboard(demo, emptyFilter(rolloutId), demo.settings, today);
      expect(expectListsMatchSegments(demo, model)).toBeGreaterThan(100);
      // The demo has something behind every chart, so the equalities above are not all 0 = 0.
      expect(model.gapsOverTime.series.length).toBeGreaterThan(1);
      expect(model.rideAlongs.series.length).toBeGreaterThan(1);
      expect(model.renegades.series.some((r) => r.total > 0)).toBe(true);
      expect(model.stanceOverTime.series.length).toBeGreaterThan(1);
    }
  });

  it('a bar alone is everything in it; a ride-along missing both parts is in both "missing" segments', () => {
    const model = buildDashboard(demo, emptyFilter(demo.settings.currentRolloutId), demo.settings, today);
    for (const row of model.gapsOverTime.series)
      expect(listLength(demo, model, { chart: 'gaps-by-month', category: row.month, series: null })).toBe(
        row.total,
      );
    for (const row of model.coachActivity.chart.rows)
      expect(
        listLength(demo, model, { chart: 'coaching-by-coach', category: row.coachId, series: null }),
      ).toBe(row.total);
    for (const row of model.rideAlongs.series)
      expect(listLength(demo, model, { chart: 'ride-alongs', category: row.month, series: null })).toBe(
        row.total,
      );
    for (const row of model.renegades.series)
      expect(listLength(demo, model, { chart: 'renegades', category: row.month, series: null })).toBe(
        row.total,
      );
    for (const row of model.stanceOverTime.series)
      expect(
        listLength(demo, model, { chart: 'stance-over-time', category: row.roundId, series: null }),
      ).toBe(model.scopeSize);
  });

  it('with the filters: unit, role, wave and a date range narrow the lists as they narrow the charts', () => {
    const unit = demo.units[1];
    const role = demo.caseworkers[0]?.role;
    if (!unit || !role) throw new Error('The demo has units and roles');
    const base = emptyFilter(demo.settings.currentRolloutId);
    const filters: DashboardFilter[] = [
      { ...base, unitId: unit.id },
      { ...base, role },
      { ...base, wave: 2 },
      { ...base, from: '2025-11-10', to: '2026-02-20' },
      { ...base, unitId: unit.id, from: '2026-01-01' },
    ];
    for (const filter of filters) {
      const model = buildDashboard(demo, filter, demo.settings, today);
      expectListsMatchSegments(demo, model);
      const inScope = new Set(model.people.caseworkers.map((c) => c.id));
      const gaps = gapsBehind(demo.gaps, model.drill, {
        chart: 'gaps-by-unit',
        category: null,
        series: null,
      });
      const entries = entriesBehind(demo.coachingEntries, model.drill, {
        chart: 'coaching-by-coach',
        category: null,
        series: null,
      });
      expect(gaps.every((g) => inScope.has(g.caseworkerId))).toBe(true);
      expect(entries.every((e) => inScope.has(e.caseworkerId))).toBe(true);
      if (filter.unitId) expect(model.people.caseworkers.every((c) => c.unitId === filter.unitId)).toBe(true);
      if (filter.from) {
        expect(gaps.every((g) => g.openedOn >= filter.from)).toBe(true);
        expect(entries.every((e) => e.date >= filter.from)).toBe(true);
      }
      if (filter.to) {
        expect(gaps.every((g) => g.openedOn <= filter.to)).toBe(true);
        expect(entries.every((e) => e.date <= filter.to)).toBe(true);
      }
    }
  });

  it('lists gaps and entries newest first, and the first and last day of the range count', () => {
    const model = buildDashboard(demo, emptyFilter(null), demo.settings, today);
    const gaps = gapsBehind(demo.gaps, model.drill, { chart: 'gaps-by-month', category: null, series: null });
    expect(gaps.map((g) => g.openedOn)).toEqual([...gaps.map((g) => g.openedOn)].sort().reverse());
    const day = gaps[Math.floor(gaps.length / 2)]?.openedOn;
    if (!day) throw new Error('The demo has gaps');
    const oneDay = buildDashboard(demo, { ...emptyFilter(null), from: day, to: day }, demo.settings, today);
    const onThatDay = gapsBehind(demo.gaps, oneDay.drill, {
      chart: 'gaps-by-month',
      category: null,
      series: null,
    });
    expect(onThatDay.length).toBeGreaterThan(0);
    expect(onThatDay.every((g) => g.openedOn === day)).toBe(true);
  });
});

describe('the "N other units" and "N other coaches" bars', () => {
  const model = buildDashboard(agency.data, emptyFilter(null), agency.settings, agency.today);

  it('record which units and coaches they add up, and list exactly those', () => {
    expect(model.gapsByUnit.chart.grouped).toBeGreaterThan(0);
    expect(model.coachActivity.chart.grouped).toBeGreaterThan(0);
    expect(model.byUnit.chart.grouped).toBeGreaterThan(0);
    expect(model.drill.grouped['gaps-by-unit']).toHaveLength(model.gapsByUnit.chart.grouped);
    expect(model.drill.grouped['coaching-by-coach']).toHaveLength(model.coachActivity.chart.grouped);
    const others = model.gapsByUnit.chart.rows.find((r) => r.unitId === OTHERS);
    if (!others) throw new Error('The gaps chart groups units');
    const listed = gapsBehind(agency.data.gaps, model.drill, {
      chart: 'gaps-by-unit',
      category: OTHERS,
      series: null,
    });
    expect(listed).toHaveLength(others.total);
    const grouped = new Set(model.drill.grouped['gaps-by-unit']);
    const unitOf = new Map(agency.data.caseworkers.map((c) => [c.id, c.unitId ?? 'none']));
    expect(listed.every((g) => grouped.has(unitOf.get(g.caseworkerId) ?? ''))).toBe(true);
    // The drawn bars keep their own units: nothing is in two bars.
    const drawn = model.gapsByUnit.chart.rows.filter((r) => r.unitId !== OTHERS).map((r) => r.unitId);
    expect(drawn.some((id) => grouped.has(id ?? 'none'))).toBe(false);
  });

  it('every segment of every chart at that size, the grouped bar included', () => {
    expect(expectListsMatchSegments(agency.data, model)).toBeGreaterThan(200);
  });

  it('offer the grouped bar by keyboard in the list, by the name the chart gives it', () => {
    const choices = drillChoices('coaching-by-coach', model);
    const others = choices.categories.find((c) => c.value === OTHERS);
    expect(others?.label).toMatch(/^\d+ other coaches \(one bar\)$/);
    expect(choices.categories.length).toBe(model.coachActivity.series.length + 1);
  });
});

describe('the address of each list', () => {
  it("names the list of the chart and round-trips the click; a list refuses another list's chart", () => {
    const filter = { ...emptyFilter('r-1'), unitId: 'u-1', from: '2026-01-01' };
    const cases: Array<[DrillChart, string]> = [
      ['gaps-by-unit', '/dashboard/gaps?'],
      ['gaps-by-month', '/dashboard/gaps?'],
      ['coaching-by-coach', '/dashboard/entries?'],
      ['ride-alongs', '/dashboard/entries?'],
      ['renegades', '/dashboard/entries?'],
      ['stance-over-time', '/dashboard/people?'],
      ['adopter-mix', '/dashboard/people?'],
    ];
    for (const [chart, path] of cases) {
      const pick = { chart, category: OTHERS, series: 'x' };
      const href = drillDownHref(filter, pick);
      expect(href.startsWith(path)).toBe(true);
      const params = new URLSearchParams(href.split('?')[1]);
      const list = path.split('/')[2]?.replace('?', '') as 'people' | 'gaps' | 'entries';
      expect(pickFromParams(params, list)).toEqual(pick);
      expect(pickFromParams(params, list === 'gaps' ? 'entries' : 'gaps')).toBeNull();
    }
  });

  it('covers every Rogers category', () => {
    const model = buildDashboard(demo, emptyFilter(null), demo.settings, today);
    expect(model.adopters.series.map((r) => r.categoryId)).toEqual([...adopterCategories]);
  });
});
