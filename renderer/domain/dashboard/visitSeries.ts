// Visit-rate trend: per month, visits made as a share of visits due (and good-quality visits), against the target.
import type { MonthlyMeasure } from '../model';
import { measureColumns } from './columns';
import type { Selection } from './dashboardFilter';
import { percentOf } from '../format/format';

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

/** At most one point a month, so even 36 months of an agency's measures draw 36 points. */
export function toVisitRateSeries(
  measures: readonly MonthlyMeasure[],
  scope: Selection,
  target: number,
): VisitPoint[] {
  const byMonth = new Map<string, { due: number; made: number; good: number; workers: number }>();
  const cols = measureColumns(measures, scope.index);
  for (let i = 0; i < cols.length; i++) {
    const w = cols.worker[i] ?? -1;
    const month = cols.month[i] ?? '';
    if (w < 0 || scope.mask[w] !== 1 || !scope.inRange(month)) continue;
    let agg = byMonth.get(month);
    if (!agg) byMonth.set(month, (agg = { due: 0, made: 0, good: 0, workers: 0 }));
    agg.due += cols.due[i] ?? 0;
    agg.made += cols.made[i] ?? 0;
    agg.good += cols.good[i] ?? 0;
    agg.workers += 1;
  }
  return [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, a]) => ({
      month,
      visitRate: percentOf(a.made, a.due),
      qualityRate: percentOf(a.good, a.made),
      target,
      due: a.due,
      made: a.made,
      workers: a.workers,
    }));
}
