// Assembles every dashboard chart from the workspace's records and the filters: the series, a one-sentence summary a
// screen reader (or a busy lead) can read instead of the chart, and where the list behind it lives.
import type {
  Caseworker,
  Coach,
  CoachingEntry,
  Cohort,
  Gap,
  MonthlyMeasure,
  Rollout,
  Rubric,
  Settings,
  Standup,
  SurveyInstrument,
  SurveyResponse,
  SurveyRound,
  ToolUsage,
  TrainingSession,
  Unit,
} from '../model';
import { masteryLevelOn, masteryLevels, type MasteryRules } from '../mastery/mastery';
import { tracksInSteps } from '../mastery/masteryByCaseworker';
import { finish } from '../steps';
import { conversionsOf, latestByCaseworker, latestTwoByPerson, scoreInSteps } from '../survey/surveyResults';
import { toCoachActivitySeries, toRenegadeSeries, toRideAlongCompletionSeries } from './coachingSeries';
import { selectScope, type DashboardFilter } from './dashboardFilter';
import type { DrillContext, PeopleInScope } from './drillDown';
import type { Stance } from '../survey/scoreResponse';
import { memo, memoInSteps } from './memo';
import { topAndBottom } from './topAndBottom';
import { toGapTypesByUnitSeries, toGapsOverTimeSeries } from './gapSeries';
import {
  toFunnelSeries,
  toProgressByUnitSeries,
  toProgressByWaveSeries,
  type ProgressLevel,
} from './progressSeries';
import {
  adopterOfPeople,
  stancesByRound,
  toAdopterMixSeries,
  toStanceByUnitSeries,
  toStanceOverTimeSeries,
} from './surveySeries';
import { surveyInRange } from './surveyInRange';
import { toVisitRateSeries } from './visitSeries';
import { isLive, liveOnly } from '../model';
import { formatCount, formatMonth, formatPercent, percentOf, percentText, plural } from '../format/format';

export interface DashboardData {
  rollouts: Rollout[];
  units: Unit[];
  caseworkers: Caseworker[];
  coaches: Coach[];
  cohorts: Cohort[];
  surveyInstruments: SurveyInstrument[];
  surveyRounds: SurveyRound[];
  surveyResponses: SurveyResponse[];
  trainingSessions: TrainingSession[];
  rubrics: Rubric[];
  coachingEntries: CoachingEntry[];
  standups: Standup[];
  gaps: Gap[];
  monthlyMeasures: MonthlyMeasure[];
  toolUsage: ToolUsage[];
}

/**
 * Every live response of the rollout's rounds (every rollout's with null), scored: computed once per loaded data set.
 * The tables of one load are read together, so the responses array's identity stands for the whole set. A response
 * scores the same whichever rollout is chosen, and the order is total, so every response is scored once and a rollout
 * keeps its own (changing the rollout filter scores nothing again).
 */
export const scoredForRollout = (data: DashboardData, settings: Settings, rolloutId: string | null) =>
  finish(scoredInSteps(data, settings, rolloutId));

/** scoredForRollout in steps, for prepareDashboard: the same cache either way. */
export function* scoredInSteps(data: DashboardData, settings: Settings, rolloutId: string | null) {
  const thresholds = `${settings.cheerleaderMin}|${settings.hecklerMax}`;
  const all = yield* memoInSteps(data.surveyResponses, `scored|*|${thresholds}`, () =>
    scoreInSteps(
      { rounds: data.surveyRounds, instruments: data.surveyInstruments, responses: data.surveyResponses },
      settings,
    ),
  );
  if (!rolloutId) return all;
  return memo(all, `of|${rolloutId}`, () => {
    const roundIds = new Set(data.surveyRounds.filter((r) => r.rolloutId === rolloutId).map((r) => r.id));
    return all.filter((s) => roundIds.has(s.roundId));
  });
}

/**
 * Everyone's mastery evidence in one rollout, walked once per loaded data set and rules (masteryTracks): the levels as
 * of any day (the "to" date) are then lookups, so moving the date range does not gather and walk 200,000 entries again.
 * In steps for prepareDashboard, at once here: the same cache either way.
 */
export function* masteryTracksInSteps(data: DashboardData, rollout: Rollout, rules: MasteryRules) {
  return yield* memoInSteps(
    data.coachingEntries,
    `tracks|${rollout.id}|${rollout.startDate}|${rollout.name}|${JSON.stringify(rules)}`,
    () =>
      tracksInSteps(
        data.caseworkers.filter((c) => isLive(c)).map((c) => c.id),
        data,
        { rolloutId: rollout.id, toolName: rollout.name, since: rollout.startDate, rules },
      ),
  );
}

const masteryTracksOf = (data: DashboardData, rollout: Rollout, rules: MasteryRules) =>
  finish(masteryTracksInSteps(data, rollout, rules));

/** The rollouts whose mastery the dashboard shows for a filter's rollout: that one, or every live one. */
export const rolloutsShown = (data: DashboardData, rolloutId: string | null): Rollout[] => {
  const chosen = data.rollouts.find((r) => r.id === rolloutId);
  return chosen ? [chosen] : data.rollouts.filter((x) => isLive(x));
};

type LevelRow = Record<ProgressLevel, number>;
const practicingShare = (r: LevelRow): number | null =>
  percentOf(
    r.practicing + r.proficient + r.mastered,
    r['not-started'] + r['in-training'] + r.practicing + r.proficient + r.mastered,
  );

/** Every unit by name when there are a dozen or fewer; with more, one sentence on the best and the worst. */
function byUnitSummary(rows: ReadonlyArray<{ unit: string } & LevelRow>): string {
  if (rows.length <= 12)
    return rows
      .map((r) => `${r.unit}: ${formatPercent(practicingShare(r))} practicing or better`)
      .join('; ')
      .concat('.');
  const ranked = [...rows].sort((a, b) => (practicingShare(b) ?? -1) - (practicingShare(a) ?? -1));
  const best = ranked[0];
  const worst = ranked.at(-1);
  const median = ranked[Math.floor(ranked.length / 2)];
  if (!best || !worst || !median) return '';
  return `Of ${rows.length} units, ${best.unit} has the highest share practicing or better (${formatPercent(practicingShare(best))}) and ${worst.unit} the lowest (${formatPercent(practicingShare(worst))}); the middle unit has ${formatPercent(practicingShare(median))}.`;
}

function gapsOverTimeSummary(rows: ReadonlyArray<{ month: string; total: number }>): string {
  const total = rows.reduce((t, r) => t + r.total, 0);
  const busiest = rows.reduce((a, b) => (b.total > a.total ? b : a));
  const last = rows.at(-1);
  return `${plural(total, 'gap')} opened over ${rows.length} months, the most in ${formatMonth(busiest.month)} (${busiest.total})${last ? `; ${last.total} in ${formatMonth(last.month)}` : ''}.`;
}

/**
 * The dashboard of `data` for `filter`, in steps: pauses (yields) between its parts, so the first build of a new
 * copy (Home at first start) can let the window paint between them (prepareDashboard). The result is buildDashboard's.
 */
export function* buildDashboardInSteps(
  data: DashboardData,
  filter: DashboardFilter,
  settings: Settings,
  today: string,
) {
  const rollout = data.rollouts.find((r) => r.id === filter.rolloutId) ?? null;
  const cohorts = liveOnly(data.cohorts).filter((c) => !filter.rolloutId || c.rolloutId === filter.rolloutId);
  const scope = selectScope(data.caseworkers, cohorts, filter);
  const n = scope.ids.size;

  // Survey: rounds of this rollout only, scored with the thresholds in settings.
  const rounds = liveOnly(data.surveyRounds).filter(
    (r) => !filter.rolloutId || r.rolloutId === filter.rolloutId,
  );
  // Scoring every response and every caseworker's mastery depend on the data, not on the unit, role or wave filter:
  // they are computed once per loaded data set (memo) and only narrowed here.
  // With a date range, only the answers given in it count (surveyInRange: worked out from columns, remembered).
  const allScored = scoredForRollout(data, settings, filter.rolloutId);
  const answers =
    filter.from || filter.to
      ? surveyInRange(allScored, filter.from, filter.to, scope.inRange)
      : {
          latest: memo(allScored, 'latest', () => latestByCaseworker(allScored)),
          latestTwo: memo(allScored, 'latest-two', () => latestTwoByPerson(allScored)),
          byRound: stancesByRound(allScored),
        };
  const { latest } = answers;
  yield;

  // Mastery levels as of the end of the date range (today when it is open or later): levels build up over the whole
  // rollout, so the start of the range cannot narrow them, and the summaries say so. With every rollout chosen, each
  // person counts at the highest level they reached in any rollout. Everyone's mastery evidence is walked first, in
  // steps (prepareDashboard has walked it already for the whole workspace; a few people's records have not been).
  for (const r of rolloutsShown(data, filter.rolloutId))
    yield* masteryTracksInSteps(data, r, settings.mastery);
  const asOf = filter.to && filter.to < today ? filter.to : today;
  const levels = memo(
    data.coachingEntries,
    `mastery|${filter.rolloutId ?? '*'}|${asOf}|${JSON.stringify(settings.mastery)}`,
    () => {
      const best = new Map<string, ProgressLevel>();
      for (const r of rolloutsShown(data, filter.rolloutId))
        for (const [id, track] of masteryTracksOf(data, r, settings.mastery)) {
          const level = masteryLevelOn(track, settings.mastery, asOf);
          const held = best.get(id);
          if (!held || masteryLevels.indexOf(level) > masteryLevels.indexOf(held)) best.set(id, level);
        }
      return best;
    },
  );
  const masteryNote = [
    filter.from || filter.to
      ? `Mastery levels are as of ${asOf}; the start of the date range does not narrow them.`
      : '',
    rollout ? '' : 'With all rollouts, each person counts at the highest level reached in any rollout.',
  ]
    .filter(Boolean)
    .join(' ');
  const withNote = (summary: string) => (masteryNote ? `${summary} ${masteryNote}` : summary);
  yield;
  const levelOf = new Map<string, ProgressLevel>();
  for (const id of scope.ids) {
    const level = levels.get(id);
    if (level) levelOf.set(id, level);
  }

  const funnel = toFunnelSeries(scope, {
    surveyed: new Set([...latest.keys()].filter((id) => scope.ids.has(id))),
    trainingSessions: data.trainingSessions,
    coachingEntries: data.coachingEntries,
    levelOf,
    rolloutId: filter.rolloutId,
  });
  const stage = (name: string) => funnel.find((s) => s.stage === name)?.count ?? 0;
  const count = (name: string) => formatCount(stage(name));
  yield;

  const byWave = toProgressByWaveSeries(scope, levelOf);
  const byUnit = toProgressByUnitSeries(scope, data.units, levelOf);
  const stanceByUnit = toStanceByUnitSeries(latest, data.units, scope);
  const stanceOverTime = toStanceOverTimeSeries(answers.byRound, rounds, scope);
  yield;
  // Conversions: each person in scope between their own two latest answered rounds (an empty new round changes nothing).
  const conversions = conversionsOf(answers.latestTwo, (id) => scope.ids.has(id));
  const roundName = new Map(rounds.map((r) => [r.id, r.name]));
  const pairs = [...conversions.roundPairs].sort((a, b) => b[1] - a[1]);
  const pairText = pairs
    .map(([pair]) => pair.split('>').map((id) => roundName.get(id) ?? 'a round'))
    .map(([a, b]) => `${a} to ${b}`);
  const adopterOf = adopterOfPeople(latest, scope);
  const adopters = toAdopterMixSeries(latest, scope, adopterOf);
  yield;
  const unitOf = new Map(data.caseworkers.map((c) => [c.id, c.unitId]));
  const gapsByUnit = toGapTypesByUnitSeries(data.gaps, unitOf, data.units, scope);
  const gapsOverTime = toGapsOverTimeSeries(data.gaps, scope);
  const visits = toVisitRateSeries(data.monthlyMeasures, scope, settings.visitTarget);
  yield;
  const coachActivity = toCoachActivitySeries(data.coachingEntries, data.coaches, scope);
  const rideAlongs = toRideAlongCompletionSeries(data.coachingEntries, scope);
  const renegades = toRenegadeSeries(data.coachingEntries, scope);
  yield;

  const practicingPlus = byWave.reduce((t, r) => t + r.practicing + r.proficient + r.mastered, 0);
  const stanceTotals = stanceByUnit.reduce(
    (t, r) => ({
      c: t.c + r.cheerleader,
      f: t.f + r['fence-sitter'],
      h: t.h + r.heckler,
      ns: t.ns + r['not-surveyed'],
    }),
    { c: 0, f: 0, h: 0, ns: 0 },
  );
  const lastVisit = visits.at(-1);
  const gapTotal = gapsByUnit.reduce((t, r) => t + r.total, 0);
  const gapOpen = gapsByUnit.reduce((t, r) => t + r.open, 0);
  const knowledge = gapsByUnit.reduce((t, r) => t + r.knowledge, 0);
  const execution = gapsByUnit.reduce((t, r) => t + r['execution-barrier'] + r['execution-motivation'], 0);
  const rideTotal = rideAlongs.reduce((t, p) => t + p.total, 0);
  const rideComplete = rideAlongs.reduce((t, p) => t + p.complete, 0);
  const renegadeFirst = renegades.at(0);
  const renegadeLast = renegades.at(-1);
  const busiest = coachActivity[0];

  // What each person in scope is, as the people charts count them: a drill-down lists them (drillDown.ts).
  const stanceOf = new Map<string, Stance>();
  for (const id of scope.ids) {
    const stance = latest.get(id)?.stance;
    if (stance) stanceOf.set(id, stance);
  }
  const people: PeopleInScope = {
    caseworkers: scope.caseworkers,
    waveOf: scope.waveOf,
    levelOf,
    stanceOf,
    adopterOf,
    rounds: stanceOverTime.map((r) => ({ id: r.roundId, name: r.round, openedOn: r.openedOn })),
    stanceInRound: answers.byRound,
  };
  const byUnitChart = topAndBottom(byUnit, {
    label: 'unit',
    id: 'unitId',
    rank: (r) => practicingShare(r) ?? -1,
    what: 'units',
    by: 'share practicing or better',
  });
  const stanceByUnitChart = topAndBottom(stanceByUnit, {
    label: 'unit',
    id: 'unitId',
    rank: (r) =>
      percentOf(r.cheerleader, r.cheerleader + r['fence-sitter'] + r.heckler + r['not-surveyed']) ?? -1,
    what: 'units',
    by: 'share of cheerleaders',
  });
  const gapsByUnitChart = topAndBottom(gapsByUnit, {
    label: 'unit',
    id: 'unitId',
    rank: (r) => r.total,
    what: 'units',
    by: 'number of gaps',
  });
  const coachChart = topAndBottom(coachActivity, {
    label: 'coach',
    id: 'coachId',
    rank: (r) => r.total,
    what: 'coaches',
    by: 'number of entries',
  });
  const drill: DrillContext = {
    people,
    inRange: scope.inRange,
    grouped: {
      'mastery-by-unit': byUnitChart.groupedIds,
      'stance-by-unit': stanceByUnitChart.groupedIds,
      'gaps-by-unit': gapsByUnitChart.groupedIds,
      'coaching-by-coach': coachChart.groupedIds,
    },
  };

  return {
    scopeSize: n,
    /** Each caseworker's mastery level in this rollout (the home screen's wave gates read it). */
    levelOf,
    people,
    /** What a drill-down list needs to list exactly what a bar counts (drillDown.ts). */
    drill,
    funnel: {
      series: funnel,
      summary:
        n === 0
          ? 'Nobody is in scope for these filters.'
          : withNote(
              `Of ${plural(n, 'caseworker')} in scope, ${count('Surveyed')} were surveyed, ${count('In a cohort')} are in a cohort, ${count('Trained')} trained, ${count('Coached')} coached, ${count('Practicing')} practicing or better, ${count('Proficient')} proficient or better, and ${count('Mastered')} have mastered the tool.`,
            ),
    },
    byWave: {
      series: byWave,
      summary: withNote(
        `${formatCount(practicingPlus)} of ${formatCount(n)} caseworkers are practicing or better; ${byWave
          .map(
            (r) =>
              `${r.wave}: ${formatCount(r.practicing + r.proficient + r.mastered)} of ${formatCount(r['not-started'] + r['in-training'] + r.practicing + r.proficient + r.mastered)}`,
          )
          .join('; ')}.`,
      ),
    },
    byUnit: {
      series: byUnit,
      chart: byUnitChart,
      summary: withNote(byUnitSummary(byUnit)),
    },
    stanceByUnit: {
      series: stanceByUnit,
      chart: stanceByUnitChart,
      summary: `Latest stances: ${plural(stanceTotals.c, 'cheerleader')}, ${plural(stanceTotals.f, 'fence-sitter')}, ${plural(stanceTotals.h, 'heckler')}, and ${stanceTotals.ns} not yet surveyed.`,
    },
    stanceOverTime: {
      series: stanceOverTime,
      conversions,
      summary:
        stanceOverTime.length === 0
          ? 'No survey rounds in this range.'
          : conversions.compared > 0
            ? `Between each person's two latest answered rounds (${pairText.join('; ')}), ${plural(conversions.up.length, 'person', 'people')} moved toward cheerleader and ${conversions.down.length} moved back, of ${conversions.compared} who answered two rounds.`
            : `${plural(stanceOverTime.length, 'round')} so far; conversions appear once someone has answered two.`,
    },
    adopters: {
      series: adopters,
      summary: `By readiness rank: ${adopters.map((a) => `${a.actual} ${a.category.toLowerCase()} (curve: ${a.expected})`).join(', ')}. These are labels, never quotas.`,
    },
    gapsByUnit: {
      series: gapsByUnit,
      chart: gapsByUnitChart,
      summary:
        gapTotal === 0
          ? 'No gaps recorded for these filters.'
          : `${plural(gapTotal, 'gap')}, ${gapOpen} still open: ${knowledge} knowledge, ${execution} execution.`,
    },
    gapsOverTime: {
      series: gapsOverTime,
      summary:
        gapsOverTime.length === 0
          ? 'No gaps opened in this range.'
          : gapsOverTime.length > 12
            ? gapsOverTimeSummary(gapsOverTime)
            : gapsOverTime.map((r) => `${formatMonth(r.month)}: ${r.total}`).join('; ') + '.',
    },
    visits: {
      series: visits,
      target: settings.visitTarget,
      summary: lastVisit
        ? `In ${formatMonth(lastVisit.month)}, ${formatPercent(lastVisit.visitRate)} of due face-to-face visits were made (target ${settings.visitTarget}%), ${formatPercent(lastVisit.qualityRate)} of them good quality.`
        : 'No monthly measures recorded for these filters.',
    },
    coachActivity: {
      series: coachActivity,
      chart: coachChart,
      summary: busiest
        ? `${plural(
            coachActivity.reduce((t, r) => t + r.total, 0),
            'coaching entry',
            'coaching entries',
          )}; the most active coach is ${busiest.coach} with ${busiest.total}.`
        : 'No coaching entries for these filters.',
    },
    rideAlongs: {
      series: rideAlongs,
      summary:
        rideTotal === 0
          ? 'No ride-alongs for these filters.'
          : `${rideComplete} of ${plural(rideTotal, 'ride-along')} (${percentText(rideComplete, rideTotal)}) had both a prep and a debrief.`,
    },
    renegades: {
      series: renegades,
      summary:
        renegadeFirst && renegadeLast
          ? `${renegades.reduce((t, p) => t + p.total, 0)} sightings of paper notes, spreadsheets or other tools: ${renegadeFirst.total} in ${formatMonth(renegadeFirst.month)}, ${renegadeLast.total} in ${formatMonth(renegadeLast.month)}.`
          : 'No coaching entries for these filters.',
    },
  };
}

/** buildDashboardInSteps at once. */
export function buildDashboard(
  data: DashboardData,
  filter: DashboardFilter,
  settings: Settings,
  today: string,
) {
  return finish(buildDashboardInSteps(data, filter, settings, today));
}

export type DashboardModel = ReturnType<typeof buildDashboard>;
