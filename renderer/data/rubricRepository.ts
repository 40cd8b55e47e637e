// Rubrics: the versions of each series, the two defaults for an empty workspace, and edits that respect ratings
// (an edit of a rubric that has ratings becomes a new version; see domain/coaching/rubricVersioning).
import type { Rubric } from '../domain/model';
import { defaultRubricInputs } from '../domain/coaching/defaultRubrics';
import {
  checkRubricDraft,
  planRubricSave,
  ratingsPerRubric,
  type RubricDraft,
  type RubricSavePlan,
} from '../domain/coaching/rubricVersioning';
import { ValidationError } from '../domain/model';
import { getDb } from './db';
import { makeRecord, newId, repository } from './repository';

export const rubrics = repository('rubrics');

export async function listRubrics(): Promise<Rubric[]> {
  return (await rubrics.list()).sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
}

/** Entries rated on each rubric id (all entries, Trash included). */
export async function countRatingsPerRubric(): Promise<Map<string, number>> {
  return ratingsPerRubric(await getDb().coachingEntries.toArray());
}

/** Adds the two rubrics that ship with the app, unless rubrics of those purposes already exist. */
export async function addDefaultRubrics(): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.rubrics, async () => {
    const existing = (await db.rubrics.toArray()).filter((r) => r.deletedAt === null);
    const toAdd = defaultRubricInputs(newId(), newId()).filter(
      (input) => !existing.some((r) => r.purpose === input.purpose),
    );
    await db.rubrics.bulkAdd(toAdd.map((input) => makeRecord('rubrics', input)));
    return toAdd.length;
  });
}

export async function createRubric(draft: RubricDraft): Promise<Rubric> {
  const issues = checkRubricDraft(draft);
  if (issues.length > 0) throw new ValidationError(issues, 'rubric');
  return rubrics.create({ ...draft, seriesId: newId(), version: 1 });
}

/** Saves an edit of rubric `id`: in place when nothing is rated on it, otherwise as the next version of its series. */
export async function saveRubricEdit(
  id: string,
  draft: RubricDraft,
): Promise<{ plan: RubricSavePlan; rubric: Rubric }> {
  const issues = checkRubricDraft(draft);
  if (issues.length > 0) throw new ValidationError(issues, 'rubric');
  const db = getDb();
  return db.transaction('rw', db.rubrics, db.coachingEntries, async () => {
    const current = await db.rubrics.get(id);
    if (!current) throw new Error('That rubric no longer exists.');
    const rated = (await countRatingsPerRubric()).get(id) ?? 0;
    const versions = (await db.rubrics.where('seriesId').equals(current.seriesId).toArray()).map(
      (r) => r.version,
    );
    const plan = planRubricSave(current, draft, rated, versions);
    if (plan.mode === 'unchanged') return { plan, rubric: current };
    if (plan.mode === 'in-place') return { plan, rubric: await rubrics.update(id, draft) };
    const next = makeRecord('rubrics', { ...draft, seriesId: current.seriesId, version: plan.version });
    await db.rubrics.add(next);
    return { plan, rubric: next };
  });
}
