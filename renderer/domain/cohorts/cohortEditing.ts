// Hand edits to saved cohorts: moving a person to another wave or cohort. Returns only the cohorts that change,
// each marked as edited by hand so that proposing again never silently overwrites it.
import type { Cohort, CohortMember } from '../model';
import type { Stance } from '../survey/scoreResponse';
import type { Wave } from './buildCohorts';

type Editable = Pick<Cohort, 'id' | 'members' | 'assistantCoachId' | 'manuallyEdited'>;

export interface CohortPatch {
  id: string;
  members: CohortMember[];
  assistantCoachId: string | null;
  manuallyEdited: true;
}

/** `stance` is the person's latest stance, kept in the reason so the move does not lose it. */
export function moveMember(
  cohorts: readonly Editable[],
  caseworkerId: string,
  toCohortId: string,
  toWave: Wave,
  stance: Stance | null = null,
): CohortPatch[] {
  const from = cohorts.find((c) => c.members.some((m) => m.caseworkerId === caseworkerId));
  const to = cohorts.find((c) => c.id === toCohortId);
  if (!to) throw new Error('That cohort no longer exists.');
  const current = from?.members.find((m) => m.caseworkerId === caseworkerId);
  if (from?.id === to.id && current?.wave === toWave) return [];
  const moved: CohortMember = {
    caseworkerId,
    wave: toWave,
    reason: `wave ${toWave}: moved here by hand${stance ? `; ${stance}` : ''}`,
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

/**
 * Why moving a person into a cohort breaks the same-role rule, in words, or null when it does not: asked before a
 * cross-role move rather than flagged after it.
 */
export function crossRoleWarning(
  person: { name: string; role: string },
  cohort: { name: string; role: string },
): string | null {
  const from = person.role.trim();
  const to = cohort.role.trim();
  if (!to || from === to) return null;
  const role = from ? `role is “${from}”` : 'role is not recorded';
  return `${person.name}’s ${role}, but ${cohort.name} is a cohort for “${to}”. A cohort brings together people who do the same job, so they learn the tool for that job together. You can still move them; the cohort will then show a mixed-roles rule break.`;
}
