// The rules a month of measures must meet before it is saved, with messages that name the field: visits made cannot
// exceed visits due, nothing negative or fractional, good-quality visits within visits made, and no month in the future.
import type { FieldIssue } from '../model';

export interface MeasureDraft {
  month: string;
  visitsDue: number | null;
  visitsMade: number | null;
  visitsGoodQuality: number | null;
  caseload: number | null;
}

export const measureFieldLabel = {
  month: 'Month',
  visitsDue: 'Visits due',
  visitsMade: 'Visits made',
  visitsGoodQuality: 'Good-quality visits',
  caseload: 'Caseload',
} as const;

/** Reads a typed number: '' is null, anything else must be a plain number (decimals are caught by checkMeasure). */
export function readNumber(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : 'invalid';
}

/** Every problem with one caseworker's month; empty when it can be saved. `today` is YYYY-MM-DD. */
export function checkMeasure(m: MeasureDraft, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m.month))
    issues.push({ field: 'month', message: 'Month must be a month like 2026-03.' });
  else if (m.month > today.slice(0, 7))
    issues.push({
      field: 'month',
      message: `Month ${m.month} is in the future; measures are entered after the month.`,
    });
  const numbers = ['visitsDue', 'visitsMade', 'visitsGoodQuality', 'caseload'] as const;
  for (const key of numbers) {
    const value = m[key];
    const label = measureFieldLabel[key];
    if (value === null) {
      if (key !== 'caseload') issues.push({ field: key, message: `${label} is required.` });
    } else if (!Number.isInteger(value))
      issues.push({ field: key, message: `${label} must be a whole number.` });
    else if (value < 0) issues.push({ field: key, message: `${label} cannot be negative.` });
  }
  const ok = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 0;
  if (ok(m.visitsMade) && ok(m.visitsDue) && m.visitsMade > m.visitsDue)
    issues.push({
      field: 'visitsMade',
      message: `Visits made (${String(m.visitsMade)}) cannot be more than visits due (${String(m.visitsDue)}).`,
    });
  if (ok(m.visitsGoodQuality) && ok(m.visitsMade) && m.visitsGoodQuality > m.visitsMade)
    issues.push({
      field: 'visitsGoodQuality',
      message: `Good-quality visits (${String(m.visitsGoodQuality)}) cannot be more than visits made (${String(m.visitsMade)}).`,
    });
  return issues;
}
