import { describe, expect, it } from 'vitest';
import { emptyFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { buildHome, homeModelKey } from '../../../../renderer/domain/home/buildHome';
import { keptIsCurrent } from '../../../../renderer/domain/keptModel';

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
    // The card names the first twelve and counts the rest.
    const { notSurveyed, notSurveyedCount } = home.surveyCoverage;
    expect(notSurveyedCount).toBeGreaterThan(0);
    expect(notSurveyed).toHaveLength(Math.min(12, notSurveyedCount));
    const cut = buildHome({ ...demo, surveyResponses: [] }, demo.settings, today).surveyCoverage;
    expect(cut.notSurveyedCount).toBe(cut.active);
    expect(cut.notSurveyed).toHaveLength(Math.min(12, cut.active));
  });

  it('gives each cohort of the current rollout with its wave gates and where it stands', () => {
    expect(home.cohorts).toHaveLength(5);
    for (const c of home.cohorts) {
      expect(c.gates.length).toBeGreaterThan(0);
      expect(c.status).toMatch(/^Wave \d: \d+ of \d+ practicing$|Every wave is ready/);
    }
  });

  it("narrows the supervisor's open gaps to their unit", () => {
    const everyUnit = buildHome(demo, { ...demo.settings, homeUnitId: null }, today);
    const all = everyUnit.unitGaps;
    const unit = demo.units.find((u) =>
      all.some((g) => demo.caseworkers.find((c) => c.id === g.caseworkerId)?.unitId === u.id),
    );
    const mine = buildHome(demo, { ...demo.settings, homeUnitId: unit?.id ?? null }, today);
    expect(mine.unitName).toBe(unit?.name);
    expect(mine.unitGaps.length).toBeGreaterThan(0);
    expect(mine.unitGapCount).toBeLessThan(everyUnit.unitGapCount);
    expect(mine.unitGaps).toHaveLength(Math.min(8, mine.unitGapCount));
    expect(
      mine.unitGaps.every((g) => demo.caseworkers.find((c) => c.id === g.caseworkerId)?.unitId === unit?.id),
    ).toBe(true);
    expect(all.every((g) => g.status === 'Open' || g.status === 'In progress')).toBe(true);
  });

  it('counts the workspace at a glance as the live summary does: live people at work and on leave, live units and rollouts', () => {
    const [a, b, c, d] = demo.caseworkers;
    const changed = {
      ...demo,
      caseworkers: [
        { ...a!, status: 'on-leave' as const, unitId: null },
        { ...b!, status: 'left' as const },
        { ...c!, deletedAt: '2026-03-01T10:00:00.000Z' },
        { ...d!, role: '' },
        ...demo.caseworkers.slice(4),
      ],
      units: [{ ...demo.units[0]!, deletedAt: '2026-03-01T10:00:00.000Z' }, ...demo.units.slice(1)],
    };
    const summary = buildHome(changed, demo.settings, today).summary;
    const present = demo.caseworkers.slice(4).filter((x) => x.status !== 'left');
    expect(summary).toMatchObject({
      activeCaseworkers: present.filter((x) => x.status === 'active').length + 1,
      onLeave: present.filter((x) => x.status === 'on-leave').length + 1,
      units: demo.units.length - 1,
      rollouts: demo.rollouts.length,
      withoutUnit: 1 + present.filter((x) => x.unitId === null).length,
      withoutRole: 1 + present.filter((x) => !x.role).length,
    });
    expect(summary.currentRollout?.id).toBe(demo.settings.currentRolloutId);
    expect(
      buildHome(demo, { ...demo.settings, currentRolloutId: null }, today).summary.currentRollout,
    ).toBeNull();
  });

  it('carries the headline funnel', () => {
    expect(home.funnel.series[0]).toEqual({ stage: 'In scope', count: 31, percent: 100 });
  });
});

describe('a home model kept for the next start', () => {
  const settings = demo.settings;

  it('is kept for the same settings whatever filter the dashboard remembers, not for another role or rollout', () => {
    const key = homeModelKey(settings);
    expect(
      homeModelKey({
        ...settings,
        dashboardFilter: { ...emptyFilter(null), role: 'Intake' },
        updatedAt: 'later',
      }),
    ).toBe(key);
    expect(homeModelKey({ ...settings, role: 'trainer' })).not.toBe(
      homeModelKey({ ...settings, role: 'lead' }),
    );
    expect(homeModelKey({ ...settings, currentRolloutId: 'another' })).not.toBe(key);
  });

  it('gives today’s figures only if nothing was written since and it was built today', () => {
    expect(keptIsCurrent({ day: today, unchanged: true }, today)).toBe(true);
    expect(keptIsCurrent({ day: today, unchanged: false }, today)).toBe(false);
    expect(keptIsCurrent({ day: '2026-03-13', unchanged: true }, today)).toBe(false);
  });
});
