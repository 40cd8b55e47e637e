// Which standups have a row for each person: a cohort card's mastery walks its members' standups only, also those of a
// cohort they have left (a person's rows sit inside the records, where no index reaches).
import type { Standup } from '../model';

/** The standups of `cohortIds` with a row for any of `caseworkerIds`, in the order they were given. */
export type StandupsOf = (caseworkerIds: readonly string[], cohortIds: ReadonlySet<string>) => Standup[];

/** Indexes `standups` (their rows opened) by the people they have a row for. */
export function standupsOfPeople(standups: readonly Standup[]): StandupsOf {
  const withPerson = new Map<string, number[]>();
  standups.forEach((standup, at) => {
    for (const row of standup.rows) {
      const of = withPerson.get(row.caseworkerId);
      if (!of) withPerson.set(row.caseworkerId, [at]);
      else if (of.at(-1) !== at) of.push(at);
    }
  });
  return (caseworkerIds, cohortIds) => {
    const theirs = new Set<number>();
    for (const id of caseworkerIds) for (const at of withPerson.get(id) ?? []) theirs.add(at);
    return [...theirs]
      .sort((a, b) => a - b)
      .map((at) => standups[at] as Standup)
      .filter((s) => cohortIds.has(s.cohortId));
  };
}
