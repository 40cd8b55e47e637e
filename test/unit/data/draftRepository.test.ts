// The one store of drafts: one draft per key, the newest payload wins, listed by key prefix, deleted for good.
import { describe, expect, it } from 'vitest';
import { deleteDraft, listDrafts, loadDraft, saveDraft } from '../../../renderer/data/draftRepository';
import { useFreshDb } from './freshDb';

describe('draft repository', () => {
  const db = useFreshDb();

  it('keeps one draft per key and replaces it on save', async () => {
    await saveDraft('gap-wizard:a', { answers: { 'worth-pursuing': true } });
    await saveDraft('gap-wizard:a', { answers: { 'worth-pursuing': true, 'expectations-clear': false } });
    expect(await db().drafts.count()).toBe(1);
    expect((await loadDraft('gap-wizard:a'))?.payload).toEqual({
      answers: { 'worth-pursuing': true, 'expectations-clear': false },
    });
  });

  it('lists the drafts of one kind by key prefix, newest first', async () => {
    await saveDraft('gap-wizard:a', 1);
    await saveDraft('coaching-entry:new', 2);
    await saveDraft('gap-wizard:b', 3);
    await saveDraft('gap-wizard:a', 4);
    const listed = await listDrafts('gap-wizard:');
    expect(listed.map((d) => d.key).sort()).toEqual(['gap-wizard:a', 'gap-wizard:b']);
    expect(listed[0]!.updatedAt >= listed[1]!.updatedAt).toBe(true);
  });

  it('deletes a draft for good, not to Trash', async () => {
    await saveDraft('gap-wizard:a', 1);
    await deleteDraft('gap-wizard:a');
    expect(await loadDraft('gap-wizard:a')).toBeUndefined();
    expect(await db().drafts.count()).toBe(0);
  });
});
