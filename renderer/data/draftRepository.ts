// Autosaved half-written forms, one per key (e.g. 'coaching-entry:new', 'gap-wizard:<id>'): they survive leaving the
// screen, closing the window or a crash. The one store of drafts; screens reach it through features/shared/useDraft.
// A draft is working state, not a record people manage, so deleting one removes it for good rather than to Trash.
import type { Draft } from '../domain/model';
import { getDb } from './db';
import { makeRecord, nowIso } from './repository';

/** The draft stored under `key`, if any. */
export async function loadDraft(key: string): Promise<Draft | undefined> {
  const found = await getDb().drafts.where('key').equals(key).toArray();
  return found.filter((d) => d.deletedAt === null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** Drafts whose key starts with `prefix`, newest first (e.g. every unfinished diagnosis). */
export async function listDrafts(prefix: string): Promise<Draft[]> {
  const found = await getDb().drafts.where('key').startsWith(prefix).toArray();
  return found.filter((d) => d.deletedAt === null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Stores the payload under `key`, replacing any earlier draft with that key (one draft per key). */
export async function saveDraft(key: string, payload: unknown): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.drafts, async () => {
    const existing = await db.drafts.where('key').equals(key).toArray();
    const first = existing[0];
    if (first) {
      await db.drafts.put({ ...first, payload, updatedAt: nowIso(), deletedAt: null });
      if (existing.length > 1) await db.drafts.bulkDelete(existing.slice(1).map((d) => d.id));
    } else {
      await db.drafts.add(makeRecord('drafts', { key, payload }));
    }
  });
}

/** Deletes the draft for good (used in the same transaction as the save of the record it was a draft of). */
export async function deleteDraft(key: string): Promise<void> {
  await getDb().drafts.where('key').equals(key).delete();
}
