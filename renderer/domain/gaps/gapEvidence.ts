// What the app already knows about a caseworker that bears on a gap: visit rate against the target, caseload against
// the standard range, recent rubric scores; and which measures and coaching entries are worth linking as evidence.
import type { CoachingEntry, MonthlyMeasure } from '../model';
import { formatPercent, percentOf } from '../format/format';

export interface Standards {
  /** Percent of due visits that should be made. */
  visitTarget: number;
  caseloadMin: number;
  caseloadMax: number;
}

export interface VisitRate {
  made: number;
  due: number;
  /** Percent 0-100, or null when nothing was due. */
  rate: number | null;
  belowTarget: boolean;
}

/** Visits made over visits due across the given months, against the target. */
export function visitRate(
  measures: readonly Pick<MonthlyMeasure, 'visitsDue' | 'visitsMade'>[],
  target: number,
): VisitRate {
  let made = 0;
  let due = 0;
  for (const m of measures) {
    made += m.visitsMade;
    due += m.visitsDue;
  }
  // The whole percent shown is the one compared with the target, so a rate never reads as passing while it fails.
  const rate = percentOf(made, due);
  return { made, due, rate, belowTarget: rate !== null && rate < target };
}

export type CaseloadStanding = 'below' | 'within' | 'above' | 'unknown';

export function caseloadStanding(caseload: number | null, standards: Standards): CaseloadStanding {
  if (caseload === null) return 'unknown';
  if (caseload > standards.caseloadMax) return 'above';
  if (caseload < standards.caseloadMin) return 'below';
  return 'within';
}

export const caseloadStandingLabel: Record<CaseloadStanding, string> = {
  below: 'Below the standard',
  within: 'Within the standard',
  above: 'Above the standard',
  unknown: 'Not known',
};

/** "82%": the whole percent visitRate compared with the target. */
export function formatRate(rate: number | null): string {
  return rate === null ? 'no visits due' : formatPercent(rate);
}

/** Average of an entry's rubric ratings, or null when it has none. */
export function entryAverage(entry: Pick<CoachingEntry, 'ratings'>): number | null {
  const values = Object.values(entry.ratings);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export interface WorkerEvidence {
  /** The most recent months with measures, newest first (up to three). */
  recentMonths: MonthlyMeasure[];
  visits: VisitRate;
  caseload: { value: number | null; from: 'measures' | 'roster' | 'none'; standing: CaseloadStanding };
  /** Recent rubric-rated entries, newest first (up to five), with their averages. */
  rated: { entry: CoachingEntry; average: number }[];
  ratedAverage: number | null;
  /** Short sentences for what stands out ("Visit rate 82% is below the 95% target."). */
  flags: string[];
  /** Records worth linking as evidence: low months and weak or telling coaching entries. */
  suggested: { kind: 'measure' | 'coaching'; id: string }[];
}

const RECENT_MONTHS = 3;
const RECENT_RATED = 5;
const WEAK_AVERAGE = 2.5;

/** Everything the wizard and the gap screens show as evidence for one caseworker. Pass only their records. */
export function workerEvidence(input: {
  measures: readonly MonthlyMeasure[];
  entries: readonly CoachingEntry[];
  rosterCaseload: number | null;
  standards: Standards;
}): WorkerEvidence {
  const { standards } = input;
  const recentMonths = [...input.measures]
    .sort((a, b) => b.month.localeCompare(a.month))
    .slice(0, RECENT_MONTHS);
  const visits = visitRate(recentMonths, standards.visitTarget);
  const latestCaseload = recentMonths.find((m) => m.caseload !== null)?.caseload ?? null;
  const caseloadValue = latestCaseload ?? input.rosterCaseload;
  const caseload = {
    value: caseloadValue,
    from:
      latestCaseload !== null
        ? ('measures' as const)
        : input.rosterCaseload !== null
          ? ('roster' as const)
          : ('none' as const),
    standing: caseloadStanding(caseloadValue, standards),
  };
  const rated = [...input.entries]
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap((entry) => {
      const average = entryAverage(entry);
      return average === null ? [] : [{ entry, average }];
    })
    .slice(0, RECENT_RATED);
  const ratedAverage = rated.length === 0 ? null : rated.reduce((a, r) => a + r.average, 0) / rated.length;

  const flags: string[] = [];
  if (visits.belowTarget)
    flags.push(
      `Visit rate ${formatRate(visits.rate)} over the last ${String(recentMonths.length)} months is below the ${String(standards.visitTarget)}% target.`,
    );
  if (caseload.standing === 'above')
    flags.push(
      `Caseload ${String(caseload.value)} is above the standard range of ${String(standards.caseloadMin)}-${String(standards.caseloadMax)}.`,
    );
  if (ratedAverage !== null && ratedAverage < WEAK_AVERAGE)
    flags.push(`Recent rubric scores average ${ratedAverage.toFixed(1)} of 4.`);

  const suggested: WorkerEvidence['suggested'] = [];
  for (const m of recentMonths) {
    const r = visitRate([m], standards.visitTarget);
    if (r.belowTarget) suggested.push({ kind: 'measure', id: m.id });
  }
  for (const { entry, average } of rated) {
    if (average < WEAK_AVERAGE) suggested.push({ kind: 'coaching', id: entry.id });
  }
  for (const entry of input.entries) {
    if (entry.renegade !== null && !suggested.some((s) => s.id === entry.id))
      suggested.push({ kind: 'coaching', id: entry.id });
  }
  return { recentMonths, visits, caseload, rated, ratedAverage, flags, suggested: suggested.slice(0, 6) };
}
