// Daily standups: one record per cohort and date (saving again updates it), read by cohort through the indexes.
import { EditConflictError, type InputByTable, type Standup } from '../domain/model';
import { appearanceRepository } from './appearanceRepository';
import { inTransaction, openedAhead, repository } from './repository';

const base = repository('standups');
const newestFirst = (rows: Standup[]) => rows.sort((a, b) => b.date.localeCompare(a.date));

/** Past this many cohorts, their standups are read with one read of the table rather than one per cohort. */
const ONE_READ_ABOVE = 20;

/** The order the reads per cohort give: by cohort, then by id. */
const byCohort = (a: Standup, b: Standup) =>
  a.cohortId < b.cohortId ? -1 : a.cohortId > b.cohortId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export const standupRepository = {
  ...base,
  /** Live standups, newest first; one cohort's only (through the cohortId index) when `cohortId` is given. */
  listNewestFirst: async (cohortId?: string): Promise<Standup[]> =>
    newestFirst(cohortId ? await base.listBy('cohortId', cohortId) : await base.list()),

  /** Live standups dated from `from` to `to` (both included), newest first, through the date index. */
  between: async (from: string, to: string): Promise<Standup[]> =>
    newestFirst(await base.listBetween('date', from, to)),

  /**
   * Live standups of these cohorts. Many cohorts (the board asks for every cohort of the rollout, 715 at agency scale)
   * are read in one pass over the table: one request per cohort cost the board about a second of the main thread (each
   * result is handed over and handled apart), one read of every standup about a third of that (issue 15).
   */
  listOfCohorts: async (cohortIds: readonly string[]): Promise<Standup[]> => {
    if (cohortIds.length <= ONE_READ_ABOVE) return base.listByAny('cohortId', cohortIds);
    const wanted = new Set(cohortIds);
    return (await base.list()).filter((s) => wanted.has(s.cohortId)).sort(byCohort);
  },

  /**
   * Live standups with a row for any of these caseworkers, by cohort then id, their rows opened: the few that name
   * them, found through `appearances` (a cohort card's members: a read of the agency's 2,145 standups was 300 ms of
   * the board's first draw); every standup, read once, when those rows were not built.
   */
  listWithAny: async (caseworkerIds: readonly string[]): Promise<Standup[]> => {
    if (caseworkerIds.length === 0) return [];
    const ids = await appearanceRepository.recordIdsOfAny('standups', caseworkerIds);
    const standups = (ids ? await base.getManyLive(ids) : await base.list()).sort(byCohort);
    await openedAhead(standups);
    if (ids) return standups;
    const wanted = new Set(caseworkerIds);
    return standups.filter((s) => s.rows.some((r) => wanted.has(r.caseworkerId)));
  },

  /**
   * Standups with a row for this caseworker. A person's rows sit inside the records, where no index reaches, so
   * this reads every standup once.
   */
  listWith: async (caseworkerId: string): Promise<Standup[]> => {
    const standups = await base.list();
    // Their rows are sealed: opened in bulk first (one by one, an agency's standups froze a timeline for half a second).
    await openedAhead(standups);
    return standups.filter((s) => s.rows.some((r) => r.caseworkerId === caseworkerId));
  },

  find: async (cohortId: string, date: string): Promise<Standup | undefined> =>
    (await base.listBy('[cohortId+date]', [cohortId, date]))[0],

  /**
   * Saves the standup of a cohort on a date, updating the one already recorded for that day if there is one. With
   * `opened` (the standup as the form opened it, null when there was none), a standup recorded or changed elsewhere
   * since is not silently overwritten.
   */
  save: (input: InputByTable['standups'], opened?: Standup | null): Promise<Standup> =>
    inTransaction('rw', ['standups'], async () => {
      const existing = await standupRepository.find(input.cohortId, input.date);
      if (!existing) return base.create(input);
      if (opened === null) throw new EditConflictError('standup', ['rows']);
      return base.update(existing.id, input, { opened });
    }),

  /** Marks a "why didn't you use the tool?" follow-up handled (or open again, for Undo). */
  setFollowUpHandled: (standupId: string, caseworkerId: string, handledAt: string | null): Promise<Standup> =>
    inTransaction('rw', ['standups'], async () => {
      const standup = await base.getLive(standupId);
      if (!standup) throw new Error('That standup no longer exists.');
      return base.update(standupId, {
        rows: standup.rows.map((r) =>
          r.caseworkerId === caseworkerId ? { ...r, followUpHandledAt: handledAt } : r,
        ),
      });
    }),
};
