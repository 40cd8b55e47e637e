// Rubrics: the versions of each series, the two defaults for an empty workspace, and edits that respect ratings
// (an edit of a rubric that has ratings becomes a new version; see domain/coaching/rubricVersioning).
import type { Rubric } from '../domain/model';
import { defaultRubricInputs } from '../domain/coaching/defaultRubrics';
import {
  checkRubricDraft,
  planRubricSave,
  type RubricDraft,
  type RubricSavePlan,
} from '../domain/coaching/rubricVersioning';
import { ValidationError } from '../domain/model';
import { getDb, tableOf } from './db';
import { entryFactsRepository } from './entryFactsRepository';
import { inTransaction, makeRecord, newId, repository } from './repository';

const base = repository('rubrics');
const rubrics = () => tableOf<Rubric>(getDb(), 'rubrics');

/**
 * Entries rated on each rubric id (all entries, Trash included): one counter of the entry facts per rubric (kept with
 * every write of an entry), not a read of every entry.
 */
const countRatings = async (): Promise<Map<string, number>> =>
  entryFactsRepository.ratedCounts(await rubrics().toCollection().primaryKeys());

export const rubricRepository = {
  ...base,
  /** Live rubrics by name, then version. */
  listByName: async (): Promise<Rubric[]> =>
    (await base.list()).sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version),

  countRatings,

  /** Adds the two rubrics that ship with the app, unless rubrics of those purposes already exist. */
  addDefaults: (): Promise<number> =>
    inTransaction('rw', ['rubrics'], async () => {
      const existing = await base.list();
      const toAdd = defaultRubricInputs(newId(), newId()).filter(
        (input) => !existing.some((r) => r.purpose === input.purpose),
      );
      await rubrics().bulkAdd(toAdd.map((input) => makeRecord('rubrics', input)));
      return toAdd.length;
    }),

  createFromDraft: async (draft: RubricDraft): Promise<Rubric> => {
    const issues = checkRubricDraft(draft);
    if (issues.length > 0) throw new ValidationError(issues, 'rubric');
    return base.create({ ...draft, seriesId: newId(), version: 1 });
  },

  /**
   * Saves an edit of rubric `id`: in place when nothing is rated on it (checked against changes made elsewhere since
   * `opened`), otherwise as the next version of its series.
   */
  saveEdit: async (
    id: string,
    draft: RubricDraft,
    opened?: Rubric,
  ): Promise<{ plan: RubricSavePlan; rubric: Rubric }> => {
    const issues = checkRubricDraft(draft);
    if (issues.length > 0) throw new ValidationError(issues, 'rubric');
    return inTransaction('rw', ['rubrics', 'coachingEntries', 'factCounts'], async () => {
      const current = await base.get(id);
      if (!current) throw new Error('That rubric no longer exists.');
      const rated = (await countRatings()).get(id) ?? 0;
      const versions = (await rubrics().where('seriesId').equals(current.seriesId).toArray()).map(
        (r) => r.version,
      );
      const plan = planRubricSave(current, draft, rated, versions);
      if (plan.mode === 'unchanged') return { plan, rubric: current };
      if (plan.mode === 'in-place') return { plan, rubric: await base.update(id, draft, { opened }) };
      const next = makeRecord('rubrics', { ...draft, seriesId: current.seriesId, version: plan.version });
      await rubrics().add(next);
      return { plan, rubric: next };
    });
  },
};
