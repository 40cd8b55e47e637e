// Rule breaks in saved cohorts (PRODUCT.md 4.4): allowed, but shown. A cohort over size, mixed roles, a working group
// split across more cohorts than its size needs, members who are no longer active, and people placed twice or not at all.
import type { Cohort } from '../model';
import type { BuilderPerson } from './buildCohorts';

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
  const activeInUnit = new Map<string, number>();
  for (const c of caseworkers)
    if (c.status === 'active' && c.unitId) activeInUnit.set(c.unitId, (activeInUnit.get(c.unitId) ?? 0) + 1);
  const cohortsOfUnit = new Map<string, Set<string>>();
  for (const cohort of cohorts)
    for (const m of cohort.members) {
      const unitId = people.get(m.caseworkerId)?.unitId;
      if (!unitId) continue;
      const set = cohortsOfUnit.get(unitId) ?? new Set<string>();
      set.add(cohort.id);
      cohortsOfUnit.set(unitId, set);
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
    const units = new Set(
      cohort.members.map((m) => people.get(m.caseworkerId)?.unitId).filter((u): u is string => !!u),
    );
    for (const unitId of [...units].sort()) {
      const spread = cohortsOfUnit.get(unitId)?.size ?? 0;
      const needed = Math.max(1, Math.ceil((activeInUnit.get(unitId) ?? 0) / cohortSize));
      if (spread > needed)
        breaks.push({
          kind: 'split-unit',
          message: `Split working group: ${unitName.get(unitId) ?? 'a unit'} is spread over ${spread} cohorts (${needed} would do).`,
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
