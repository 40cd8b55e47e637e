// Autosaved half-written forms, one per key (e.g. 'coaching-entry:new', 'gap-wizard:<id>'): they survive leaving the
// screen, closing the window or a crash. The one store of drafts; screens reach it through features/shared/useDraft.
// A draft is working state, not a record people manage, so deleting one removes it for good rather than to Trash.
import type { Draft } from '../domain/model';
import { inTransaction, repository } from './repository';

const base = repository('drafts');
const newestFirst = (rows: Draft[]): Draft[] => rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

export const draftRepository = {
  /** The draft stored under `key`, if any. */
  load: async (key: string): Promise<Draft | undefined> => newestFirst(await base.listBy('key', key))[0],

  /** Drafts whose key starts with `prefix`, newest first (e.g. every unfinished diagnosis). */
  listByPrefix: async (prefix: string): Promise<Draft[]> =>
    newestFirst(await base.listBetween('key', prefix, `${prefix}\uffff`)),

  /** Stores the payload under `key`, replacing any earlier draft with that key (one draft per key). */
  save: (key: string, payload: unknown): Promise<void> =>
    inTransaction('rw', ['drafts'], async () => {
      const [first, ...others] = newestFirst(await base.listBy('key', key));
      if (first) await base.update(first.id, { payload });
      else await base.create({ key, payload });
      for (const other of others) await base.purge(other.id);
    }),

  /** Deletes the draft for good (used in the same transaction as the save of the record it was a draft of). */
  delete: (key: string): Promise<void> =>
    inTransaction('rw', ['drafts'], async () => {
      for (const draft of await base.listBy('key', key)) await base.purge(draft.id);
    }),
};
