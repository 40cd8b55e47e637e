// Workspace-level actions: the first-run choices, and what the first-hour checklist looks at.
import type { FirstHourFacts } from '../domain/home/firstHourChecklist';
import { tableNames } from '../domain/model';
import { cohortRepository } from './cohortRepository';
import { getDb } from './db';
import { loadDemoWorkspace } from './demo/loadDemoWorkspace';
import { rolloutRepository } from './rolloutRepository';
import { caseworkerRepository } from './rosterRepository';
import { settingsRepository } from './settingsRepository';
import { surveyRepository } from './surveyRepository';

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

/** What the first-hour checklist ticks itself off from (from the keys, no record read in full). */
export async function loadFirstHourFacts(): Promise<FirstHourFacts> {
  const [anyCaseworker, current, anySurveyResponse, anyCohort] = await Promise.all([
    caseworkerRepository.anyLive(),
    rolloutRepository.current(),
    surveyRepository.responses.anyLive(),
    cohortRepository.anyLive(),
  ]);
  return { anyCaseworker, currentBrief: current?.brief ?? null, anySurveyResponse, anyCohort };
}
