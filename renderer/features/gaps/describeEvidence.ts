// An evidence link in words: a month of measures with its visit rate, or a coaching entry with its date, kind and score.
import { entryAverage, formatRate, visitRate } from '../../domain/gaps/gapEvidence';
import type { GapEvidenceSource } from './useGaps';

const kindLabel: Record<string, string> = {
  observation: 'Observation',
  'ride-along': 'Ride-along',
  modelling: 'Modelling visit',
  'one-to-one': 'One-to-one',
  'case-review': 'Case review',
};

export function describeEvidence(
  ws: Pick<GapEvidenceSource, 'measures' | 'entries' | 'settings'>,
  link: { kind: 'measure' | 'coaching'; id: string },
): string {
  if (link.kind === 'measure') {
    const m = ws.measures.find((x) => x.id === link.id);
    if (!m) return 'Monthly measures (no longer available)';
    const r = visitRate([m], ws.settings.visitTarget);
    return `Measures ${m.month}: ${m.visitsMade} of ${m.visitsDue} visits made (${formatRate(r.rate)}), ${m.visitsGoodQuality} of good quality${m.caseload !== null ? `, caseload ${m.caseload}` : ''}`;
  }
  const e = ws.entries.find((x) => x.id === link.id);
  if (!e) return 'Coaching entry (no longer available)';
  const avg = entryAverage(e);
  return [
    `${kindLabel[e.kind] ?? e.kind} on ${e.date}`,
    e.focusSkill,
    avg !== null ? `rubric ${avg.toFixed(1)} of 4` : '',
    e.renegade ? `renegade system seen (${e.renegade})` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
