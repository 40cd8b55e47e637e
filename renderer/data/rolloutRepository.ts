// Rollouts and which one is current (kept in settings so there is exactly one).
import type { Rollout } from '../domain/model';
import { getDb } from './db';
import { repository } from './repository';
import { loadSettings, saveSettings } from './settingsRepository';

export const rollouts = repository('rollouts');

export async function listRollouts(): Promise<Rollout[]> {
  return (await rollouts.list()).sort(
    (a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || a.name.localeCompare(b.name),
  );
}

export async function setCurrentRollout(id: string | null): Promise<void> {
  await saveSettings({ currentRolloutId: id });
}

/** The current rollout, or null when none is marked or it was moved to Trash. */
export async function loadCurrentRollout(): Promise<Rollout | null> {
  const { currentRolloutId } = await loadSettings();
  if (!currentRolloutId) return null;
  const found = await getDb().rollouts.get(currentRolloutId);
  return found && found.deletedAt === null ? found : null;
}
