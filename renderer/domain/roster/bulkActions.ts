// Bulk actions on the roster: which people are selected, and what moving them to a unit, setting their status or
// moving them to Trash changes and says. The selection is a set of ids, so ticking one box or all of an agency's
// 5,000 people costs one pass, never one pass per person. Pure, so the rules are tested without a screen.
import { formatCount, plural } from '../format/format';
import type { CaseworkerStatus, Unit } from '../model';
import { isUnitActive } from './unitRules';

export type Selection = ReadonlySet<string>;

/** The selection with `id` ticked or unticked. */
export function toggleOne(selection: Selection, id: string, on = !selection.has(id)): Selection {
  const next = new Set(selection);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** The selection with all of `ids` ticked (or all unticked): the "select all shown" box. */
export function toggleMany(selection: Selection, ids: readonly string[], on: boolean): Selection {
  const next = new Set(selection);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** What the "select all" box shows for the rows listed: none, some (mixed) or all of them ticked. */
export function selectAllState(selection: Selection, ids: readonly string[]): 'none' | 'some' | 'all' {
  let ticked = 0;
  for (const id of ids) if (selection.has(id)) ticked++;
  return ticked === 0 ? 'none' : ticked === ids.length ? 'all' : 'some';
}

/**
 * The selected people among those the filters show, in the list's order. A bulk action acts on these only: someone
 * ticked and then filtered out of view is never changed unseen.
 */
export function selectedAmong<T extends { id: string }>(selection: Selection, shown: readonly T[]): T[] {
  return selection.size === 0 ? [] : shown.filter((p) => selection.has(p.id));
}

export type BulkAction =
  { kind: 'move'; unitId: string | null } | { kind: 'status'; status: CaseworkerStatus } | { kind: 'trash' };

interface Person {
  id: string;
  unitId: string | null;
  status: CaseworkerStatus;
}

export type BulkPlan = { ok: true; ids: string[]; unchanged: number } | { ok: false; reason: string };

type UnitLike = Pick<Unit, 'id' | 'name' | 'deletedAt' | 'deactivatedOn'>;

/**
 * Who a bulk action changes: people already in the target unit or status are left alone (and counted), and a move
 * into a unit that is deactivated or in Trash is refused with the reason.
 */
export function planBulk(
  people: readonly Person[],
  action: BulkAction,
  units: readonly UnitLike[],
): BulkPlan {
  if (people.length === 0) return { ok: false, reason: 'Select at least one person first.' };
  if (action.kind === 'move' && action.unitId !== null) {
    const unit = units.find((u) => u.id === action.unitId);
    if (!unit || unit.deletedAt) return { ok: false, reason: 'That unit no longer exists.' };
    if (!isUnitActive(unit))
      return {
        ok: false,
        reason: `${unit.name} is deactivated and takes no new people. Reactivate it on the Units page first.`,
      };
  }
  const changes = (p: Person) =>
    action.kind === 'trash' ||
    (action.kind === 'move' ? p.unitId !== action.unitId : p.status !== action.status);
  const ids = people.filter(changes).map((p) => p.id);
  return { ok: true, ids, unchanged: people.length - ids.length };
}

const statusWords: Record<CaseworkerStatus, string> = {
  active: 'active',
  'on-leave': 'on leave',
  left: 'left (deactivated)',
};

/** What the toast says after a bulk action: how many changed, and how many were already so. */
export function bulkMessage(
  action: BulkAction,
  changed: number,
  unchanged: number,
  unitName: string,
): string {
  const who = plural(changed, 'caseworker');
  const done =
    action.kind === 'trash'
      ? `${who} moved to Trash.`
      : action.kind === 'move'
        ? action.unitId === null
          ? `${who} taken out of their unit.`
          : `${who} moved to ${unitName}.`
        : `${who} set to ${statusWords[action.status]}.`;
  if (unchanged === 0) return done;
  const was = unchanged === 1 ? 'was' : 'were';
  const already =
    action.kind === 'status'
      ? `${was} ${statusWords[action.status]} already`
      : action.kind === 'move' && action.unitId === null
        ? `had no unit`
        : `${was} there already`;
  return `${done} ${formatCount(unchanged)} ${already}.`;
}
