// The rollouts aggregate: rollouts, and which one is current (kept in settings so there is exactly one).
import type { Rollout } from '../domain/model';
import { repository } from './repository';
import { settingsRepository } from './settingsRepository';

const base = repository('rollouts');

export const rolloutRepository = {
  ...base,
  /** Live rollouts, the latest start first. */
  listByStart: async (): Promise<Rollout[]> =>
    (await base.list()).sort(
      (a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || a.name.localeCompare(b.name),
    ),

  setCurrent: async (id: string | null): Promise<void> => {
    await settingsRepository.save({ currentRolloutId: id });
  },

  /** The current rollout, or null when none is marked or it was moved to Trash. */
  current: async (): Promise<Rollout | null> => {
    const { currentRolloutId } = await settingsRepository.load();
    return (currentRolloutId && (await base.getLive(currentRolloutId))) || null;
  },
};
