// What the dashboard keeps for the next visit: the charts' rows and sentences as plain data (kept records are sealed
// as JSON, so a Map or a function would not come back), the filter bar's choices, and a key that changes with
// anything the charts were built for except the remembered filter and the settings' stamp.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { buildDashboard } from '../../../../renderer/domain/dashboard/buildDashboard';
import { emptyFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';
import {
  chartsOf,
  filterChoices,
  keptDashboardKey,
} from '../../../../renderer/domain/dashboard/keptDashboard';

const today = '2026-03-14';
const demo = generateDemo(7, today);
const all = emptyFilter(demo.settings.currentRolloutId);

describe('the dashboard kept for the next visit', () => {
  it('keeps every chart’s rows and sentences, and comes back from JSON exactly as it was', () => {
    const model = buildDashboard(demo, all, demo.settings, today);
    const charts = chartsOf(model);
    expect(JSON.parse(JSON.stringify(charts))).toEqual(charts);
    expect(charts.byUnit.chart.rows).toEqual(model.byUnit.chart.rows);
    expect(charts.stanceOverTime.summary).toBe(model.stanceOverTime.summary);
    expect(charts.scopeSize).toBe(model.scopeSize);
    // What a drill-down needs stays with the full model.
    expect(Object.keys(charts)).not.toContain('people');
    expect(Object.keys(charts)).not.toContain('drill');
  });

  it('offers every rollout, every unit by name, and each role of the roster once, sorted', () => {
    const choices = filterChoices({ ...demo, units: [...demo.units].reverse() });
    expect(choices.rollouts).toHaveLength(demo.rollouts.length);
    const names = demo.units.map((u) => u.name);
    expect(choices.units.map((u) => u.name)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const roles = new Set(demo.caseworkers.map((c) => c.role).filter(Boolean));
    expect(choices.roles).toEqual([...roles].sort((a, b) => a.localeCompare(b)));
  });

  it('is kept for one filter and the settings, not for the remembered filter or the stamp', () => {
    const key = keptDashboardKey(demo.settings, all);
    expect(
      keptDashboardKey(
        { ...demo.settings, dashboardFilter: { ...all, wave: 2 }, updatedAt: '2026-03-14T10:00:00.000Z' },
        { to: '', from: '', wave: 0, role: '', unitId: '', rolloutId: all.rolloutId },
      ),
    ).toBe(key);
    expect(keptDashboardKey(demo.settings, { ...all, wave: 2 })).not.toBe(key);
    expect(keptDashboardKey(demo.settings, { ...all, from: '2026-01-01' })).not.toBe(key);
    expect(keptDashboardKey({ ...demo.settings, visitTarget: 55 }, all)).not.toBe(key);
    expect(keptDashboardKey({ ...demo.settings, currentRolloutId: 'another' }, all)).not.toBe(key);
  });
});
