// Workspace-level actions: the first-run choices.
import { tableNames } from '../domain/model';
import { getDb } from './db';
import { loadDemoWorkspace } from './demo/loadDemoWorkspace';
import { settingsRepository } from './settingsRepository';

export async function startEmptyWorkspace(): Promise<void> {
  await settingsRepository.save({ onboarded: true });
}

/** True when any table holds a record (Trash included): such a workspace is never treated as new. */
export async function workspaceHasData(): Promise<boolean> {
  const db = getDb();
  for (const name of tableNames) if ((await db[name].count()) > 0) return true;
  return false;
}

export class WorkspaceNotEmptyError extends Error {
  constructor() {
    super(
      'This computer already holds a workspace, so the demo was not opened: it would replace your data. ' +
        'Back up your workspace first, then restore or replace it from Settings.',
    );
    this.name = 'WorkspaceNotEmptyError';
  }
}

/**
 * Fills an empty workspace with the demo agency. Refused when the workspace holds data, unless the caller has asked
 * the person and made a backup first (`replaceExisting`).
 */
export async function openDemoWorkspace(options: { replaceExisting?: boolean } = {}): Promise<void> {
  if (!options.replaceExisting && (await workspaceHasData())) throw new WorkspaceNotEmptyError();
  await loadDemoWorkspace(getDb());
}
