// The five-component mastery scorecard (PRODUCT.md 4.7, principle 1) as rows a screen can show: for training,
// coaching, cohort, opportunity and time, the person's figure, the rule's threshold, whether it is met, and what is
// still needed. Built from a computed Mastery and the same rules, so the card and the level can never disagree.
import type { MasteryRules } from '../model';
import { masteryLabel, masteryLevels, type Mastery, type MasteryLevel } from './mastery';
import { ratingText } from './masteryNumbers';
import { formatDayOr, plural } from '../format/format';

export const masteryComponents = ['training', 'coaching', 'cohort', 'opportunity', 'time'] as const;
export type MasteryComponent = (typeof masteryComponents)[number];
export const componentLabel: Record<MasteryComponent, string> = {
  training: 'Training',
  coaching: 'Coaching',
  cohort: 'Cohort',
  opportunity: 'Opportunity',
  time: 'Time',
};

export interface ScorecardRow {
  component: MasteryComponent;
  label: string;
  /** The person's figure in words ("2 sessions"). */
  figure: string;
  /** The figure against the rule in a few characters, for a grid of many people ("7 of 10 days"). */
  short: string;
  /** The rule in words ("1 session, to practise"). */
  threshold: string;
  /** The level this component's rule opens. */
  forLevel: MasteryLevel;
  met: boolean;
  /** What is still needed to meet it, or null when met. */
  needed: string | null;
}

export interface Scorecard {
  level: MasteryLevel;
  label: string;
  /** The next level up, or null when mastered. */
  next: MasteryLevel | null;
  rows: ScorecardRow[];
  /** What the next level still needs, one phrase per unmet rule. */
  nextSteps: string[];
  /** "Next: proficient. Still needed: 2 more days of use." */
  summary: string;
}

export function masteryScorecard(m: Mastery, rules: MasteryRules): Scorecard {
  const c = m.components;
  const N = rules.proficientMinRatedEntries;

  const trainingMet = c.training.sessions >= rules.trainingMinSessions;
  const training: ScorecardRow = {
    component: 'training',
    label: componentLabel.training,
    figure:
      c.training.sessions === 0
        ? 'No session attended'
        : `${plural(c.training.sessions, 'session')}, first on ${formatDayOr(c.training.firstDate, '')}`,
    short: `${c.training.sessions} of ${rules.trainingMinSessions}`,
    threshold: `${plural(rules.trainingMinSessions, 'session')} attended`,
    forLevel: 'practicing',
    met: trainingMet,
    needed: trainingMet
      ? null
      : `Attend ${plural(rules.trainingMinSessions - c.training.sessions, 'more training session')}`,
  };

  const enoughRated = c.coaching.ratedEntries >= N;
  const highEnough = c.coaching.average !== null && c.coaching.average >= rules.proficientMinAverage;
  const coachingMet = N === 0 || (enoughRated && highEnough);
  const coachingNeeds: string[] = [];
  if (N > 0 && !enoughRated)
    coachingNeeds.push(
      `${plural(N - c.coaching.ratedEntries, 'more tool-rubric entry', 'more tool-rubric entries')}`,
    );
  if (N > 0 && c.coaching.average !== null && !highEnough)
    coachingNeeds.push(
      `an average of ${ratingText(rules.proficientMinAverage)} (now ${ratingText(c.coaching.average)})`,
    );
  if (N > 0 && c.coaching.average === null && enoughRated) coachingNeeds.push('rated entries');
  const recent = `${plural(c.coaching.recentEntries, 'entry', 'entries')} in the last ${plural(c.coaching.windowDays, 'day')}`;
  const coaching: ScorecardRow = {
    component: 'coaching',
    label: componentLabel.coaching,
    figure:
      c.coaching.ratedEntries === 0
        ? `No tool-rubric entry; ${recent}`
        : `${plural(c.coaching.ratedEntries, 'tool-rubric entry', 'tool-rubric entries')}, ${c.coaching.averagedEntries === c.coaching.ratedEntries ? 'averaging' : `the latest ${c.coaching.averagedEntries} averaging`} ${ratingText(c.coaching.average ?? 0)}; ${recent}`,
    short:
      N === 0
        ? `${c.coaching.recentEntries} recent`
        : c.coaching.average === null
          ? `0 of ${N} rated`
          : `${Math.min(c.coaching.ratedEntries, N)} of ${N}, avg ${ratingText(c.coaching.average)}`,
    threshold:
      N === 0
        ? 'No rubric ratings required'
        : `${plural(N, 'tool-rubric entry', 'tool-rubric entries')}, the latest ${N === 1 ? '' : `${N} `}averaging ${ratingText(rules.proficientMinAverage)} or more`,
    forLevel: 'proficient',
    met: coachingMet,
    needed: coachingMet ? null : capitalise(coachingNeeds.join(' and ')),
  };

  const cohortMet = !rules.proficientNeedsCohort || c.cohort.assigned;
  const cohort: ScorecardRow = {
    component: 'cohort',
    label: componentLabel.cohort,
    figure: c.cohort.assigned
      ? `${c.cohort.name ?? 'A cohort'}, wave ${c.cohort.wave ?? '?'}; ${plural(c.cohort.standupsAttended, 'standup')} attended`
      : 'Not in a cohort of this rollout',
    short: c.cohort.assigned ? `Wave ${c.cohort.wave ?? '?'}` : 'None',
    threshold: rules.proficientNeedsCohort ? 'A place in a cohort' : 'Not required by the rules',
    forLevel: 'proficient',
    met: cohortMet,
    needed: cohortMet ? null : 'A place in a cohort',
  };

  const days = c.opportunity.days;
  const sources = [
    c.opportunity.fromCoaching > 0 ? `coaching ${c.opportunity.fromCoaching}` : '',
    c.opportunity.fromStandups > 0 ? `standups ${c.opportunity.fromStandups}` : '',
    c.opportunity.fromUsageLog > 0 ? `usage log ${c.opportunity.fromUsageLog}` : '',
  ].filter(Boolean);
  const opportunityMet = days >= rules.proficientMinOpportunities;
  const opportunity: ScorecardRow = {
    component: 'opportunity',
    label: componentLabel.opportunity,
    figure: `Tool used on ${plural(days, 'day')}${sources.length > 0 ? ` (${sources.join(', ')})` : ''}`,
    short: `${days} of ${rules.proficientMinOpportunities} days`,
    threshold: `${plural(rules.practicingMinOpportunities, 'day')} to practise, ${plural(rules.proficientMinOpportunities, 'day')} for proficient`,
    forLevel: days >= rules.practicingMinOpportunities ? 'proficient' : 'practicing',
    met: opportunityMet,
    needed: opportunityMet
      ? null
      : days < rules.practicingMinOpportunities
        ? `${capitalise(plural(rules.practicingMinOpportunities - days, 'more day'))} of use to practise`
        : `${capitalise(plural(rules.proficientMinOpportunities - days, 'more day'))} of use`,
  };

  const t = c.time;
  const timeMet = m.level === 'mastered';
  const time: ScorecardRow = {
    component: 'time',
    label: componentLabel.time,
    figure:
      t.daysProficient !== null
        ? `Proficient for ${plural(t.daysProficient, 'day')}${t.openToolGap ? '; a gap on the tool is open' : t.daysClear !== null && t.daysClear !== t.daysProficient ? `, ${plural(t.daysClear, 'day')} since the gap on the tool closed` : ''}`
        : t.daysSinceFirstTraining !== null
          ? `${plural(t.daysSinceFirstTraining, 'day')} since first training; not proficient yet`
          : 'Not trained yet',
    short:
      t.daysProficient === null
        ? 'Not proficient'
        : t.openToolGap
          ? 'Gap open'
          : `${t.daysClear ?? 0} of ${rules.masteredAfterDays} days`,
    threshold: `Proficient for ${plural(rules.masteredAfterDays, 'day')} with no open gap on the tool`,
    forLevel: 'mastered',
    met: timeMet,
    needed: timeMet
      ? null
      : t.daysProficient === null
        ? 'Proficient first'
        : t.openToolGap
          ? 'Close the open gap on the tool'
          : `${capitalise(plural(rules.masteredAfterDays - (t.daysClear ?? 0), 'more day'))}`,
  };

  const rows = [training, coaching, cohort, opportunity, time];
  const index = masteryLevels.indexOf(m.level);
  const next = masteryLevels[index + 1] ?? null;
  const gates: Record<MasteryLevel, MasteryComponent[]> = {
    'not-started': [],
    'in-training': ['training'],
    practicing: ['training', 'opportunity'],
    proficient: ['training', 'coaching', 'cohort', 'opportunity'],
    mastered: ['time'],
  };
  let nextSteps: string[] = [];
  if (next === 'in-training') nextSteps = ['Attend a training session'];
  else if (next === 'practicing')
    nextSteps = [
      ...(trainingMet ? [] : [training.needed ?? '']),
      ...(days < rules.practicingMinOpportunities ? [opportunity.needed ?? ''] : []),
    ];
  else if (next)
    nextSteps = rows
      .filter((r) => gates[next].includes(r.component) && !r.met && r.needed)
      .map((r) => r.needed ?? '');
  const summary =
    next === null
      ? 'Mastered: every rule is met.'
      : `Next: ${masteryLabel[next].toLowerCase()}.${nextSteps.length > 0 ? ` Still needed: ${nextSteps.map(lowerFirst).join('; ')}.` : ''}`;
  return { level: m.level, label: masteryLabel[m.level], next, rows, nextSteps, summary };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
