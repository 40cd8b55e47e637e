// Hand edits to saved cohorts: moving a person to another wave or cohort. Returns only the cohorts that change,
// each marked as edited by hand so that proposing again never silently overwrites it.
import type { Cohort, CohortMember } from '../model';
import type { Wave } from './buildCohorts';

type Editable = Pick<Cohort, 'id' | 'members' | 'assistantCoachId' | 'manuallyEdited'>;

export interface CohortPatch {
  id: string;
  members: CohortMember[];
  assistantCoachId: string | null;
  manuallyEdited: true;
}

export function moveMember(
  cohorts: readonly Editable[],
  caseworkerId: string,
  toCohortId: string,
  toWave: Wave,
): CohortPatch[] {
  const from = cohorts.find((c) => c.members.some((m) => m.caseworkerId === caseworkerId));
  const to = cohorts.find((c) => c.id === toCohortId);
  if (!to) throw new Error('That cohort no longer exists.');
  const current = from?.members.find((m) => m.caseworkerId === caseworkerId);
  if (from?.id === to.id && current?.wave === toWave) return [];
  const moved: CohortMember = {
    caseworkerId,
    wave: toWave,
    reason: `wave ${toWave}: moved here by hand`,
  };
  if (from && from.id === to.id) {
    return [
      {
        id: to.id,
        members: sortByWave(to.members.map((m) => (m.caseworkerId === caseworkerId ? moved : m))),
        assistantCoachId: to.assistantCoachId,
        manuallyEdited: true,
      },
    ];
  }
  const patches: CohortPatch[] = [];
  if (from)
    patches.push({
      id: from.id,
      members: from.members.filter((m) => m.caseworkerId !== caseworkerId),
      assistantCoachId: from.assistantCoachId === caseworkerId ? null : from.assistantCoachId,
      manuallyEdited: true,
    });
  patches.push({
    id: to.id,
    members: sortByWave([...to.members, moved]),
    assistantCoachId: to.assistantCoachId,
    manuallyEdited: true,
  });
  return patches;
}

/** Keeps the order within a wave and puts waves in order (a stable sort). */
function sortByWave(members: CohortMember[]): CohortMember[] {
  return members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.wave - b.m.wave || a.i - b.i)
    .map(({ m }) => m);
}
