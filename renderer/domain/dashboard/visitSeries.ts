// Visit-rate trend: per month, visits made as a share of visits due (and good-quality visits), against the target.
import type { MonthlyMeasure } from '../model';
import { inRangeOf, measureColumns } from './columns';
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
  const cols = measureColumns(measures, scope.index);
  const monthIn = inRangeOf(cols.months, scope.inRange);
  // Sums per month, by the month's index.
  const m = cols.months.length;
  const due = new Float64Array(m);
  const made = new Float64Array(m);
  const good = new Float64Array(m);
  const workers = new Int32Array(m);
  for (let i = 0; i < cols.length; i++) {
    const w = cols.worker[i] as number;
    const at = cols.monthOf[i] as number;
    if (w < 0 || scope.mask[w] !== 1 || monthIn[at] !== 1) continue;
    due[at] = (due[at] as number) + (cols.due[i] as number);
    made[at] = (made[at] as number) + (cols.made[i] as number);
    good[at] = (good[at] as number) + (cols.good[i] as number);
    workers[at] = (workers[at] as number) + 1;
  }
  const points: VisitPoint[] = [];
  cols.months.forEach((month, at) => {
    if (workers[at] === 0) return;
    const a = { due: due[at] as number, made: made[at] as number, good: good[at] as number };
    points.push({
      month,
      visitRate: percentOf(a.made, a.due),
      qualityRate: percentOf(a.good, a.made),
      target,
      due: a.due,
      made: a.made,
      workers: workers[at] as number,
    });
  });
  return points.sort((a, b) => a.month.localeCompare(b.month));
}
