// What the people, coach and role pickers list: names sorted the way people read them, each with the detail that tells
// two people of the same name apart. Pure, so the rules (who is offered, in what order) are tested without a screen.
import type { Caseworker, Coach, Unit } from '../model';
import { isSelectable } from './selectable';

export interface PickerChoice {
  id: string;
  label: string;
  detail?: string;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byLabel = (a: PickerChoice, b: PickerChoice) => collator.compare(a.label, b.label);
const statusNote: Record<Caseworker['status'], string> = { active: '', 'on-leave': 'on leave', left: 'left' };

/**
 * Caseworkers to choose from: the selectable ones (everyone who has not left, see selectable.ts), plus anyone in
 * `keepIds` (the person an existing record already names, even after they left), each with their unit and role.
 */
export function caseworkerChoices(
  caseworkers: readonly Caseworker[],
  units: readonly Pick<Unit, 'id' | 'name'>[],
  keepIds: readonly string[] = [],
): PickerChoice[] {
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const keep = new Set(keepIds);
  return caseworkers
    .filter((c) => isSelectable(c) || (c.deletedAt === null && keep.has(c.id)))
    .map((c) => ({
      id: c.id,
      label: c.name,
      detail:
        [c.unitId ? (unitName.get(c.unitId) ?? '') : 'No unit', c.role, statusNote[c.status]]
          .filter(Boolean)
          .join(' · ') || undefined,
    }))
    .sort(byLabel);
}

/** Coaches to choose from, with their expertise (or "also a caseworker") as the detail. */
export function coachChoices(coaches: readonly Coach[]): PickerChoice[] {
  return coaches
    .filter((c) => c.deletedAt === null)
    .map((c) => ({
      id: c.id,
      label: c.name,
      detail: ['Coach', c.expertise.split('\n')[0]?.slice(0, 80) ?? ''].filter(Boolean).join(' · '),
    }))
    .sort(byLabel);
}

/**
 * Anyone who can own an action item: coaches first listed as coaches, then caseworkers. A coach who is also on the
 * roster appears once, as the coach.
 */
export function ownerChoices(
  coaches: readonly Coach[],
  caseworkers: readonly Caseworker[],
  units: readonly Pick<Unit, 'id' | 'name'>[],
  keepIds: readonly string[] = [],
): PickerChoice[] {
  const coachList = coachChoices(coaches);
  const alsoCoach = new Set(coaches.filter((c) => c.deletedAt === null).map((c) => c.caseworkerId));
  const people = caseworkerChoices(caseworkers, units, keepIds).filter((p) => !alsoCoach.has(p.id));
  return [...coachList, ...people].sort(byLabel);
}

/** The roles in use on the roster (and in cohorts), each once, sorted; the picker offers these and nothing else. */
export function roleChoices(
  caseworkers: readonly Pick<Caseworker, 'role' | 'deletedAt'>[],
  extra: readonly string[] = [],
): string[] {
  const seen = new Map<string, string>();
  for (const role of [...caseworkers.filter((c) => c.deletedAt === null).map((c) => c.role), ...extra]) {
    const trimmed = role.trim();
    const key = trimmed.toLocaleLowerCase();
    if (trimmed && !seen.has(key)) seen.set(key, trimmed);
  }
  return [...seen.values()].sort(collator.compare);
}
