import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { buildHome } from '../../../../renderer/domain/home/buildHome';

const today = '2026-03-14';
const demo = generateDemo(7, today);

describe('buildHome on the demo workspace', () => {
  const home = buildHome(demo, demo.settings, today);

  it('gives survey coverage of the latest round and who was never surveyed', () => {
    expect(home.surveyCoverage.round?.name).toMatch(/Pulse/i);
    expect(home.surveyCoverage.active).toBe(31);
    expect(home.surveyCoverage.answered).toBe(24);
    const surveyed = new Set(demo.surveyResponses.map((r) => r.caseworkerId));
    expect(home.surveyCoverage.notSurveyed.every((p) => !surveyed.has(p.id))).toBe(true);
  });

  it('gives each cohort of the current rollout with its wave gates and where it stands', () => {
    expect(home.cohorts).toHaveLength(5);
    for (const c of home.cohorts) {
      expect(c.gates.length).toBeGreaterThan(0);
      expect(c.status).toMatch(/^Wave \d: \d+ of \d+ practicing$|Every wave is ready/);
    }
  });

  it("narrows the supervisor's open gaps to their unit", () => {
    const all = buildHome(demo, { ...demo.settings, homeUnitId: null }, today).unitGaps;
    const unit = demo.units.find((u) =>
      all.some((g) => demo.caseworkers.find((c) => c.id === g.caseworkerId)?.unitId === u.id),
    );
    const mine = buildHome(demo, { ...demo.settings, homeUnitId: unit?.id ?? null }, today);
    expect(mine.unitName).toBe(unit?.name);
    expect(mine.unitGaps.length).toBeGreaterThan(0);
    expect(mine.unitGaps.length).toBeLessThanOrEqual(all.length);
    expect(
      mine.unitGaps.every((g) => demo.caseworkers.find((c) => c.id === g.caseworkerId)?.unitId === unit?.id),
    ).toBe(true);
    expect(all.every((g) => g.status === 'Open' || g.status === 'In progress')).toBe(true);
  });

  it('carries the headline funnel', () => {
    expect(home.funnel.series[0]).toEqual({ stage: 'In scope', count: 31, percent: 100 });
  });
});
