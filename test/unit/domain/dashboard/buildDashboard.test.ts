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

  it('keeps the conversions when a new round is opened and no one has answered it yet', () => {
    const pulse = demo.surveyRounds.at(-1);
    if (!pulse) throw new Error('The demo has survey rounds');
    const opened = { ...pulse, id: crypto.randomUUID(), name: 'Spring pulse', openedOn: today };
    const withEmpty = buildDashboard(
      { ...demo, surveyRounds: [...demo.surveyRounds, opened] },
      emptyFilter(rolloutId),
      demo.settings,
      today,
    );
    expect(withEmpty.stanceOverTime.series).toHaveLength(3);
    expect(withEmpty.stanceOverTime.conversions).toEqual(model.stanceOverTime.conversions);
    expect(withEmpty.stanceOverTime.summary).toBe(model.stanceOverTime.summary);
    expect(model.stanceOverTime.summary).toMatch(/^Between each person's two latest answered rounds \(/);
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

  it('shows real mastery for all rollouts: each person at their highest level in any rollout', () => {
    const all = buildDashboard(demo, emptyFilter(null), demo.settings, today);
    const stage = (m: typeof model, name: string) => m.funnel.series.find((s) => s.stage === name)?.count;
    expect(stage(all, 'Practicing')).toBeGreaterThan(0);
    expect(stage(all, 'Practicing')).toBe(stage(model, 'Practicing'));
    expect(stage(all, 'Proficient')).toBe(stage(model, 'Proficient'));
    expect(all.funnel.summary).toContain('With all rollouts, each person counts at the highest level');
    expect(model.funnel.summary).not.toContain('With all rollouts');
  });

  it('applies the end of the date range to mastery, and says the start does not narrow it', () => {
    const early = buildDashboard(
      demo,
      { ...emptyFilter(rolloutId), from: '2025-12-01', to: '2025-12-31' },
      demo.settings,
      today,
    );
    const practicing = (m: typeof model) => m.funnel.series.find((s) => s.stage === 'Practicing')?.count ?? 0;
    expect(practicing(early)).toBeLessThan(practicing(model));
    for (const chart of [early.funnel, early.byWave, early.byUnit])
      expect(chart.summary).toContain(
        'Mastery levels are as of 2025-12-31; the start of the date range does not narrow them.',
      );
    const later = buildDashboard(demo, { ...emptyFilter(rolloutId), to: '2027-01-01' }, demo.settings, today);
    expect(later.funnel.summary).toContain(`as of ${today}`);
  });

  it('keeps every chart small enough to draw: at most one point a month or a category', () => {
    for (const chart of [model.visits, model.rideAlongs, model.renegades, model.gapsOverTime])
      expect(chart.series.length).toBeLessThanOrEqual(36);
  });
});

describe('buildDashboard with many units', () => {
  // The demo's people spread over 40 units: more than a chart can show one bar each.
  const units = Array.from({ length: 40 }, (_, i) => ({
    ...demo.units[0]!,
    id: `u${i}`,
    name: `Unit ${i + 1}`,
  }));
  const many = {
    ...demo,
    units,
    caseworkers: demo.caseworkers.map((c, i) => ({ ...c, unitId: `u${i % 40}` })),
  };
  const model = buildDashboard(many, emptyFilter(rolloutId), demo.settings, today);

  it('draws the top and bottom units with the rest in one bar, says so, and keeps every unit in the numbers', () => {
    expect(model.byUnit.series.length).toBeGreaterThan(12);
    expect(model.byUnit.chart.rows.length).toBeLessThanOrEqual(12);
    expect(model.byUnit.chart.note).toMatch(/highest and the 5 lowest of \d+ units/);
    expect(model.stanceByUnit.chart.rows.length).toBeLessThanOrEqual(12);
  });

  it('sums the units up in one or two sentences instead of naming each', () => {
    expect(model.byUnit.summary).toMatch(
      /^Of \d+ units, Unit \d+ has the highest share practicing or better/,
    );
    expect(model.byUnit.summary.split('. ').length).toBeLessThanOrEqual(2);
    expect(model.byUnit.summary.length).toBeLessThan(300);
  });
});
