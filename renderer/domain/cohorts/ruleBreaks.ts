// Rule breaks in saved cohorts (PRODUCT.md 4.4): allowed, but shown. A cohort over size, mixed roles, a working group
// (unit and role, see workingGroups.ts) split across more cohorts than its size
// needs, members who are no longer active, and people placed twice or not at all.
import type { Cohort } from '../model';
import type { BuilderPerson } from './buildCohorts';
import { cohortsNeeded, workingGroupKey } from './workingGroups';

export type RuleBreakKind = 'over-size' | 'mixed-roles' | 'split-unit' | 'inactive-member' | 'placed-twice';

export interface RuleBreak {
  kind: RuleBreakKind;
  message: string;
}

export interface RuleBreakReport {
  byCohort: Map<string, RuleBreak[]>;
  /** Active caseworkers in no cohort of the rollout. */
  unplaced: string[];
}

type CohortLike = Pick<Cohort, 'id' | 'name' | 'role' | 'members'>;

export function detectRuleBreaks(
  cohorts: readonly CohortLike[],
  caseworkers: readonly BuilderPerson[],
  units: readonly { id: string; name: string }[],
  cohortSize: number,
): RuleBreakReport {
  const people = new Map(caseworkers.map((c) => [c.id, c]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const byCohort = new Map<string, RuleBreak[]>();
  const placedIn = new Map<string, string[]>();
  for (const cohort of cohorts) {
    for (const m of cohort.members)
      placedIn.set(m.caseworkerId, [...(placedIn.get(m.caseworkerId) ?? []), cohort.id]);
  }
  // Working groups (unit and role) of active people: how many people each has, and which cohorts hold them.
  const groupSize = new Map<string, number>();
  for (const c of caseworkers)
    if (c.status === 'active' && c.unitId && unitName.has(c.unitId)) {
      const key = workingGroupKey(c.unitId, c.role);
      groupSize.set(key, (groupSize.get(key) ?? 0) + 1);
    }
  const cohortsOfGroup = new Map<string, Set<string>>();
  for (const cohort of cohorts)
    for (const m of cohort.members) {
      const p = people.get(m.caseworkerId);
      if (!p?.unitId || !unitName.has(p.unitId) || p.status !== 'active') continue;
      const key = workingGroupKey(p.unitId, p.role);
      const set = cohortsOfGroup.get(key) ?? new Set<string>();
      set.add(cohort.id);
      cohortsOfGroup.set(key, set);
    }

  for (const cohort of cohorts) {
    const breaks: RuleBreak[] = [];
    const size = cohort.members.length;
    if (size > cohortSize)
      breaks.push({
        kind: 'over-size',
        message: `Over size: ${size} members, the cohort size is ${cohortSize}.`,
      });
    const roles = new Set(
      cohort.members
        .map((m) => people.get(m.caseworkerId)?.role.trim())
        .filter((r): r is string => r !== undefined),
    );
    if (roles.size > 1)
      breaks.push({
        kind: 'mixed-roles',
        message: `Mixed roles: ${[...roles]
          .map((r) => r || 'no role')
          .sort()
          .join(', ')}.`,
      });
    const groups = new Map<string, { unitId: string; role: string }>();
    for (const m of cohort.members) {
      const p = people.get(m.caseworkerId);
      if (p?.unitId && unitName.has(p.unitId) && p.status === 'active')
        groups.set(workingGroupKey(p.unitId, p.role), { unitId: p.unitId, role: p.role.trim() });
    }
    for (const key of [...groups.keys()].sort()) {
      const group = groups.get(key);
      const spread = cohortsOfGroup.get(key)?.size ?? 0;
      const needed = cohortsNeeded(groupSize.get(key) ?? 0, cohortSize);
      if (group && spread > needed)
        breaks.push({
          kind: 'split-unit',
          message: `Split working group: the ${group.role || 'no-role'} people of ${unitName.get(group.unitId) ?? 'a unit'} are spread over ${spread} cohorts (${needed} would do).`,
        });
    }
    const inactive = cohort.members.filter((m) => people.get(m.caseworkerId)?.status !== 'active').length;
    if (inactive > 0)
      breaks.push({
        kind: 'inactive-member',
        message: `${inactive} ${inactive === 1 ? 'member is' : 'members are'} on leave, gone or no longer on the roster.`,
      });
    const twice = cohort.members.filter((m) => (placedIn.get(m.caseworkerId)?.length ?? 0) > 1).length;
    if (twice > 0)
      breaks.push({
        kind: 'placed-twice',
        message: `${twice} ${twice === 1 ? 'member is' : 'members are'} also in another cohort.`,
      });
    byCohort.set(cohort.id, breaks);
  }
  const unplaced = caseworkers.filter((c) => c.status === 'active' && !placedIn.has(c.id)).map((c) => c.id);
  return { byCohort, unplaced };
}
