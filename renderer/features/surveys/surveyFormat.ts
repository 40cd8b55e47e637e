// Words shared by the survey screens: thresholds, and how a response was given. Numbers and dates: domain/format.
import type { StanceThresholds } from '../../domain/survey/scoreResponse';

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
