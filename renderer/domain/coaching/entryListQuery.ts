// The coaching log's filters and how its list is read: unfiltered, only the page shown is read (newest first, through
// the date index); with a caseworker, a coach or a kind, only the entries of that index value are read; only a focus
// skill or words alone need every entry. Matching and the order are the same however the entries were read.
import type { CoachingEntry } from '../model';
import { matchesWords, searchKey, searchWords } from '../csv/foldText';

export interface EntryFilters {
  text: string;
  /** A coaching kind, or '' for every kind. */
  kind: string;
  caseworkerId: string;
  coachId: string;
  focus: string;
}

export const noEntryFilters: EntryFilters = { text: '', kind: '', caseworkerId: '', coachId: '', focus: '' };

/** How the entries a list needs are read: the newest page alone, those of one index value, or all of them. */
export type EntryRead =
  { by: 'newest' } | { by: 'caseworkerId' | 'coachId' | 'kind'; value: string } | { by: 'all' };

/** The cheapest read that holds every entry matching `filters` (the narrowest index first). */
export function entryRead(filters: EntryFilters): EntryRead {
  if (filters.caseworkerId) return { by: 'caseworkerId', value: filters.caseworkerId };
  if (filters.coachId) return { by: 'coachId', value: filters.coachId };
  if (filters.kind) return { by: 'kind', value: filters.kind };
  if (filters.focus || searchWords(filters.text).length > 0) return { by: 'all' };
  return { by: 'newest' };
}

/** Newest first; on the same day the later recorded first. */
export const newestEntryFirst = (a: CoachingEntry, b: CoachingEntry): number =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/**
 * The entries matching `filters`, in the order given (read newest first). Words match the caseworker's name, the focus
 * skill, strengths, growth areas and the note, ignoring accents, case and apostrophes ("obrien" finds Seán O'Brien);
 * only then is an entry's sealed text opened, and only for entries that pass the other filters.
 */
export function filterEntries(
  entries: readonly CoachingEntry[],
  filters: EntryFilters,
  caseworkerName: (id: string) => string,
): CoachingEntry[] {
  const words = searchWords(filters.text);
  return entries.filter(
    (e) =>
      (!filters.kind || e.kind === filters.kind) &&
      (!filters.caseworkerId || e.caseworkerId === filters.caseworkerId) &&
      (!filters.coachId || e.coachId === filters.coachId) &&
      (!filters.focus || e.focusSkill === filters.focus) &&
      (words.length === 0 ||
        matchesWords(
          searchKey(
            [
              caseworkerName(e.caseworkerId),
              e.focusSkill,
              e.strengths,
              e.growthAreas,
              ...Object.values(e.note),
            ].join(' '),
          ),
          words,
        )),
  );
}

/**
 * The focus skills the filter offers: the settings' list (where entries take theirs from), any other skill among the
 * entries read, and the one chosen, once each and sorted. No entry is read for them, so they cost nothing however many
 * entries there are.
 */
export function focusSkillChoices(
  settingsSkills: readonly string[],
  entries: readonly Pick<CoachingEntry, 'focusSkill'>[],
  chosen: string,
): string[] {
  return [
    ...new Set([...settingsSkills, ...entries.map((e) => e.focusSkill), chosen].filter(Boolean)),
  ].sort();
}
