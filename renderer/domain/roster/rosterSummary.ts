// What Home says about the roster: people at work and on leave (not those who left, nor those in Trash), the roles they
// hold and who has no unit or role. Worked out from the index keys of the caseworkers alone (status, role, unit), so
// counting an agency's 5,000 reads no record and opens no sealed name.
import type { CaseworkerStatus } from '../model';

export interface RosterKeys {
  /** Each caseworker's status, by id (every caseworker, Trash included). */
  status: ReadonlyMap<string, CaseworkerStatus>;
  /** Each caseworker's role, by id; those without one are missing or ''. */
  role: ReadonlyMap<string, string>;
  /** The ids of caseworkers with a unit. */
  withUnit: ReadonlySet<string>;
  /** The ids of caseworkers in Trash. */
  trashed: ReadonlySet<string>;
}

export interface RosterSummary {
  activeCaseworkers: number;
  onLeave: number;
  /** Distinct roles among those at work or on leave. */
  roles: number;
  withoutUnit: number;
  withoutRole: number;
}

export function summarizeRoster(keys: RosterKeys): RosterSummary {
  let activeCaseworkers = 0;
  let onLeave = 0;
  let withoutUnit = 0;
  let withoutRole = 0;
  const roles = new Set<string>();
  for (const [id, status] of keys.status) {
    if (keys.trashed.has(id) || (status !== 'active' && status !== 'on-leave')) continue;
    if (status === 'active') activeCaseworkers++;
    else onLeave++;
    const role = keys.role.get(id);
    if (role) roles.add(role);
    else withoutRole++;
    if (!keys.withUnit.has(id)) withoutUnit++;
  }
  return { activeCaseworkers, onLeave, roles: roles.size, withoutUnit, withoutRole };
}
