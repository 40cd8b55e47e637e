// The one store of drafts: one draft per key, the newest payload wins, listed by key prefix, deleted for good.
import { describe, expect, it } from 'vitest';
import { useFreshDb } from './freshDb';
import { draftRepository } from '../../../renderer/data/draftRepository';

describe('draft repository', () => {
  const db = useFreshDb();

  it('keeps one draft per key and replaces it on save', async () => {
    await draftRepository.save('gap-wizard:a', { answers: { 'worth-pursuing': true } });
    await draftRepository.save('gap-wizard:a', {
      answers: { 'worth-pursuing': true, 'expectations-clear': false },
    });
    expect(await db().drafts.count()).toBe(1);
    expect((await draftRepository.load('gap-wizard:a'))?.payload).toEqual({
      answers: { 'worth-pursuing': true, 'expectations-clear': false },
    });
  });

  it('lists the drafts of one kind by key prefix, newest first', async () => {
    await draftRepository.save('gap-wizard:a', 1);
    await draftRepository.save('coaching-entry:new', 2);
    await draftRepository.save('gap-wizard:b', 3);
    await draftRepository.save('gap-wizard:a', 4);
    const listed = await draftRepository.listByPrefix('gap-wizard:');
    expect(listed.map((d) => d.key).sort()).toEqual(['gap-wizard:a', 'gap-wizard:b']);
    expect(listed[0]!.updatedAt >= listed[1]!.updatedAt).toBe(true);
  });

  it('deletes a draft for good, not to Trash', async () => {
    await draftRepository.save('gap-wizard:a', 1);
    await draftRepository.delete('gap-wizard:a');
    expect(await draftRepository.load('gap-wizard:a')).toBeUndefined();
    expect(await db().drafts.count()).toBe(0);
  });
});
