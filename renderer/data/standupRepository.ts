// Daily standups: one record per cohort and date (saving again updates it), and the cohorts they belong to.
import type { Cohort, InputByTable, Standup } from '../domain/model';
import { getDb } from './db';
import { repository } from './repository';

export const standups = repository('standups');

/** Live cohorts, for choosing whose standup to run (cohorts are built in the Cohorts area). */
export async function listCohorts(): Promise<Cohort[]> {
  return (await getDb().cohorts.toArray())
    .filter((c) => c.deletedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function listStandups(cohortId?: string): Promise<Standup[]> {
  const db = getDb();
  const rows = cohortId
    ? await db.standups.where('cohortId').equals(cohortId).toArray()
    : await db.standups.toArray();
  return rows.filter((s) => s.deletedAt === null).sort((a, b) => b.date.localeCompare(a.date));
}

export async function findStandup(cohortId: string, date: string): Promise<Standup | undefined> {
  const found = await getDb().standups.where('[cohortId+date]').equals([cohortId, date]).toArray();
  return found.find((s) => s.deletedAt === null);
}

/** Saves the standup of a cohort on a date, updating the one already recorded for that day if there is one. */
export async function saveStandup(input: InputByTable['standups']): Promise<Standup> {
  const db = getDb();
  return db.transaction('rw', db.standups, async () => {
    const existing = await findStandup(input.cohortId, input.date);
    return existing ? standups.update(existing.id, input) : standups.create(input);
  });
}
