// Wave gates (PRODUCT.md 4.4): a wave is ready to hand over when all its members have reached "practicing", or the
// coach overrides the gate with a recorded reason.
import type { Cohort } from '../model';
import { atLeast, type MasteryLevel } from '../mastery/mastery';
import { formatDay } from '../format/format';

export interface WaveGateStatus {
  wave: number;
  memberIds: string[];
  /** Members at practicing or beyond. */
  practicing: number;
  /** Every member has reached practicing. */
  ready: boolean;
  override: Cohort['gateOverrides'][number] | null;
  /** Ready, or overridden by the coach. */
  open: boolean;
  explanation: string;
}

export function waveGates(
  cohort: Pick<Cohort, 'members' | 'gateOverrides'>,
  levelOf: (caseworkerId: string) => MasteryLevel,
): WaveGateStatus[] {
  const out: WaveGateStatus[] = [];
  for (const wave of [1, 2, 3, 4]) {
    const memberIds = cohort.members.filter((m) => m.wave === wave).map((m) => m.caseworkerId);
    if (memberIds.length === 0) continue;
    const practicing = memberIds.filter((id) => atLeast(levelOf(id), 'practicing')).length;
    const ready = practicing === memberIds.length;
    const override = cohort.gateOverrides.filter((g) => g.wave === wave).at(-1) ?? null;
    const open = ready || override !== null;
    const explanation = ready
      ? `Ready to hand over: all ${memberIds.length} ${memberIds.length === 1 ? 'member is' : 'members are'} practicing or beyond.`
      : override
        ? `Opened by ${override.by} on ${formatDay(override.overriddenOn)}: ${override.reason} (${practicing} of ${memberIds.length} practicing).`
        : `Not yet: ${practicing} of ${memberIds.length} practicing. The gate opens when everyone is practicing, or the coach overrides it.`;
    out.push({ wave, memberIds, practicing, ready, override, open, explanation });
  }
  return out;
}
