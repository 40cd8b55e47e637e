// What the workspace search reads: every live person, coaching entry, standup and gap, with the units and cohorts
// that name them. Read once when the search opens (and again when the data changes).
import type { SearchSource } from '../domain/search/workspaceSearch';
import { coachingEntryRepository } from './coachingRepository';
import { cohortRepository } from './cohortRepository';
import { gapRepository } from './gapRepository';
import { caseworkerRepository, unitRepository } from './rosterRepository';
import { standupRepository } from './standupRepository';

export async function loadSearchSource(): Promise<SearchSource> {
  const [caseworkers, units, entries, standups, cohorts, gaps] = await Promise.all([
    caseworkerRepository.listByName(),
    unitRepository.listByName(),
    coachingEntryRepository.listNewestFirst(),
    standupRepository.listNewestFirst(),
    cohortRepository.listByName(),
    gapRepository.listNewestFirst(),
  ]);
  return { caseworkers, units, entries, standups, cohorts, gaps };
}
