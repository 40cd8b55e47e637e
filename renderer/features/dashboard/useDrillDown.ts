// What every drill-down list reads: the dashboard's filters and the click from the address, the same data and
// dashboard model the dashboard builds (no other reads), the chart's choices in words, and a way to change the click.
import { useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { DashboardFilter } from '../../domain/dashboard/dashboardFilter';
import { drillChoices } from '../../domain/dashboard/drillChoices';
import {
  drillDownHref,
  pickFromParams,
  type DrillList,
  type DrillPick,
} from '../../domain/dashboard/drillDown';
import { formatDay } from '../../domain/format/format';
import { useAddressFilter, useDashboardModel } from './useDashboard';

export function useDrillDown(list: DrillList) {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filter = useAddressFilter();
  const pick = useMemo(() => pickFromParams(new URLSearchParams(search), list), [search, list]);
  const { data, model } = useDashboardModel(filter);
  const choices = useMemo(() => (model && pick ? drillChoices(pick.chart, model) : null), [model, pick]);
  const unitName = useMemo(() => {
    const names = new Map((data?.units ?? []).map((u) => [u.id, u.name]));
    return (id: string | null) => (id ? (names.get(id) ?? 'A unit in Trash') : 'No unit');
  }, [data]);
  /** The dashboard's filters, each in words: ["Unit", "Intake North"], ["Dates", "Mar 1, 2026 to today"]. */
  const filterItems = (f: DashboardFilter): Array<[string, string]> => [
    [
      'Rollout',
      f.rolloutId
        ? (data?.rollouts.find((r) => r.id === f.rolloutId)?.name ?? 'A rollout in Trash')
        : 'All rollouts',
    ],
    ['Unit', f.unitId ? unitName(f.unitId) : 'All units'],
    ['Role', f.role || 'All roles'],
    ['Wave', f.wave ? `Wave ${f.wave}` : 'All waves'],
    [
      'Dates',
      f.from || f.to
        ? `${f.from ? formatDay(f.from) : 'the start'} to ${f.to ? formatDay(f.to) : 'today'}`
        : 'All dates',
    ],
  ];
  // Another bar or segment of the same chart replaces this address, so Back still returns to the dashboard.
  const change = (next: Partial<DrillPick>) => {
    if (filter && pick) navigate(`~${drillDownHref(filter, { ...pick, ...next })}`, { replace: true });
  };
  return { filter, pick, data, model, choices, unitName, filterItems, change };
}
