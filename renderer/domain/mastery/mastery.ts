// Mastery (PRODUCT.md 4.7): each caseworker's level from the five components (training, coaching, cohort,
// opportunity, time) with the rules of settings.mastery, followed over time: "proficient since" is the start of the
// current unbroken run of days on which every proficient rule held, so a dip restarts it, and "mastered" needs that
// run to have lasted the set number of days with no gap on the tool open. Pure: the evidence and `today` go in.
import type { MasteryRules } from '../model';
import { dayNumber, dateOfDay, ratingText, roundRating } from './masteryNumbers';
import { formatDayOr, plural } from '../format/format';

export type { MasteryRules } from '../model';

export const masteryLevels = ['not-started', 'in-training', 'practicing', 'proficient', 'mastered'] as const;
export type MasteryLevel = (typeof masteryLevels)[number];
export const masteryLabel: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  'in-training': 'In training',
  practicing: 'Practicing',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

export const atLeast = (level: MasteryLevel, floor: MasteryLevel): boolean =>
  masteryLevels.indexOf(level) >= masteryLevels.indexOf(floor);

/** One person's evidence, already limited to the rollout. Nothing after `today` counts, whatever is passed in. */
export interface MasteryEvidence {
  /** Dates of training sessions attended. */
  trainingDates: readonly string[];
  /** Coaching entries about the person. `toolRating` is the entry's mean rating on the tool-use rubric, if rated on it. */
  entries: readonly { date: string; toolUsed: boolean; toolRating: number | null }[];
  /** Days of use told at standups ("used the tool yesterday"): the working day before each standup. */
  standupUseDays: readonly string[];
  /** Days with records in an imported tool-usage log. */
  importedUseDays: readonly string[];
  /** The person's cohort in the rollout, if any. */
  cohort: { name: string; wave: number } | null;
  /** Dates of the cohort's standups the person attended. */
  standupDates: readonly string[];
  /** Gaps about the tool and when each was open; `closedOn` null while still open. */
  toolGaps: readonly { openedOn: string; closedOn: string | null }[];
}

export interface Mastery {
  level: MasteryLevel;
  components: {
    training: { sessions: number; firstDate: string | null };
    coaching: {
      /** Coaching entries in the last `windowDays` days. */
      recentEntries: number;
      windowDays: number;
      /** Entries rated on the tool rubric. */
      ratedEntries: number;
      /** How many of the latest rated entries the average covers (the rule's count, or fewer when there are fewer). */
      averagedEntries: number;
      /** Average of those, rounded to hundredths: the value compared with the rule and shown. */
      average: number | null;
    };
    cohort: { assigned: boolean; name: string | null; wave: number | null; standupsAttended: number };
    opportunity: {
      /** Days with at least one recorded use of the tool: each day counts once, whatever the sources. */
      days: number;
      /** Days on which each source recorded a use (a day can appear under several). */
      fromCoaching: number;
      fromStandups: number;
      fromUsageLog: number;
    };
    time: {
      daysSinceFirstTraining: number | null;
      /** Days in the current proficient run, or null when not proficient. */
      daysProficient: number | null;
      /** Start of the part of the run with no gap on the tool open, and its length; null when not proficient or a gap is open. */
      clearSince: string | null;
      daysClear: number | null;
      openToolGap: boolean;
    };
  };
  ratedEntries: number;
  /** Same as components.coaching.average. */
  averageRating: number | null;
  /** Start of the current unbroken run of proficient days, or null. */
  proficientSince: string | null;
  /** The day the person became mastered in the current run, or null. */
  masteredSince: string | null;
  /** The level in words with what it rests on and what the next level still needs. */
  reason: string;
}

const byDate = <T extends { date: string }>(a: T, b: T): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

export function computeMastery(evidence: MasteryEvidence, rules: MasteryRules, today: string): Mastery {
  const T = dayNumber(today);
  const upToToday = (d: string) => d <= today;
  const training = evidence.trainingDates.filter(upToToday).slice().sort();
  const entries = evidence.entries.filter((e) => upToToday(e.date)).sort(byDate);
  const rated = entries.filter((e) => e.toolRating !== null) as { date: string; toolRating: number }[];

  // Opportunities: every recorded use, each day once.
  const fromCoaching = new Set(entries.filter((e) => e.toolUsed).map((e) => e.date));
  const fromStandups = new Set(evidence.standupUseDays.filter(upToToday));
  const fromUsageLog = new Set(evidence.importedUseDays.filter(upToToday));
  const useDays = [...new Set([...fromCoaching, ...fromStandups, ...fromUsageLog])].sort();

  const firstDate = training[0] ?? null;
  const N = rules.proficientMinRatedEntries;
  const walk = walkProficient(training, rated, useDays, evidence.cohort !== null, rules);
  const proficientSince = walk.since.at(-1) ?? null;

  const { openToolGap, clearSince } = toolGapsOn(evidence.toolGaps, proficientSince, today);
  const daysClear = clearSince ? T - dayNumber(clearSince) : null;
  const mastered = daysClear !== null && daysClear >= rules.masteredAfterDays;

  const average = latestAverage(
    rated.map((e) => e.toolRating),
    N,
  );
  const windowStart = dateOfDay(T - rules.coachingWindowDays + 1);
  const components: Mastery['components'] = {
    training: { sessions: training.length, firstDate },
    coaching: {
      recentEntries: entries.filter((e) => e.date >= windowStart).length,
      windowDays: rules.coachingWindowDays,
      ratedEntries: rated.length,
      averagedEntries: Math.min(rated.length, Math.max(N, 1)),
      average,
    },
    cohort: {
      assigned: evidence.cohort !== null,
      name: evidence.cohort?.name ?? null,
      wave: evidence.cohort?.wave ?? null,
      standupsAttended: new Set(evidence.standupDates.filter(upToToday)).size,
    },
    opportunity: {
      days: useDays.length,
      fromCoaching: fromCoaching.size,
      fromStandups: fromStandups.size,
      fromUsageLog: fromUsageLog.size,
    },
    time: {
      daysSinceFirstTraining: firstDate ? T - dayNumber(firstDate) : null,
      daysProficient: proficientSince ? T - dayNumber(proficientSince) : null,
      clearSince,
      daysClear,
      openToolGap,
    },
  };

  const level = levelFrom(training.length, useDays.length, proficientSince, mastered, rules);
  const masteredSince =
    mastered && clearSince ? dateOfDay(dayNumber(clearSince) + rules.masteredAfterDays) : null;
  const partial: Omit<Mastery, 'reason'> = {
    level,
    components,
    ratedEntries: rated.length,
    averageRating: average,
    proficientSince,
    masteredSince,
  };
  return { ...partial, reason: masteryReason(partial, rules) };
}

/** The average of the latest `n` ratings (at least one), rounded as it is compared and shown; null without ratings. */
function latestAverage(ratings: readonly number[], n: number): number | null {
  const last = ratings.slice(-Math.max(n, 1));
  return last.length === 0 ? null : roundRating(last.reduce((t, x) => t + x, 0) / last.length);
}

/** After each day on which evidence changed: sessions attended, days of use, and the start of the proficient run. */
interface ProficientWalk {
  days: string[];
  sessions: number[];
  uses: number[];
  since: (string | null)[];
}

/**
 * Walks the days on which evidence changed (training, rated entries, days of use; each sorted); after each, asks
 * whether every proficient rule held. The run of proficient days restarts whenever one stops holding (the latest
 * ratings dip below the average, say). The state after a day depends only on evidence up to it.
 */
function walkProficient(
  training: readonly string[],
  rated: readonly { date: string; toolRating: number }[],
  useDays: readonly string[],
  inCohort: boolean,
  rules: MasteryRules,
): ProficientWalk {
  const N = rules.proficientMinRatedEntries;
  const cohortOk = !rules.proficientNeedsCohort || inCohort;
  const days = [...new Set([...training, ...rated.map((e) => e.date), ...useDays])].sort();
  const walk: ProficientWalk = { days, sessions: [], uses: [], since: [] };
  let sessions = 0;
  let uses = 0;
  const ratings: number[] = [];
  let ti = 0;
  let ri = 0;
  let ui = 0;
  let proficientSince: string | null = null;
  for (const d of days) {
    for (; ti < training.length && training[ti] === d; ti++) sessions++;
    for (; ri < rated.length && rated[ri]?.date === d; ri++) ratings.push(rated[ri]?.toolRating ?? 0);
    for (; ui < useDays.length && useDays[ui] === d; ui++) uses++;
    const avg = latestAverage(ratings, N);
    const proficient =
      cohortOk &&
      sessions >= rules.trainingMinSessions &&
      uses >= rules.proficientMinOpportunities &&
      (N === 0 || (ratings.length >= N && avg !== null && avg >= rules.proficientMinAverage));
    if (!proficient) proficientSince = null;
    else proficientSince ??= d;
    walk.sessions.push(sessions);
    walk.uses.push(uses);
    walk.since.push(proficientSince);
  }
  return walk;
}

/**
 * Gaps on the tool as of `day`: one open then holds mastery back; one open during the proficient run restarts the
 * mastery clock when it closed.
 */
function toolGapsOn(
  toolGaps: MasteryEvidence['toolGaps'],
  proficientSince: string | null,
  day: string,
): { openToolGap: boolean; clearSince: string | null } {
  const gaps = toolGaps.filter((g) => g.openedOn <= day);
  const openToolGap = gaps.some((g) => g.closedOn === null || g.closedOn > day);
  let clearSince: string | null = null;
  if (proficientSince && !openToolGap) {
    clearSince = proficientSince;
    for (const g of gaps) if (g.closedOn && g.closedOn > clearSince) clearSince = g.closedOn;
  }
  return { openToolGap, clearSince };
}

function levelFrom(
  sessions: number,
  useDays: number,
  proficientSince: string | null,
  mastered: boolean,
  rules: MasteryRules,
): MasteryLevel {
  return sessions === 0
    ? 'not-started'
    : sessions < rules.trainingMinSessions || useDays < rules.practicingMinOpportunities
      ? 'in-training'
      : !proficientSince
        ? 'practicing'
        : mastered
          ? 'mastered'
          : 'proficient';
}

/**
 * One person's evidence walked once, so their level on any day is a lookup: the dashboard's "to" date moves the day
 * mastery is taken on, and 5,000 people are looked up again instead of computed again. masteryLevelOn(track, day)
 * equals computeMastery(evidence, rules, day).level for every day.
 */
export interface MasteryTrack {
  walk: ProficientWalk;
  toolGaps: MasteryEvidence['toolGaps'];
}

export function masteryTrack(evidence: MasteryEvidence, rules: MasteryRules): MasteryTrack {
  const rated = evidence.entries.filter((e) => e.toolRating !== null).sort(byDate) as {
    date: string;
    toolRating: number;
  }[];
  const useDays = [
    ...new Set([
      ...evidence.entries.filter((e) => e.toolUsed).map((e) => e.date),
      ...evidence.standupUseDays,
      ...evidence.importedUseDays,
    ]),
  ].sort();
  const training = evidence.trainingDates.slice().sort();
  return {
    walk: walkProficient(training, rated, useDays, evidence.cohort !== null, rules),
    toolGaps: evidence.toolGaps,
  };
}

export function masteryLevelOn(track: MasteryTrack, rules: MasteryRules, day: string): MasteryLevel {
  const { days, sessions, uses, since } = track.walk;
  // The last day of change on or before `day` (binary search: the days are sorted).
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? '') <= day) lo = mid + 1;
    else hi = mid;
  }
  const at = lo - 1;
  const proficientSince = at >= 0 ? (since[at] ?? null) : null;
  const { clearSince } = toolGapsOn(track.toolGaps, proficientSince, day);
  const mastered = clearSince !== null && dayNumber(day) - dayNumber(clearSince) >= rules.masteredAfterDays;
  return levelFrom(
    at >= 0 ? (sessions[at] ?? 0) : 0,
    at >= 0 ? (uses[at] ?? 0) : 0,
    proficientSince,
    mastered,
    rules,
  );
}

/** Days of use in words: "tool used on 4 days". */
const daysOfUseText = (n: number) => `tool used on ${plural(n, 'day')}`;

/** What the rating figures rest on: "3 tool-rubric entries, the latest 3 averaging 3.33". */
export function ratingBasis(c: Mastery['components']['coaching']): string {
  if (c.ratedEntries === 0) return 'no tool-rubric entries';
  const entries = plural(c.ratedEntries, 'tool-rubric entry', 'tool-rubric entries');
  const avg = c.average === null ? '' : ratingText(c.average);
  return c.averagedEntries === c.ratedEntries
    ? `${entries} averaging ${avg}`
    : `${entries}, the latest ${c.averagedEntries} averaging ${avg}`;
}

function masteryReason(m: Omit<Mastery, 'reason'>, rules: MasteryRules): string {
  const c = m.components;
  const needs = proficientNeeds(m, rules);
  switch (m.level) {
    case 'not-started':
      return 'Not started: has not attended a training session yet.';
    case 'in-training':
      return c.training.sessions < rules.trainingMinSessions
        ? `In training: attended ${c.training.sessions} of ${plural(rules.trainingMinSessions, 'training session')}; ${daysOfUseText(c.opportunity.days)}.`
        : `In training: attended ${plural(c.training.sessions, 'session')}; ${daysOfUseText(c.opportunity.days)} (practicing needs ${rules.practicingMinOpportunities}).`;
    case 'practicing':
      return `Practicing: trained and ${daysOfUseText(c.opportunity.days)}. For proficient: ${needs.join('; ') || 'keep going'}.`;
    case 'proficient': {
      const basis = `${ratingBasis(c.coaching)}; ${daysOfUseText(c.opportunity.days)}`;
      if (c.time.openToolGap)
        return `Proficient since ${formatDayOr(m.proficientSince, '')}: ${basis}. An open gap on the tool holds mastery back.`;
      const clear =
        c.time.clearSince && c.time.clearSince !== m.proficientSince
          ? ` (${c.time.daysClear ?? 0} since the gap on the tool closed)`
          : ` (${c.time.daysClear ?? 0} so far)`;
      return `Proficient since ${formatDayOr(m.proficientSince, '')}: ${basis}. Mastered after ${plural(rules.masteredAfterDays, 'day')} proficient with no open gap on the tool${clear}.`;
    }
    case 'mastered':
      return `Mastered: proficient since ${formatDayOr(m.proficientSince, '')}, ${plural(c.time.daysClear ?? 0, 'day')} with no open gap on the tool; ${ratingBasis(c.coaching)}; ${daysOfUseText(c.opportunity.days)}.`;
  }
}

/** What proficient still needs, one phrase per unmet rule ("1 more tool-rubric entry"). Empty once proficient. */
export function proficientNeeds(m: Pick<Mastery, 'components'>, rules: MasteryRules): string[] {
  const c = m.components;
  const out: string[] = [];
  if (c.training.sessions < rules.trainingMinSessions)
    out.push(`${plural(rules.trainingMinSessions - c.training.sessions, 'more training session')}`);
  const N = rules.proficientMinRatedEntries;
  if (N > 0) {
    if (c.coaching.ratedEntries < N)
      out.push(
        `${plural(N - c.coaching.ratedEntries, 'more tool-rubric entry', 'more tool-rubric entries')} (${c.coaching.ratedEntries} of ${N})`,
      );
    if (c.coaching.average !== null && c.coaching.average < rules.proficientMinAverage)
      out.push(
        `tool-rubric average ${ratingText(c.coaching.average)}${c.coaching.averagedEntries > 1 ? ` over the latest ${c.coaching.averagedEntries}` : ''}, needs ${ratingText(rules.proficientMinAverage)}`,
      );
  }
  if (rules.proficientNeedsCohort && !c.cohort.assigned) out.push('a place in a cohort');
  if (c.opportunity.days < rules.proficientMinOpportunities)
    out.push(
      `${plural(rules.proficientMinOpportunities - c.opportunity.days, 'more day')} of tool use (${c.opportunity.days} of ${rules.proficientMinOpportunities})`,
    );
  return out;
}
