// Working groups (PRODUCT.md 4.4, principle 2): the people of one unit who do one job. Cohorts are single-role, so a
// unit with several roles always spans several cohorts; what must stay together is each unit-and-role group. The
// cohort builder and the rule-break check both use this one definition, so the builder's own proposal is never flagged.

/** The group a person belongs to: their unit and their role (trimmed). */
export const workingGroupKey = (unitId: string, role: string): string => `${unitId}|${role.trim()}`;

/** How many cohorts a working group of `people` needs at cohort size `size`: one, or balanced parts when larger. */
export const cohortsNeeded = (people: number, size: number): number =>
  Math.max(1, Math.ceil(people / Math.max(1, Math.floor(size))));
