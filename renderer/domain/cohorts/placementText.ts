// Stance and readiness as shown beside a cohort member. A stored placement reason ("wave 2: cheerleader, readiness
// 87") is history: it was true when the person was placed. Screens show the person's latest stance and readiness with
// the round named, and the placement only as what it was, without its old number, so one page never says 87 and 91.
import type { Stance, StanceThresholds } from '../survey/scoreResponse';
import { stanceLabel } from '../survey/scoreResponse';
import { readinessText } from './buildCohorts';

export interface LatestStance {
  stance: Stance | null;
  readiness: number | null;
  /** The name of the round the answer belongs to. */
  roundName: string;
}

/** "Cheerleader, readiness 91 (Spring pulse)", or "Not surveyed yet". */
export function latestStanceText(latest: LatestStance | undefined, thresholds: StanceThresholds): string {
  if (!latest || latest.stance === null || latest.readiness === null) return 'Not surveyed yet';
  return `${stanceLabel[latest.stance]}, readiness ${readinessText(latest.readiness, thresholds)} (${latest.roundName})`;
}

const stanceWords: Record<string, string> = {
  cheerleader: 'a cheerleader',
  'fence-sitter': 'a fence-sitter',
  heckler: 'a heckler',
};

/** A stored placement reason as history, without the readiness it quoted then. */
export function placementText(reason: string): string {
  const m = /^wave (\d):\s*(.*)$/.exec(reason.trim());
  if (!m) return reason.trim() || 'Placed by hand';
  const wave = m[1] ?? '';
  const rest = (m[2] ?? '').replace(/,?\s*readiness [\d.]+(\s*\([^)]*\))?/, '').trim();
  if (/^assistant coach/.test(rest))
    return `Wave ${wave}: assistant coach, the highest-scoring cheerleader when placed`;
  const byHand = /^moved here by hand(?:;\s*(.+))?$/.exec(rest);
  if (byHand)
    return byHand[1]
      ? `Moved to wave ${wave} by hand (${stanceWords[byHand[1]] ?? byHand[1]} then)`
      : `Moved to wave ${wave} by hand`;
  if (rest === 'not yet surveyed') return `Placed in wave ${wave}, not yet surveyed then`;
  if (stanceWords[rest]) return `Placed in wave ${wave} as ${stanceWords[rest]}`;
  return `Wave ${wave}: ${rest}`;
}
