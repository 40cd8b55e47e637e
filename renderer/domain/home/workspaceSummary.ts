// Home's workspace at a glance: people at work and on leave, units, roles, rollouts and the current rollout, with the
// people who cannot be placed in a cohort yet (no unit, no role). Worked out from the live caseworkers at work and on
// leave, so the same figures come from a read through the status index (the live summary) and from the whole
// workspace Home keeps its figures from.
import type { Caseworker, Rollout } from '../model';

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

export interface SummaryInput {
  /** Live caseworkers whose status is active. */
  active: readonly Pick<Caseworker, 'unitId' | 'role'>[];
  /** Live caseworkers on leave. */
  onLeave: readonly Pick<Caseworker, 'unitId' | 'role'>[];
  /** Live units and rollouts. */
  units: number;
  rollouts: number;
  /** The current rollout, if it is live. */
  currentRollout: Rollout | null;
}

export function workspaceSummary({
  active,
  onLeave,
  units,
  rollouts,
  currentRollout,
}: SummaryInput): WorkspaceSummary {
  const present = [...active, ...onLeave];
  return {
    activeCaseworkers: active.length,
    onLeave: onLeave.length,
    units,
    roles: new Set(present.map((c) => c.role).filter(Boolean)).size,
    rollouts,
    currentRollout,
    withoutUnit: present.filter((c) => c.unitId === null).length,
    withoutRole: present.filter((c) => !c.role).length,
  };
}
