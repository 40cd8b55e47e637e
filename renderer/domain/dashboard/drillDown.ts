// Following a dashboard number down to the people, gaps or coaching entries behind it: the filters travel in the
// address (so Back returns to the dashboard as it was and a drill-down link can be shared within the app), and what a
// clicked bar or legend item stands for is decided here, with the same rules the charts count by (tests hold every
// list to every segment of its chart).
import type { Caseworker, CoachingEntry, Gap } from '../model';
import { isLive } from '../model';
import type { MasteryLevel } from '../mastery/mastery';
import type { AdopterCategory } from '../survey/adopterCategories';
import type { Stance } from '../survey/scoreResponse';
import { emptyFilter, type DashboardFilter } from './dashboardFilter';
import type { GapType } from './gapSeries';
import { OTHERS } from './topAndBottom';

/** The charts whose bars count people, so a bar (or a legend item) opens the list of those people. */
export const peopleCharts = [
  'mastery-by-wave',
  'mastery-by-unit',
  'stance-by-unit',
  'stance-over-time',
  'adopter-mix',
] as const;
export type PeopleChart = (typeof peopleCharts)[number];
/** The charts whose bars count gaps (opened in the date range, of people in scope). */
export const gapCharts = ['gaps-by-unit', 'gaps-by-month'] as const;
export type GapChart = (typeof gapCharts)[number];
/** The charts whose bars count coaching entries (dated in the range, about people in scope). */
export const entryCharts = ['coaching-by-coach', 'ride-alongs', 'renegades'] as const;
export type EntryChart = (typeof entryCharts)[number];
export type DrillChart = PeopleChart | GapChart | EntryChart;

/** The three lists a drill-down opens, each at /dashboard/<list>. */
export type DrillList = 'people' | 'gaps' | 'entries';
const chartsOf: Record<DrillList, readonly DrillChart[]> = {
  people: peopleCharts,
  gaps: gapCharts,
  entries: entryCharts,
};
export const listOf = (chart: DrillChart): DrillList =>
  (gapCharts as readonly string[]).includes(chart)
    ? 'gaps'
    : (entryCharts as readonly string[]).includes(chart)
      ? 'entries'
      : 'people';

export type StanceKey = Stance | 'not-surveyed';
export const stanceKeys: readonly StanceKey[] = ['cheerleader', 'fence-sitter', 'heckler', 'not-surveyed'];
export const stanceLabel: Record<StanceKey, string> = {
  cheerleader: 'Cheerleaders',
  'fence-sitter': 'Fence-sitters',
  heckler: 'Hecklers',
  'not-surveyed': 'Not surveyed',
};

/** The ride-along chart's series: both parts recorded, the prep missing, the debrief missing (one entry can miss both). */
export const rideAlongSeries = ['complete', 'missingPrep', 'missingDebrief'] as const;
export type RideAlongSeries = (typeof rideAlongSeries)[number];

/**
 * What was clicked: a chart, and a category (a bar: a wave '1'..'4' or 'none', a unit or coach id or 'none', a month
 * YYYY-MM, a survey round id, a Rogers category, or OTHERS for the bar that adds up the rest), a series (a segment or
 * a legend item: a mastery level, a stance, a gap type, a coaching kind...), or both. Null means "any".
 */
export interface DrillPick {
  chart: DrillChart;
  category: string | null;
  series: string | null;
}

/** What each person in scope is, as the people charts count them. */
export interface PeopleInScope {
  caseworkers: readonly Caseworker[];
  /** caseworkerId -> wave in the rollout's cohorts (absent: in no cohort). */
  waveOf: ReadonlyMap<string, number>;
  /** caseworkerId -> mastery level (absent: not started). */
  levelOf: ReadonlyMap<string, MasteryLevel>;
  /** caseworkerId -> latest stance in the date range (absent: not surveyed). */
  stanceOf: ReadonlyMap<string, Stance>;
  /** caseworkerId -> Rogers category by readiness rank (absent: not surveyed). */
  adopterOf: ReadonlyMap<string, AdopterCategory>;
  /** The survey rounds in the date range, in time order, with each person's stance in each (absent: did not answer). */
  rounds: ReadonlyArray<{ id: string; name: string; openedOn: string }>;
  stanceInRound: ReadonlyMap<string, ReadonlyMap<string, Stance>>;
}

/** Everything a drill-down list needs from the dashboard it came from, for the same filters. */
export interface DrillContext {
  people: PeopleInScope;
  /** Is a day (YYYY-MM-DD) in the filter's date range? */
  inRange: (day: string) => boolean;
  /** For the charts that add their smallest rows up into one bar: the ids (unit, coach; 'none') in that bar. */
  grouped: Partial<Record<DrillChart, readonly string[]>>;
}

const filterKeys = ['rollout', 'unit', 'role', 'wave', 'from', 'to'] as const;
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The dashboard filter as address parameters; every field is written, so an empty one is kept as chosen. */
export function filterToParams(filter: DashboardFilter): URLSearchParams {
  return new URLSearchParams({
    rollout: filter.rolloutId ?? 'all',
    unit: filter.unitId,
    role: filter.role,
    wave: String(filter.wave),
    from: filter.from,
    to: filter.to,
  });
}

/** The filter an address carries, or null when it carries none (the dashboard then uses the remembered one). */
export function filterFromParams(params: URLSearchParams): DashboardFilter | null {
  if (!filterKeys.some((k) => params.has(k))) return null;
  const rollout = params.get('rollout') ?? 'all';
  const wave = Number(params.get('wave') ?? '0');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    ...emptyFilter(rollout === 'all' || rollout === '' ? null : rollout),
    unitId: params.get('unit') ?? '',
    role: params.get('role') ?? '',
    wave: Number.isInteger(wave) && wave >= 0 && wave <= 4 ? wave : 0,
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
  };
}

/**
 * The list behind a click, with the dashboard's filters and what was clicked. The app keeps an address's query in
 * the window's search, before the hash (wouter's hash location): the screen reads it with useSearch.
 */
export function drillDownHref(filter: DashboardFilter, pick: DrillPick): string {
  const params = filterToParams(filter);
  params.set('chart', pick.chart);
  if (pick.category !== null) params.set('category', pick.category);
  if (pick.series !== null) params.set('series', pick.series);
  return `/dashboard/${listOf(pick.chart)}?${params.toString()}`;
}

/** The dashboard, with the same filters (where "Back to the dashboard" leads). */
export function dashboardHref(filter: DashboardFilter): string {
  return `/dashboard?${filterToParams(filter).toString()}`;
}

/** The click an address carries, or null when it names no chart of this list (default: the people list). */
export function pickFromParams(params: URLSearchParams, list: DrillList = 'people'): DrillPick | null {
  const chart = params.get('chart');
  if (!chartsOf[list].includes(chart as DrillChart)) return null;
  return { chart: chart as DrillChart, category: params.get('category'), series: params.get('series') };
}

/** A wave bar's key from its label, as the by-wave series names them ("Wave 2", "No cohort"). */
export const waveKey = (wave: number | undefined): string => (wave ? String(wave) : 'none');

/** Does a record whose bar is `key` belong to the clicked category (any, that bar, or the bar of grouped rows)? */
function inCategory(key: string, pick: DrillPick, context: DrillContext): boolean {
  if (pick.category === null || key === pick.category) return true;
  return pick.category === OTHERS && (context.grouped[pick.chart] ?? []).includes(key);
}
const bySeries = (key: string, pick: DrillPick) => pick.series === null || key === pick.series;

const NOT_SURVEYED = 'not-surveyed';
const categoryOf = (chart: DrillChart, person: Caseworker, people: PeopleInScope): string => {
  if (chart === 'mastery-by-wave') return waveKey(people.waveOf.get(person.id));
  if (chart === 'adopter-mix') return people.adopterOf.get(person.id) ?? NOT_SURVEYED;
  return person.unitId ?? 'none';
};

const seriesOf = (chart: DrillChart, person: Caseworker, people: PeopleInScope): string =>
  chart === 'stance-by-unit'
    ? (people.stanceOf.get(person.id) ?? 'not-surveyed')
    : (people.levelOf.get(person.id) ?? 'not-started');

const byName = (a: Caseworker, b: Caseworker) => a.name.localeCompare(b.name);

/**
 * The people a click stands for: everyone in scope in the clicked category and series, by name. The adopter chart has
 * one series (its bars; the curve is not people), so only its category counts. Stances over time: see answersBehind.
 */
export function peopleBehind(
  people: PeopleInScope,
  pick: DrillPick,
  context: DrillContext = { people, inRange: () => true, grouped: {} },
): Caseworker[] {
  return people.caseworkers
    .filter((c) => {
      const category = categoryOf(pick.chart, c, people);
      if (pick.chart === 'adopter-mix')
        // The adopter chart has a bar per category and none for people not surveyed.
        return category !== NOT_SURVEYED && inCategory(category, pick, context);
      return inCategory(category, pick, context) && bySeries(seriesOf(pick.chart, c, people), pick);
    })
    .sort(byName);
}

/** One person's stance in one survey round (the stances-over-time chart counts these). */
export interface RoundAnswer {
  caseworker: Caseworker;
  roundId: string;
  stance: StanceKey;
}

/**
 * What a click on stances over time stands for: each person in scope in each clicked round with the clicked stance
 * (who did not answer that round counts as not surveyed, as in the chart). A legend item spans every round, so a
 * person can appear once per round; the list is by round, then name.
 */
export function answersBehind(context: DrillContext, pick: DrillPick): RoundAnswer[] {
  const { people } = context;
  const sorted = [...people.caseworkers].sort(byName);
  const answers: RoundAnswer[] = [];
  for (const round of people.rounds) {
    if (!inCategory(round.id, pick, context)) continue;
    const stances = people.stanceInRound.get(round.id);
    for (const caseworker of sorted) {
      const stance = stances?.get(caseworker.id) ?? 'not-surveyed';
      if (bySeries(stance, pick)) answers.push({ caseworker, roundId: round.id, stance });
    }
  }
  return answers;
}

/** A gap's type as the gap charts count it. */
export const gapTypeOf = (gap: Gap): GapType => gap.classification ?? 'undiagnosed';

/**
 * The gaps a click stands for: live, about a person in scope, opened in the date range, in the clicked unit (the
 * person's unit) or month, of the clicked type. Newest first.
 */
export function gapsBehind(gaps: readonly Gap[], context: DrillContext, pick: DrillPick): Gap[] {
  const unitOf = new Map(context.people.caseworkers.map((c) => [c.id, c.unitId]));
  return gaps
    .filter((g) => {
      if (!isLive(g) || !unitOf.has(g.caseworkerId) || !context.inRange(g.openedOn)) return false;
      const key =
        pick.chart === 'gaps-by-unit' ? (unitOf.get(g.caseworkerId) ?? 'none') : g.openedOn.slice(0, 7);
      return inCategory(key, pick, context) && bySeries(gapTypeOf(g), pick);
    })
    .sort((a, b) => b.openedOn.localeCompare(a.openedOn));
}

/** The series of an entry in an entry chart, or null when that chart does not count it at all. */
function entrySeries(chart: EntryChart, entry: CoachingEntry): string[] | null {
  if (chart === 'coaching-by-coach') return [entry.kind];
  if (chart === 'renegades') return entry.renegade ? [entry.renegade] : null;
  if (entry.kind !== 'ride-along') return null;
  // Complete is its own stack; a ride-along without prep nor debrief is in both "missing" segments.
  if (entry.prep && entry.debrief) return ['complete'];
  return [...(entry.prep ? [] : ['missingPrep']), ...(entry.debrief ? [] : ['missingDebrief'])];
}

/**
 * The coaching entries a click stands for: live, about a person in scope, dated in the range, with the clicked coach
 * or month and the clicked kind, ride-along part or renegade system. Newest first.
 */
export function entriesBehind(
  entries: readonly CoachingEntry[],
  context: DrillContext,
  pick: DrillPick,
): CoachingEntry[] {
  const chart = pick.chart as EntryChart;
  const inScope = new Set(context.people.caseworkers.map((c) => c.id));
  return entries
    .filter((e) => {
      if (!isLive(e) || !inScope.has(e.caseworkerId) || !context.inRange(e.date)) return false;
      const series = entrySeries(chart, e);
      if (series === null) return false;
      const key = chart === 'coaching-by-coach' ? (e.coachId ?? 'none') : e.date.slice(0, 7);
      return inCategory(key, pick, context) && (pick.series === null || series.includes(pick.series));
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}
