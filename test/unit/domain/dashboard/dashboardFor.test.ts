// dashboardFor: buildDashboard remembered per data set, so Home, the dashboard and the rollout report share one build
// and a filter seen a moment ago comes back without building again; anything that changes the charts builds anew.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { buildDashboard } from '../../../../renderer/domain/dashboard/buildDashboard';
import { dashboardFor, dashboardInSteps } from '../../../../renderer/domain/dashboard/dashboardFor';
import { finish } from '../../../../renderer/domain/steps';
import { emptyFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';

const today = '2026-03-14';
const demo = generateDemo(7, today);
const all = emptyFilter(demo.settings.currentRolloutId);

describe('dashboardFor', () => {
  it('gives the model buildDashboard builds, the same object for the same data, filter, settings and day', () => {
    const first = dashboardFor(demo, all, demo.settings, today);
    // The drill-down's date test is a function: compared by what it answers, everything else by value.
    const {
      drill: { inRange: inRangeFirst, ...drillFirst },
      ...restFirst
    } = first;
    const {
      drill: { inRange: inRangeBuilt, ...drillBuilt },
      ...restBuilt
    } = buildDashboard(demo, all, demo.settings, today);
    expect(restFirst).toEqual(restBuilt);
    expect(drillFirst).toEqual(drillBuilt);
    for (const day of ['2020-01-01', today, '2031-07-14']) expect(inRangeFirst(day)).toBe(inRangeBuilt(day));
    // A filter equal in value (another object, its keys in another order) and settings that differ only in the
    // remembered filter and their stamp.
    const same = { to: '', from: '', wave: 0, role: '', unitId: '', rolloutId: all.rolloutId };
    const saved = {
      ...demo.settings,
      dashboardFilter: { ...all, wave: 2 },
      updatedAt: '2026-03-14T10:00:00.000Z',
    };
    expect(dashboardFor(demo, same, saved, today)).toBe(first);
  });

  it('builds again for another filter, other settings, another day or another data set, and keeps recent filters', () => {
    const first = dashboardFor(demo, all, demo.settings, today);
    const wave2 = dashboardFor(demo, { ...all, wave: 2 }, demo.settings, today);
    expect(wave2).not.toBe(first);
    expect(wave2.scopeSize).toBeLessThan(first.scopeSize);
    expect(dashboardFor(demo, all, { ...demo.settings, visitTarget: 55 }, today)).not.toBe(first);
    expect(dashboardFor(demo, all, demo.settings, '2026-03-15')).not.toBe(first);
    expect(dashboardFor({ ...demo }, all, demo.settings, today)).not.toBe(first);
    // Back to the first filter after a few others: still built.
    expect(dashboardFor(demo, all, demo.settings, today)).toBe(first);
  });

  it('forgets the least recently used filters beyond the few it keeps', () => {
    const first = dashboardFor(demo, all, demo.settings, today);
    for (let i = 1; i <= 9; i++) dashboardFor(demo, { ...all, from: `2025-01-0${i}` }, demo.settings, today);
    expect(dashboardFor(demo, all, demo.settings, today)).not.toBe(first);
  });

  it('shares the series of the dashboard on screen, also one built from another read, so its charts are not drawn again', () => {
    const unit = { ...all, unitId: demo.units[0]?.id ?? '' };
    const onScreen = dashboardFor(demo, unit, demo.settings, today);
    const otherRead = { ...demo };
    const again = finish(dashboardInSteps(otherRead, unit, demo.settings, today, onScreen));
    expect(again).not.toBe(onScreen);
    expect(again.funnel.series).toBe(onScreen.funnel.series);
    expect(again.visits.series).toBe(onScreen.visits.series);
    // Without it, the series are the new read's own.
    const alone = finish(dashboardInSteps({ ...demo }, unit, demo.settings, today));
    expect(alone.funnel.series).not.toBe(onScreen.funnel.series);
    expect(alone.funnel.series).toEqual(onScreen.funnel.series);
  });
});
