// Every live standup with its rows opened, indexed by the people they have a row for: one copy shared by the cohort
// cards (each card's mastery walks its members' standups), read again only when a standup changes (sharedRead.ts).
// Read once the cohort workspace is rather than inside it, so the board draws without waiting for the 2,145 standups
// of an agency (issue 15).
import { standupsOfPeople } from '../domain/cohorts/standupsOfPeople';
import { sharedRead } from './sharedRead';
import { standupRepository } from './standupRepository';

export const standupsRead = sharedRead(['standups'], async () =>
  standupsOfPeople(await standupRepository.listOpened()),
);
