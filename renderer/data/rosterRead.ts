// The roster as the screens look people up: every live caseworker (in no order: sorting opens every sealed name, and
// the screens that list people by name sort a slice at a time) and the units by name. One copy shared by the
// coaching, standup, gap and measure screens (sharedRead.ts), read again only when caseworkers or units change: at
// agency scale reading the 5,000 caseworkers again was a few hundred milliseconds of every visit of these screens
// (issue 15).
import { caseworkerRepository, unitRepository } from './rosterRepository';
import { sharedRead } from './sharedRead';

async function readRoster() {
  const [caseworkers, units] = await Promise.all([caseworkerRepository.list(), unitRepository.listByName()]);
  return { caseworkers, units };
}
export type RosterCopy = Awaited<ReturnType<typeof readRoster>>;

export const rosterRead = sharedRead(['caseworkers', 'units'], readRoster);
