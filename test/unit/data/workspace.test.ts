// An existing workspace is never treated as new: a settings row that fails validation keeps what it can (and the
// workspace stays set up), and the demo never replaces data unless the caller asked and backed up first.
import { describe, expect, it } from 'vitest';
import { caseworkerRepository as caseworkers } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import {
  openDemoWorkspace,
  WorkspaceNotEmptyError,
  workspaceHasData,
} from '../../../renderer/data/workspace';
import { useFreshDb } from './freshDb';

const db = useFreshDb();

describe('an existing workspace', () => {
  it('keeps its valid settings and stays set up when its settings row fails validation (e.g. after a downgrade)', async () => {
    await db().settings.put({
      id: 'settings',
      onboarded: true,
      role: 'lead',
      cohortSize: 99, // out of range for this version
      presentationMode: 'sometimes', // a value from nowhere
      futureField: { anything: true },
    } as never);
    const settings = await settingsRepository.load();
    expect(settings).toMatchObject({ onboarded: true, role: 'lead', cohortSize: 7, presentationMode: false });
  });

  it('is known to hold data even with no settings row at all', async () => {
    expect(await workspaceHasData()).toBe(false);
    await caseworkers.create({ name: 'Grace Kim' });
    await db().settings.clear();
    expect((await settingsRepository.load()).onboarded).toBe(false);
    expect(await workspaceHasData()).toBe(true);
  });

  it('is never replaced by the demo unless the caller asked (and backed up) first', async () => {
    await caseworkers.create({ name: 'Grace Kim' });
    await expect(openDemoWorkspace()).rejects.toThrow(WorkspaceNotEmptyError);
    expect((await caseworkers.list()).map((c) => c.name)).toEqual(['Grace Kim']);
  });
});
