// Visit-rate trend: per month, visits made as a share of visits due (and good-quality visits), against the target.
import type { MonthlyMeasure } from '../model';
import type { Selection } from './dashboardFilter';

export interface VisitPoint {
  month: string;
  /** Percent of due visits made, one decimal; null when nothing was due. */
  visitRate: number | null;
  /** Percent of made visits observed as good quality. */
  qualityRate: number | null;
  target: number;
  due: number;
  made: number;
  workers: number;
}

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((1000 * n) / d) / 10);

/** At most one point a month, so even 36 months of an agency's measures draw 36 points. */
export function toVisitRateSeries(
  measures: readonly MonthlyMeasure[],
  scope: Selection,
  target: number,
): VisitPoint[] {
  const byMonth = new Map<string, { due: number; made: number; good: number; workers: number }>();
  for (const m of measures) {
    if (m.deletedAt !== null || !scope.ids.has(m.caseworkerId) || !scope.inRange(m.month)) continue;
    const agg = byMonth.get(m.month) ?? { due: 0, made: 0, good: 0, workers: 0 };
    agg.due += m.visitsDue;
    agg.made += m.visitsMade;
    agg.good += m.visitsGoodQuality;
    agg.workers += 1;
    byMonth.set(m.month, agg);
  }
  return [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, a]) => ({
      month,
      visitRate: pct(a.made, a.due),
      qualityRate: pct(a.good, a.made),
      target,
      due: a.due,
      made: a.made,
      workers: a.workers,
    }));
}
