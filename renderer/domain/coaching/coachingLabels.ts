// Plain-language names for the coaching kinds and renegade systems, shared by every screen that shows them.
import type { coachingKinds, renegadeKinds } from '../model';

export type CoachingKind = (typeof coachingKinds)[number];
export type RenegadeKind = (typeof renegadeKinds)[number];

export const coachingKindLabel: Record<CoachingKind, string> = {
  observation: 'Observation',
  'ride-along': 'Ride-along',
  modelling: 'Modelling visit',
  'one-to-one': 'One-to-one',
  'case-review': 'Case review',
};

export const renegadeLabel: Record<RenegadeKind, string> = {
  paper: 'Paper notes',
  spreadsheet: 'Private spreadsheet',
  other: 'Other unsupported app',
};

/** The seven elements of a good case note (PRODUCT.md principle 13), in order, with a prompt for each. */
export const noteElements = [
  { key: 'background', label: 'Background', hint: 'The case and the family in a sentence or two.' },
  { key: 'reason', label: 'Reason', hint: 'Why this contact happened.' },
  { key: 'observations', label: 'Observations', hint: 'What you saw and heard.' },
  { key: 'content', label: 'Content', hint: 'What was discussed or done.' },
  { key: 'results', label: 'Results', hint: 'What came of it.' },
  { key: 'impressions', label: 'Impressions', hint: 'Your professional judgement.' },
  { key: 'plan', label: 'Plan', hint: 'What happens next, and by when.' },
] as const;
