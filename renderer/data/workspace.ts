// Workspace-level actions: the first-run choices and the summary the home screen shows.
import { getDb } from './db';
import { loadDemoWorkspace } from './demo/loadDemoWorkspace';
import { loadCurrentRollout } from './rolloutRepository';
import { saveSettings } from './settingsRepository';
import type { Rollout } from '../domain/model';

export async function startEmptyWorkspace(): Promise<void> {
  await saveSettings({ onboarded: true });
}

export async function openDemoWorkspace(): Promise<void> {
  await loadDemoWorkspace(getDb());
}

export interface WorkspaceSummary {
  activeCaseworkers: number;
  onLeave: number;
  units: number;
  roles: number;
  rollouts: number;
  currentRollout: Rollout | null;
  withoutUnit: number;
  withoutRole: number;
}

export async function loadWorkspaceSummary(): Promise<WorkspaceSummary> {
  const db = getDb();
  const [caseworkers, units, rollouts, currentRollout] = await Promise.all([
    db.caseworkers.toArray(),
    db.units.toArray(),
    db.rollouts.toArray(),
    loadCurrentRollout(),
  ]);
  const live = caseworkers.filter((c) => c.deletedAt === null && c.status !== 'left');
  return {
    activeCaseworkers: live.filter((c) => c.status === 'active').length,
    onLeave: live.filter((c) => c.status === 'on-leave').length,
    units: units.filter((u) => u.deletedAt === null).length,
    roles: new Set(live.map((c) => c.role).filter(Boolean)).size,
    rollouts: rollouts.filter((r) => r.deletedAt === null).length,
    currentRollout,
    withoutUnit: live.filter((c) => c.unitId === null).length,
    withoutRole: live.filter((c) => !c.role).length,
  };
}
