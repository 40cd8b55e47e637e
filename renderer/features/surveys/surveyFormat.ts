// Small formatting helpers shared by the survey screens: dates, thresholds in words, plural nouns.
import type { StanceThresholds } from '../../domain/survey/scoreResponse';

/** "14 Mar 2026" for a YYYY-MM-DD date. */
export const formatDay = (d: string): string =>
  new Date(`${d}T00:00:00`).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${String(n)} ${n === 1 ? one : many}`;

/** How the stance thresholds read, for captions: "Cheerleader: readiness 70 or more; heckler: 40 or less". */
export function thresholdsInWords(t: StanceThresholds): string {
  return `Cheerleader: readiness ${String(t.cheerleaderMin)} or more. Fence-sitter: between ${String(t.hecklerMax)} and ${String(t.cheerleaderMin)}. Heckler: ${String(t.hecklerMax)} or less. Change these in Settings.`;
}

/** How a response was given, for "(typed in by a supervisor)" after its date. */
export const viaLabel = {
  form: 'typed in by a supervisor',
  kiosk: 'given in kiosk mode',
  import: 'imported from a CSV file',
} as const;
