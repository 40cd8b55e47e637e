// The dashboard's data, its filters (in the address, so Back returns to the dashboard as it was, and kept in settings
// for the next visit) and the charts built from them.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { DashboardModel } from '../../domain/dashboard/buildDashboard';
import { dashboardFor } from '../../domain/dashboard/dashboardFor';
import { emptyFilter, type DashboardFilter } from '../../domain/dashboard/dashboardFilter';
import { dashboardHref, filterFromParams } from '../../domain/dashboard/drillDown';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { settingsRepository } from '../../data/settingsRepository';
import { usePreparedWorkspaceData } from '../shared/useWorkspaceData';
import type { Settings } from '../../domain/model';
import { runAction } from '../../ui/runAction';

/** The filter the address carries (a drill-down's, or the dashboard's after Back), or null. */
export function useAddressFilter(): DashboardFilter | null {
  const search = useSearch();
  return useMemo(() => filterFromParams(new URLSearchParams(search)), [search]);
}

/** The workspace's data and the dashboard built from it for one filter (the dashboard and its drill-down lists). */
export function useDashboardModel(filter: DashboardFilter | null) {
  const settings = useSettings();
  const data = usePreparedWorkspaceData(settings);
  const today = useToday();
  // Saving the filter writes settings, which would hand a new settings object to the build below and draw every
  // chart a second time. The charts depend on settings only apart from the saved filter, so that is what is compared.
  const chartSettings = useSettingsApartFromFilter(settings);
  const model = useMemo<DashboardModel | undefined>(
    () => (data && chartSettings && filter ? dashboardFor(data, filter, chartSettings, today) : undefined),
    [data, chartSettings, filter, today],
  );
  return { data, model, settings };
}

export function useDashboard() {
  const settings = useSettings();
  const [, navigate] = useLocation();
  const inAddress = useAddressFilter();
  // The screen answers from local state at once; the address follows (replaced, so Back leaves the dashboard) and
  // the saved copy only matters for the next visit without one.
  const [edited, setEdited] = useState<DashboardFilter | null>(null);
  const saved = settings?.dashboardFilter ?? null;
  const current = settings?.currentRolloutId ?? null;
  const filter = useMemo<DashboardFilter | null>(
    () => edited ?? inAddress ?? (settings ? (saved ?? emptyFilter(current)) : null),
    [edited, inAddress, settings, saved, current],
  );
  // The filter controls answer at once; the charts follow a moment later (a transition React can interrupt when the
  // next filter comes), and say they are updating meanwhile.
  const shown = useDeferredValue(filter);
  const { data, model } = useDashboardModel(shown);
  const save = (dashboardFilter: DashboardFilter | null) => settingsRepository.save({ dashboardFilter });
  const setFilter = (next: DashboardFilter) => {
    setEdited(next);
    navigate(`~${dashboardHref(next)}`, { replace: true });
    runAction('keep the filter', () => save(next));
  };
  const reset = () => {
    const empty = emptyFilter(current);
    setEdited(empty);
    navigate(`~${dashboardHref(empty)}`, { replace: true });
    runAction('keep the filter', () => save(null));
  };
  return {
    data,
    model,
    filter: filter ?? emptyFilter(current),
    /** The filter the charts show: the one above, or the one before while the charts are being drawn again. */
    shown: shown ?? emptyFilter(current),
    updating: filter !== shown,
    setFilter,
    reset,
  };
}

/** The same settings object for as long as nothing but the remembered dashboard filter (and its stamp) changes. */
function useSettingsApartFromFilter(settings: Settings | undefined): Settings | undefined {
  const kept = useRef<{ key: string; settings: Settings | undefined }>({ key: '', settings: undefined });
  const key = settings ? JSON.stringify({ ...settings, dashboardFilter: null, updatedAt: null }) : '';
  if (kept.current.key !== key) kept.current = { key, settings };
  return kept.current.settings;
}
