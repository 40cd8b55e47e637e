// prepareDashboard: the dashboard's first build done in steps (so the window can paint between them). It pauses many
// times, leaves the build to find its mastery tracks, scores and columns already worked out, and changes nothing the
// build gives; work done in steps or at once is remembered once.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import {
  buildDashboard,
  masteryTracksInSteps,
  type DashboardData,
} from '../../../../renderer/domain/dashboard/buildDashboard';
import { emptyFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';
import { prepareDashboard } from '../../../../renderer/domain/dashboard/prepareDashboard';
import { evidenceInSteps, masteryEvidence } from '../../../../renderer/domain/mastery/masteryByCaseworker';
import { dashboardInSteps } from '../../../../renderer/domain/dashboard/dashboardFor';
import { finish } from '../../../../renderer/domain/steps';

const today = '2026-03-14';
/** The demo's tables as fresh arrays: nothing remembered from another test. */
const fresh = (data: DashboardData): DashboardData =>
  Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[])] : v]),
  ) as unknown as DashboardData;

/** How many times `steps` pauses before it is done. */
function pauses(steps: Generator<void, unknown>): number {
  let n = 0;
  while (!steps.next().done) n++;
  return n;
}

describe('prepareDashboard', () => {
  const demo = generateDemo(7, today);
  const rollout = demo.rollouts.find((r) => r.id === demo.settings.currentRolloutId);
  if (!rollout) throw new Error('the demo has no current rollout');

  it('pauses between steps, and leaves the mastery tracks worked out for the build', () => {
    const data = fresh(demo);
    expect(pauses(prepareDashboard(data, demo.settings, today))).toBeGreaterThan(5);
    // Remembered: asking again finds them at once, in steps or not.
    expect(pauses(masteryTracksInSteps(data, rollout, demo.settings.mastery))).toBe(0);
    // Only its six pauses between parts are left (the tracks' own steps are not taken again).
    expect(pauses(prepareDashboard(data, demo.settings, today))).toBeLessThan(7);
    // Other rules are other tracks: worked out anew.
    const stricter = { ...demo.settings.mastery, masteredAfterDays: 90 };
    expect(pauses(masteryTracksInSteps(data, rollout, stricter))).toBeGreaterThan(0);
  });

  it('leaves the unfiltered dashboard of the day built, and no other', () => {
    const data = fresh(demo);
    finish(prepareDashboard(data, demo.settings, today));
    const everyone = emptyFilter(demo.settings.currentRolloutId);
    expect(pauses(dashboardInSteps(data, everyone, demo.settings, today))).toBe(0);
    expect(
      pauses(dashboardInSteps(data, { ...everyone, role: 'Intake' }, demo.settings, today)),
    ).toBeGreaterThan(0);
  });

  it('changes nothing the build gives', () => {
    const prepared = fresh(demo);
    finish(prepareDashboard(prepared, demo.settings, today));
    const filter = emptyFilter(demo.settings.currentRolloutId);
    const strip = (m: ReturnType<typeof buildDashboard>) => {
      const { drill, ...rest } = m;
      return { ...rest, grouped: drill.grouped };
    };
    expect(strip(buildDashboard(prepared, filter, demo.settings, today))).toEqual(
      strip(buildDashboard(fresh(demo), filter, demo.settings, today)),
    );
  });

  it('gathers the same evidence in steps as at once, pausing every 20,000 coaching entries', () => {
    const many = { ...demo, coachingEntries: Array.from({ length: 3 }, () => demo.coachingEntries).flat() };
    const ids = demo.caseworkers.map((c) => c.id);
    const opts = { rolloutId: rollout.id, toolName: rollout.name, since: rollout.startDate };
    const steps = evidenceInSteps(ids, many, opts);
    let next = steps.next();
    let n = 0;
    while (!next.done) {
      n++;
      next = steps.next();
    }
    expect(next.value).toEqual(masteryEvidence(ids, many, opts));
    expect(n).toBeGreaterThanOrEqual(Math.floor(many.coachingEntries.length / 20_000) + 2);
  });
});
