import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { buildDashboard } from '../../../../renderer/domain/dashboard/buildDashboard';
import { emptyFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';

const today = '2026-03-14';
const demo = generateDemo(7, today);
const rolloutId = demo.settings.currentRolloutId;

describe('buildDashboard on the demo workspace', () => {
  const model = buildDashboard(demo, emptyFilter(rolloutId), demo.settings, today);

  it('has data behind every chart', () => {
    for (const [name, chart] of Object.entries(model)) {
      if (typeof chart !== 'object' || !('series' in chart)) continue;
      expect(chart.series.length, name).toBeGreaterThan(0);
      expect(chart.summary, name).toMatch(/\w/);
    }
  });

  it('narrows the funnel monotonically from everyone in scope to mastered stages that make sense', () => {
    const counts = Object.fromEntries(model.funnel.series.map((s) => [s.stage, s.count]));
    expect(counts['In scope']).toBe(31); // 32 people, one has left
    expect(counts['Surveyed']).toBeLessThanOrEqual(counts['In scope'] ?? 0);
    expect(counts['Practicing']).toBeGreaterThanOrEqual(counts['Proficient'] ?? 0);
    expect(counts['Proficient']).toBeGreaterThanOrEqual(counts['Mastered'] ?? 0);
    expect(model.funnel.summary).toContain('Of 31 caseworkers in scope');
  });

  it('counts conversions between the baseline and the pulse', () => {
    expect(model.stanceOverTime.series).toHaveLength(2);
    expect(model.stanceOverTime.conversions?.compared).toBeGreaterThan(0);
    expect(model.stanceOverTime.summary).toMatch(/moved toward cheerleader/);
  });

  it('applies a unit filter to every chart', () => {
    const unit = demo.units[0];
    const filtered = buildDashboard(
      demo,
      { ...emptyFilter(rolloutId), unitId: unit?.id ?? '' },
      demo.settings,
      today,
    );
    const inUnit = demo.caseworkers.filter((c) => c.unitId === unit?.id && c.status !== 'left').length;
    expect(filtered.scopeSize).toBe(inUnit);
    expect(filtered.stanceByUnit.series.map((r) => r.unit)).toEqual([unit?.name]);
    expect(filtered.byUnit.series.map((r) => r.unit)).toEqual([unit?.name]);
    const workers = Math.max(...filtered.visits.series.map((p) => p.workers));
    expect(workers).toBeLessThanOrEqual(inUnit);
    // Conversions count only the people in scope too.
    expect(filtered.stanceOverTime.conversions?.compared ?? 0).toBeLessThanOrEqual(inUnit);
    expect(filtered.stanceOverTime.conversions?.compared ?? 0).toBeLessThan(
      model.stanceOverTime.conversions?.compared ?? 0,
    );
  });

  it('keeps every chart small enough to draw: at most one point a month or a category', () => {
    for (const chart of [model.visits, model.rideAlongs, model.renegades, model.gapsOverTime])
      expect(chart.series.length).toBeLessThanOrEqual(36);
  });
});
