// Finding a cohort on a board of hundreds (715 at agency scale): every word typed must appear in its name or its role,
// in any case and without accents ("intake north" finds "North Intake 3"), and the board keeps its order.
import type { Cohort } from '../model';
import { matchesWords, searchKey, searchWords } from '../csv/foldText';

/** The cohorts that match what was typed, in the order given; all of them when nothing was typed. */
export function cohortsMatching<C extends Pick<Cohort, 'name' | 'role'>>(
  cohorts: readonly C[],
  query: string,
): readonly C[] {
  const words = searchWords(query);
  if (words.length === 0) return cohorts;
  return cohorts.filter((c) => matchesWords(searchKey(`${c.name} ${c.role}`), words));
}
