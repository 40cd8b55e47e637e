// Autosaved half-written forms, one per key (e.g. 'coaching-entry:new', 'gap-wizard:<id>'): they survive leaving the
// screen, closing the window or a crash. The one store of drafts; screens reach it through features/shared/useDraft.
// A draft is working state, not a record people manage, so deleting one removes it for good rather than to Trash.
import type { Draft } from '../domain/model';
import { inTransaction, repository } from './repository';

export const drafts = repository('drafts');

const newestFirst = (rows: Draft[]): Draft[] => rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/** The draft stored under `key`, if any. */
export async function loadDraft(key: string): Promise<Draft | undefined> {
  return newestFirst(await drafts.listBy('key', key))[0];
}

/** Drafts whose key starts with `prefix`, newest first (e.g. every unfinished diagnosis). */
export async function listDrafts(prefix: string): Promise<Draft[]> {
  return newestFirst(await drafts.listBetween('key', prefix, `${prefix}\uffff`));
}

/** Stores the payload under `key`, replacing any earlier draft with that key (one draft per key). */
export async function saveDraft(key: string, payload: unknown): Promise<void> {
  await inTransaction('rw', ['drafts'], async () => {
    const [first, ...others] = newestFirst(await drafts.listBy('key', key));
    if (first) await drafts.update(first.id, { payload });
    else await drafts.create({ key, payload });
    for (const other of others) await drafts.purge(other.id);
  });
}

/** Deletes the draft for good (used in the same transaction as the save of the record it was a draft of). */
export async function deleteDraft(key: string): Promise<void> {
  await inTransaction('rw', ['drafts'], async () => {
    for (const draft of await drafts.listBy('key', key)) await drafts.purge(draft.id);
  });
}
