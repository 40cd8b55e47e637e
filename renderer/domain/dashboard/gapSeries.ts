// Gap series: gap types per unit, and gaps opened per month by type.
import type { Gap, Unit } from '../model';
import { gapClassifications, isLive } from '../model';
import type { Selection } from './dashboardFilter';

export type GapType = (typeof gapClassifications)[number] | 'undiagnosed';
export const gapTypeLabel: Record<GapType, string> = {
  knowledge: 'Knowledge',
  'execution-barrier': 'Execution: barrier',
  'execution-motivation': 'Execution: motivation',
  'unclear-expectations': 'Unclear expectations',
  'not-worth-pursuing': 'Not worth pursuing',
  undiagnosed: 'Not diagnosed yet',
};
export const gapTypes: readonly GapType[] = [...gapClassifications, 'undiagnosed'];
const zero = () => Object.fromEntries(gapTypes.map((t) => [t, 0])) as Record<GapType, number>;

/** unitId: the unit a drill-down opens (null: no unit); one row per unit, so a row is exactly the gaps it lists. */
export type GapUnitRow = { unit: string; unitId: string | null; total: number; open: number } & Record<
  GapType,
  number
>;

export function toGapTypesByUnitSeries(
  gaps: readonly Gap[],
  caseworkerUnit: ReadonlyMap<string, string | null>,
  units: readonly Unit[],
  scope: Selection,
): GapUnitRow[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const rows = new Map<string, GapUnitRow>();
  for (const g of gaps) {
    if (!isLive(g) || !scope.ids.has(g.caseworkerId) || !scope.inRange(g.openedOn)) continue;
    const unitId = caseworkerUnit.get(g.caseworkerId) ?? null;
    const unit = unitId ? (names.get(unitId) ?? 'Unit in Trash') : 'No unit';
    const row = rows.get(unitId ?? '') ?? { unit, unitId, total: 0, open: 0, ...zero() };
    row[g.classification ?? 'undiagnosed'] += 1;
    row.total += 1;
    if (g.status === 'open' || g.status === 'in-progress') row.open += 1;
    rows.set(unitId ?? '', row);
  }
  return [...rows.values()].sort((a, b) => a.unit.localeCompare(b.unit));
}

export type GapMonthRow = { month: string; total: number } & Record<GapType, number>;

export function toGapsOverTimeSeries(gaps: readonly Gap[], scope: Selection): GapMonthRow[] {
  const rows = new Map<string, GapMonthRow>();
  for (const g of gaps) {
    if (!isLive(g) || !scope.ids.has(g.caseworkerId) || !scope.inRange(g.openedOn)) continue;
    const month = g.openedOn.slice(0, 7);
    const row = rows.get(month) ?? { month, total: 0, ...zero() };
    row[g.classification ?? 'undiagnosed'] += 1;
    row.total += 1;
    rows.set(month, row);
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month));
}
