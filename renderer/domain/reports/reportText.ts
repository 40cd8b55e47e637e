// Small helpers shared by the report assemblers; numbers, shares and dates are written by domain/format.
import type { DashboardData } from '../dashboard/buildDashboard';
import {} from '../model';

/** Everything a report can read. Loaders may fill only the rows a report needs; assemblers never assume more. */
export type ReportSource = DashboardData;

export const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((t, x) => t + x, 0) / xs.length;

/** The month `n` months before `month` (YYYY-MM). */
export function monthsBefore(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 - n;
  const d = new Date(Date.UTC(y, m, 1));
  return d.toISOString().slice(0, 7);
}
