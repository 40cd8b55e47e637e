// What each role opens the app for, as plain data: survey coverage and cohort/wave status for trainers, the headline
// funnel for leads, and the open gaps of a supervisor's unit. The due list comes from the coaching domain.
import type { DashboardData } from '../dashboard/buildDashboard';
import { scoredForRollout } from '../dashboard/buildDashboard';
import { dashboardFor } from '../dashboard/dashboardFor';
import { memo } from '../dashboard/memo';
import { emptyFilter } from '../dashboard/dashboardFilter';
import { waveGates } from '../cohorts/waveGates';
import { classificationLabel, isActiveStatus, statusLabel } from '../gaps/gapLabels';
import type { Settings } from '../model';
import { latestByCaseworker } from '../survey/surveyResults';
import { isSelectable } from '../roster/selectable';
import { isLive } from '../model';
import { workspaceSummary } from './workspaceSummary';

/** How many of those never surveyed the trainer's card names, and how many open gaps the supervisor's lists. */
const NAMED_NOT_SURVEYED = 12;
const LISTED_GAPS = 8;

/**
 * Home's figures. Lists are cut to what the cards show, with their counts: the model is kept for the next start
 * (sealed), and every open gap of an agency is thousands.
 */
export function buildHome(data: DashboardData, settings: Settings, today: string) {
  const rolloutId = settings.currentRolloutId;
  const dashboard = dashboardFor(data, emptyFilter(rolloutId), settings, today);
  const active = data.caseworkers.filter(isSelectable);
  // Names are sealed at rest and opened when first read: only those shown are read.
  const byId = new Map(data.caseworkers.map((c) => [c.id, c]));
  const nameOf = (id: string) => byId.get(id)?.name;

  // Survey coverage in the current rollout's latest round.
  const rounds = data.surveyRounds
    .filter((r) => isLive(r) && r.rolloutId === rolloutId)
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const latestRound = rounds.at(-1) ?? null;
  const scored = scoredForRollout(data, settings, rolloutId);
  // The same latest answers the dashboard reads (remembered with the scores).
  const everSurveyed = memo(scored, 'latest', () => latestByCaseworker(scored));
  const inLatest = new Set(scored.filter((s) => s.roundId === latestRound?.id).map((s) => s.caseworkerId));
  const neverSurveyed = active.filter((c) => !everSurveyed.has(c.id));
  const surveyCoverage = {
    round: latestRound ? { name: latestRound.name, openedOn: latestRound.openedOn } : null,
    answered: active.filter((c) => inLatest.has(c.id)).length,
    active: active.length,
    /** The first few never surveyed, by roster order (the card names them), and how many there are. */
    notSurveyed: neverSurveyed.slice(0, NAMED_NOT_SURVEYED).map((c) => ({ id: c.id, name: c.name })),
    notSurveyedCount: neverSurveyed.length,
  };

  // Cohort and wave status in the current rollout.
  const level = (id: string) => dashboard.levelOf.get(id) ?? 'not-started';
  const cohorts = data.cohorts
    .filter((c) => isLive(c) && c.rolloutId === rolloutId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => {
      const gates = waveGates(c, level);
      const current = gates.find((g) => !g.open) ?? null;
      return {
        id: c.id,
        name: c.name,
        role: c.role,
        members: c.members.length,
        assistant: c.assistantCoachId ? (nameOf(c.assistantCoachId) ?? null) : null,
        gates: gates.map((g) => ({
          wave: g.wave,
          open: g.open,
          practicing: g.practicing,
          total: g.memberIds.length,
        })),
        status: current
          ? `Wave ${current.wave}: ${current.practicing} of ${current.memberIds.length} practicing`
          : gates.length > 0
            ? 'Every wave is ready to hand over'
            : 'No members yet',
      };
    });

  // Open gaps in the supervisor's unit (or every unit when none is chosen).
  const unitId = settings.homeUnitId;
  const inUnit = new Set(active.filter((c) => !unitId || c.unitId === unitId).map((c) => c.id));
  const openGaps = data.gaps
    .filter((g) => isLive(g) && inUnit.has(g.caseworkerId) && isActiveStatus(g.status))
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  // The oldest few (the card lists them) and how many there are.
  const unitGaps = openGaps.slice(0, LISTED_GAPS).map((g) => ({
    id: g.id,
    caseworkerId: g.caseworkerId,
    caseworker: nameOf(g.caseworkerId) ?? 'Unknown caseworker',
    expectation: g.expectation,
    type: g.classification ? classificationLabel[g.classification] : 'Not diagnosed yet',
    status: statusLabel[g.status],
    openedOn: g.openedOn,
  }));

  // The workspace at a glance, as the live summary counts it: kept with the rest, so a start with nothing written
  // since reads none of it again.
  const present = (status: 'active' | 'on-leave') =>
    data.caseworkers.filter((c) => isLive(c) && c.status === status);
  const summary = workspaceSummary({
    active: present('active'),
    onLeave: present('on-leave'),
    units: data.units.filter(isLive).length,
    rollouts: data.rollouts.filter(isLive).length,
    currentRollout: data.rollouts.find((r) => isLive(r) && r.id === rolloutId) ?? null,
  });

  return {
    summary,
    surveyCoverage,
    cohorts,
    funnel: dashboard.funnel,
    unitGaps,
    unitGapCount: openGaps.length,
    unitName: unitId ? (data.units.find((u) => u.id === unitId)?.name ?? null) : null,
  };
}

export type HomeModel = ReturnType<typeof buildHome>;

/** The shape of HomeModel: raise it with any change to what buildHome returns, so a model kept before is not shown. */
const HOME_MODEL_VERSION = 3;

/**
 * What Home's model depends on besides the records and the day (a model kept for the next start is shown only for
 * the same key): the shape of the model and the settings, apart from the dashboard's remembered filter and the
 * settings' stamp, which change with every filter picked on the dashboard and change nothing here.
 */
export const homeModelKey = (settings: Settings): string =>
  JSON.stringify([HOME_MODEL_VERSION, { ...settings, dashboardFilter: null, updatedAt: null }]);
