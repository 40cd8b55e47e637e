// Mastery (PRODUCT.md 4.7): each caseworker's level from the five components (training, coaching, cohort,
// opportunity, time) with the rules of settings.mastery, and the reason in words. Pure: pass `today` in.
import type { Settings } from '../model';

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

export type MasteryRules = Settings['mastery'];

/** One person's evidence, already limited to the rollout. */
export interface MasteryEvidence {
  /** Dates of training sessions attended. */
  trainingDates: readonly string[];
  /** Coaching entries about the person. `toolRatings` is the entry's mean rating on the tool-use rubric, if rated on it. */
  entries: readonly { date: string; toolUsed: boolean; toolRatings: number | null }[];
  inCohort: boolean;
  standupsAttended: number;
  /** An open or in-progress gap about the tool. */
  openToolGap: boolean;
}

export interface Mastery {
  level: MasteryLevel;
  components: {
    training: { sessions: number; firstDate: string | null };
    coaching: { recentEntries: number; windowDays: number };
    cohort: { assigned: boolean; standupsAttended: number };
    opportunity: { uses: number };
    time: { daysSinceFirstTraining: number | null };
  };
  ratedEntries: number;
  averageRating: number | null;
  /** The day the proficient rules were first all met, or null. */
  proficientSince: string | null;
  reason: string;
}

const dayNumber = (d: string): number => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const mean = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;

export function computeMastery(evidence: MasteryEvidence, rules: MasteryRules, today: string): Mastery {
  const T = dayNumber(today);
  const training = evidence.trainingDates
    .filter((d) => d <= today)
    .slice()
    .sort();
  const firstDate = training[0] ?? null;
  const entries = evidence.entries
    .filter((e) => e.date <= today)
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Dates compare as text, so the window's first day is worked out once rather than per entry.
  const windowStart = new Date((T - rules.coachingWindowDays + 1) * 86_400_000).toISOString().slice(0, 10);
  const recentEntries = entries.filter((e) => e.date >= windowStart).length;
  const uses = entries.filter((e) => e.toolUsed).length;
  const ratings = entries.map((e) => e.toolRatings).filter((r): r is number => r !== null);
  const averageRating = ratings.length ? mean(ratings) : null;
  const days = firstDate ? T - dayNumber(firstDate) : null;

  // The first day on which every proficient rule held, counting only what had happened by then.
  let proficientSince: string | null = null;
  if (firstDate) {
    let u = 0;
    let ratedCount = 0;
    let ratedSum = 0;
    for (const e of entries) {
      if (e.toolUsed) u++;
      if (e.toolRatings !== null) {
        ratedCount++;
        ratedSum += e.toolRatings;
      }
      if (
        u >= rules.proficientMinOpportunities &&
        ratedCount >= rules.proficientMinRatedEntries &&
        (ratedCount === 0 || ratedSum / ratedCount >= rules.proficientMinAverage)
      ) {
        proficientSince = e.date < firstDate ? firstDate : e.date;
        break;
      }
    }
    // A later dip in the average below the bar means not proficient now.
    if (proficientSince && ratings.length > 0 && (averageRating ?? 0) < rules.proficientMinAverage)
      proficientSince = null;
  }

  const components: Mastery['components'] = {
    training: { sessions: training.length, firstDate },
    coaching: { recentEntries, windowDays: rules.coachingWindowDays },
    cohort: { assigned: evidence.inCohort, standupsAttended: evidence.standupsAttended },
    opportunity: { uses },
    time: { daysSinceFirstTraining: days },
  };
  const avgText = averageRating === null ? '' : ` averaging ${averageRating.toFixed(1)}`;
  let level: MasteryLevel;
  let reason: string;
  if (!firstDate) {
    level = 'not-started';
    reason = 'Not started: has not attended a training session yet.';
  } else if (uses < rules.practicingMinOpportunities) {
    level = 'in-training';
    reason = `In training: attended ${plural(training.length, 'session')}; ${plural(uses, 'recorded use')} of the tool in the field (practicing needs ${rules.practicingMinOpportunities}).`;
  } else if (!proficientSince) {
    level = 'practicing';
    const missing: string[] = [];
    if (ratings.length < rules.proficientMinRatedEntries)
      missing.push(`${ratings.length} of ${rules.proficientMinRatedEntries} tool-rubric entries`);
    if (averageRating !== null && averageRating < rules.proficientMinAverage)
      missing.push(`tool-rubric average ${averageRating.toFixed(1)}, needs ${rules.proficientMinAverage}`);
    if (uses < rules.proficientMinOpportunities)
      missing.push(`${uses} of ${rules.proficientMinOpportunities} field uses`);
    reason = `Practicing: trained and used the tool in the field ${plural(uses, 'time')}. For proficient: ${missing.join('; ') || 'keep going'}.`;
  } else {
    const daysProficient = T - dayNumber(proficientSince);
    const mastered = daysProficient >= rules.masteredAfterDays && !evidence.openToolGap;
    level = mastered ? 'mastered' : 'proficient';
    const basis = `${plural(ratings.length, 'tool-rubric entry', 'tool-rubric entries')}${avgText}, ${plural(uses, 'field use')}`;
    reason = mastered
      ? `Mastered: proficient since ${proficientSince} (${daysProficient} days) with no open gap on the tool; ${basis}.`
      : evidence.openToolGap && daysProficient >= rules.masteredAfterDays
        ? `Proficient since ${proficientSince}: ${basis}. An open gap on the tool holds mastery back.`
        : `Proficient since ${proficientSince}: ${basis}. Mastered after ${rules.masteredAfterDays} days proficient (${daysProficient} so far).`;
  }
  return { level, components, ratedEntries: ratings.length, averageRating, proficientSince, reason };
}
