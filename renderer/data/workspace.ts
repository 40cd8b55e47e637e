// Workspace-level actions: the first-run choices.
import { getDb } from './db';
import { loadDemoWorkspace } from './demo/loadDemoWorkspace';
import { settingsRepository } from './settingsRepository';

export async function startEmptyWorkspace(): Promise<void> {
  await settingsRepository.save({ onboarded: true });
}

export async function openDemoWorkspace(): Promise<void> {
  await loadDemoWorkspace(getDb());
}
