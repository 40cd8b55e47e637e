// Plain-language names for gap classifications and statuses, shared by every screen and report that shows a gap.
import type { gapClassifications, gapStatuses } from '../model';

export type GapClassification = (typeof gapClassifications)[number];
export type GapStatus = (typeof gapStatuses)[number];

export const classificationLabel: Record<GapClassification, string> = {
  knowledge: 'Knowledge gap',
  'execution-barrier': 'Execution gap: barrier',
  'execution-motivation': 'Execution gap: motivation',
  'unclear-expectations': 'Unclear expectations',
  'not-worth-pursuing': 'Not worth pursuing',
};

/** The type in a sentence, for a gap whose answers cannot say more (a diagnosis's own causes are worded from them). */
export const classificationMeaning: Record<GapClassification, string> = {
  knowledge: 'They do not know how: educational supervision, training, practice, feedback.',
  'execution-barrier': 'Something concrete stands in the way: remove it.',
  'execution-motivation': 'The consequences work against it: coaching and fixing consequences.',
  'unclear-expectations': 'They do not know clearly what is expected: say it plainly.',
  'not-worth-pursuing': 'Closed: not worth the effort to fix.',
};

export const statusLabel: Record<GapStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  resolved: 'Resolved',
  dropped: 'Dropped',
};

/** A gap that still needs work. */
export const isActiveStatus = (status: GapStatus): boolean => status === 'open' || status === 'in-progress';
