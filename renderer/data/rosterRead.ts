// The roster as the screens look people up: every live caseworker and unit, by name (their names are sealed: opened in
// bulk with the platform's cipher, then sorted). One copy shared by the coaching, standup, gap, measure and due
// screens (sharedRead.ts), read again only when caseworkers or units change: at agency scale reading and sorting the
// 5,000 caseworkers again was a few hundred milliseconds of every visit of these screens (issue 15).
import { caseworkerRepository, unitRepository } from './rosterRepository';
import { sharedRead } from './sharedRead';

async function readRoster() {
  const [caseworkers, units] = await Promise.all([
    caseworkerRepository.listByName(),
    unitRepository.listByName(),
  ]);
  return { caseworkers, units };
}
export type RosterCopy = Awaited<ReturnType<typeof readRoster>>;

export const rosterRead = sharedRead(['caseworkers', 'units'], readRoster);
