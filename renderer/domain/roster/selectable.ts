// Which caseworkers a screen offers: one rule each for choosing someone to work with, and for placing someone in a
// cohort, instead of every screen deciding on its own.
import type { CaseworkerStatus } from '../model';
import { isLive } from '../model';

interface OnRoster {
  status: CaseworkerStatus;
  deletedAt: string | null;
}
interface Person extends OnRoster {
  id: string;
}

/**
 * Whether a caseworker can be chosen in a form or list of people to work with (coaching, gaps, measures, surveys):
 * everyone on the roster who has not left. People on leave stay selectable: they come back and their records go on.
 */
export const isSelectable = (c: OnRoster): boolean => isLive(c) && c.status !== 'left';

/**
 * The people a picker offers: the selectable ones, plus the one a record already names (even if they left since), so
 * an older record still shows its person.
 */
export function selectableCaseworkers<T extends Person>(people: readonly T[], chosenId?: string | null): T[] {
  return people.filter((c) => isSelectable(c) || (chosenId != null && c.id === chosenId && isLive(c)));
}

/**
 * Whether a caseworker is placed in cohorts and waves: only people at work now. Someone on leave keeps any place they
 * already have but is not placed anew.
 */
export const isPlaceable = (c: OnRoster): boolean => isLive(c) && c.status === 'active';
