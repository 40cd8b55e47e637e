// What a new proposal would change in the saved cohorts of a rollout, cohort by cohort, so the user can apply each
// change on purpose. Cohorts edited by hand are flagged, never overwritten silently.
import type { Cohort } from '../model';
import type { ProposedCohort } from './buildCohorts';

type Saved = Pick<Cohort, 'id' | 'name' | 'members' | 'assistantCoachId' | 'manuallyEdited'>;

export interface WaveChange {
  caseworkerId: string;
  from: number;
  to: number;
}

export type CohortChange =
  | {
      kind: 'update';
      cohortId: string;
      name: string;
      proposed: ProposedCohort;
      added: string[];
      removed: string[];
      waveChanges: WaveChange[];
      assistant: { from: string | null; to: string | null } | null;
      manuallyEdited: boolean;
    }
  | { kind: 'unchanged'; cohortId: string; name: string; proposed: ProposedCohort }
  | { kind: 'new'; proposed: ProposedCohort }
  | { kind: 'not-proposed'; cohortId: string; name: string; manuallyEdited: boolean };

/** Matches each proposed cohort to the saved cohort sharing most members (largest overlaps first), then compares. */
export function diffProposal(saved: readonly Saved[], proposed: readonly ProposedCohort[]): CohortChange[] {
  // The saved cohorts each person is in, so each proposed cohort meets only the saved ones it shares people with
  // (hundreds of cohorts each way at agency scale).
  const savedWith = new Map<string, number[]>();
  saved.forEach((s, si) => {
    for (const id of new Set(s.members.map((m) => m.caseworkerId)))
      savedWith.set(id, [...(savedWith.get(id) ?? []), si]);
  });
  const pairs: { s: number; p: number; overlap: number }[] = [];
  proposed.forEach((p, pi) => {
    const overlaps = new Map<number, number>();
    for (const m of p.members)
      for (const si of savedWith.get(m.caseworkerId) ?? []) overlaps.set(si, (overlaps.get(si) ?? 0) + 1);
    for (const [si, overlap] of overlaps) pairs.push({ s: si, p: pi, overlap });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.p - b.p || a.s - b.s);
  const savedFor = new Map<number, number>();
  const usedSaved = new Set<number>();
  for (const pair of pairs) {
    if (savedFor.has(pair.p) || usedSaved.has(pair.s)) continue;
    savedFor.set(pair.p, pair.s);
    usedSaved.add(pair.s);
  }
  const changes: CohortChange[] = proposed.map((p, pi) => {
    const si = savedFor.get(pi);
    const s = si === undefined ? undefined : saved[si];
    if (!s) return { kind: 'new', proposed: p };
    const before = new Map(s.members.map((m) => [m.caseworkerId, m.wave]));
    const after = new Map(p.members.map((m) => [m.caseworkerId, m.wave]));
    const added = p.members.filter((m) => !before.has(m.caseworkerId)).map((m) => m.caseworkerId);
    const removed = s.members.filter((m) => !after.has(m.caseworkerId)).map((m) => m.caseworkerId);
    const waveChanges = p.members
      .filter((m) => before.has(m.caseworkerId) && before.get(m.caseworkerId) !== m.wave)
      .map((m) => ({ caseworkerId: m.caseworkerId, from: before.get(m.caseworkerId) ?? 0, to: m.wave }));
    const assistant =
      s.assistantCoachId === p.assistantCoachId ? null : { from: s.assistantCoachId, to: p.assistantCoachId };
    if (added.length + removed.length + waveChanges.length === 0 && !assistant)
      return { kind: 'unchanged', cohortId: s.id, name: s.name, proposed: p };
    return {
      kind: 'update',
      cohortId: s.id,
      name: s.name,
      proposed: p,
      added,
      removed,
      waveChanges,
      assistant,
      manuallyEdited: s.manuallyEdited,
    };
  });
  saved.forEach((s, si) => {
    if (!usedSaved.has(si))
      changes.push({ kind: 'not-proposed', cohortId: s.id, name: s.name, manuallyEdited: s.manuallyEdited });
  });
  return changes;
}
