// Small wording and arithmetic helpers shared by the report assemblers, so every report says numbers the same way.
import type { DashboardData } from '../dashboard/buildDashboard';
import {} from '../model';

/** Everything a report can read. Loaders may fill only the rows a report needs; assemblers never assume more. */
export type ReportSource = DashboardData;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Whole percent, or null when there is nothing to divide by. */
export const percent = (n: number, d: number): number | null => (d === 0 ? null : Math.round((100 * n) / d));

export const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((t, x) => t + x, 0) / xs.length;

/** "March 2026" for 2026-03. */
export const monthName = (month: string): string =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** "Mar 14, 2026" for 2026-03-14; the same on every machine, so printed reports read alike. */
export const dayName = (date: string): string =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The month `n` months before `month` (YYYY-MM). */
export function monthsBefore(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 - n;
  const d = new Date(Date.UTC(y, m, 1));
  return d.toISOString().slice(0, 7);
}
