// The dashboard's data, its filters (in the address, so Back returns to the dashboard as it was, and kept in settings
// for the next visit) and the charts built from them.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { DashboardData, DashboardModel } from '../../domain/dashboard/buildDashboard';
import { narrowsPeople } from '../../domain/dashboard/fewPeople';
import { dashboardRepository } from '../../data/dashboardRepository';
import { dashboardBuilt, dashboardInSteps } from '../../domain/dashboard/dashboardFor';
import { runInSlices } from '../../ui/runInSlices';
import { afterTurns } from '../../ui/oneAtATime';
import { emptyFilter, openingFilter, type DashboardFilter } from '../../domain/dashboard/dashboardFilter';
import { dashboardHref, filterFromParams } from '../../domain/dashboard/drillDown';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { settingsRepository } from '../../data/settingsRepository';
import { usePreparedWorkspaceData } from '../shared/useWorkspaceData';
import type { Settings } from '../../domain/model';
import { runAction } from '../../ui/runAction';
import {
  chartsOf,
  filterChoices,
  keptDashboardKey,
  type ChartsModel,
  type FilterChoices,
  type KeptDashboard,
} from '../../domain/dashboard/keptDashboard';
import { KEPT_DASHBOARD } from '../../domain/keptModel';
import { useKeptModel } from '../shared/useKeptModel';
import { readStampOf, startSnapshotRepository, type ReadStamp } from '../../data/startSnapshotRepository';

/** The filter the address carries (a drill-down's, or the dashboard's after Back), or null. */
export function useAddressFilter(): DashboardFilter | null {
  const search = useSearch();
  return useMemo(() => filterFromParams(new URLSearchParams(search)), [search]);
}

/** A dashboard model and the filter it was built for. */
interface Shown {
  filter: DashboardFilter;
  model: DashboardModel;
}

/**
 * The dashboard's data for a filter that keeps few people (a unit or a role: fewPeople.ts), read for them only while
 * `wanted` (the whole workspace is not there yet): the small tables and their records. `settled` once the read for
 * this filter has ended, with data or null (it keeps too many; a failed read too: the whole read then answers).
 */
function useFewPeopleData(filter: DashboardFilter | null, wanted: boolean) {
  const key = wanted && filter && narrowsPeople(filter) ? JSON.stringify(filter) : null;
  const [read, setRead] = useState<{ key: string; data: DashboardData | null } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    const done = (data: DashboardData | null) => {
      if (current) setRead({ key, data });
    };
    dashboardRepository.dataOfFewPeople(JSON.parse(key) as DashboardFilter).then(done, () => done(null));
    return () => {
      current = false;
    };
  }, [key]);
  const ofThisFilter = read !== null && read.key === key;
  return { data: ofThisFilter ? (read.data ?? undefined) : undefined, settled: key === null || ofThisFilter };
}

/**
 * The workspace's data and the dashboard built from it for one filter (the dashboard and its drill-down lists):
 * `model` once it is built for this filter, `latest` the one built last (for an earlier filter, while this one is).
 * A filter not built yet is worked out a slice at a time (hundreds of thousands of entries and measures counted
 * again: 0.2-0.4 s in one task froze the window), and its charts are drawn as a transition React can interrupt.
 * With `wanted` false the workspace is not read (the charts kept from an earlier visit are what is shown).
 * Until the whole workspace has been read, a filter that keeps few people (a unit, a role) is built from their records
 * alone, read first: IndexedDB answers one read after another, so the whole read starts once those charts are built.
 */
export function useDashboardModel(filter: DashboardFilter | null, wanted = true) {
  const settings = useSettings();
  const [wholeWanted, setWholeWanted] = useState(false);
  const whole = usePreparedWorkspaceData(settings, wanted && wholeWanted);
  const few = useFewPeopleData(filter, wanted && !whole);
  const data = whole ?? few.data;
  const today = useToday();
  // Saving the filter writes settings, which would hand a new settings object to the build below and draw every
  // chart a second time. The charts depend on settings only apart from the saved filter, so that is what is compared.
  const chartSettings = useSettingsApartFromFilter(settings);
  const ready =
    data && chartSettings && filter ? dashboardBuilt(data, filter, chartSettings, today) : undefined;
  // The whole read starts once the few people's charts are worked out and drawn (or there are none): its pages are
  // handed over on the same thread, and drawings waiting behind them were drawn several at once (tasks over 200 ms).
  const fewShown = few.settled && (!few.data || ready !== undefined);
  useEffect(() => {
    if (wanted && !wholeWanted && fewShown) return afterTurns(() => setWholeWanted(true));
  }, [wanted, wholeWanted, fewShown]);
  const [, setBuilt] = useState(0);
  // The dashboard on screen: a chart the new one leaves as it was keeps its series, and is not drawn again.
  const latest = useRef<Shown | undefined>(undefined);
  useEffect(() => {
    if (!data || !chartSettings || !filter || ready) return;
    return runInSlices(dashboardInSteps(data, filter, chartSettings, today, latest.current?.model), () =>
      startTransition(() => setBuilt((n) => n + 1)),
    );
  }, [data, chartSettings, filter, today, ready]);
  if (!data) latest.current = undefined;
  else if (ready && filter) latest.current = { filter, model: ready };
  return { data, model: ready, latest: latest.current, settings };
}

/** Charts shown, and the filter they follow. */
interface ShownCharts {
  filter: DashboardFilter;
  charts: ChartsModel;
  choices: FilterChoices;
  /** When the charts were kept, if the workspace or the day changed since (they are being worked out again). */
  outdatedSince: string | null;
}

/**
 * The dashboard's charts for `filter`: built from the workspace, or kept from an earlier visit with the same filter
 * and settings (keptDashboard.ts). Kept charts that are current are shown and the workspace is not read until another
 * filter needs it; kept charts that are not are shown, said so, while it is read.
 */
function useDashboardCharts(filter: DashboardFilter | null) {
  const settings = useSettings();
  const today = useToday();
  const chartSettings = useSettingsApartFromFilter(settings);
  const key = chartSettings && filter ? keptDashboardKey(chartSettings, filter) : null;
  const { kept, current, read } = useKeptModel<KeptDashboard>(KEPT_DASHBOARD, key);
  const { data, model, latest } = useDashboardModel(filter, read);
  const choices = useMemo(() => (data ? filterChoices(data) : undefined), [data]);
  // Made once per model, so the memoised charts are not drawn again for nothing.
  const latestModel = latest?.model;
  const charts = useMemo(() => (latestModel ? chartsOf(latestModel) : undefined), [latestModel]);
  // Kept for the next visit: the charts of the filter the visit opened with at once (the next visit opens with the
  // same filter unless another is picked), those of a filter picked since when the dashboard is left. Sealing them is
  // a task of 50-100 ms at agency scale, so not after every filter clicked through. A failure only means the next
  // visit reads the workspace first, as before.
  const opened = useRef(key);
  opened.current ??= key;
  const leaving = useRef<(() => void) | null>(null);
  // What this visit kept last: going back to a filter already kept from the same read on the same day keeps nothing
  // again (the filters' Reset, or clearing the one picked last, would seal the same charts once more).
  const keptLast = useRef<{ key: string; today: string; stamp: ReadStamp } | null>(null);
  useEffect(() => {
    leaving.current = null;
    const stamp = data && readStampOf(data);
    if (!model || !stamp || !key || !choices) return;
    const keep = () => {
      const last = keptLast.current;
      if (last?.key === key && last.today === today && last.stamp.token === stamp.token) return;
      keptLast.current = { key, today, stamp };
      startSnapshotRepository
        .keep(KEPT_DASHBOARD, key, today, stamp, { charts: chartsOf(model), choices } satisfies KeptDashboard)
        .catch(() => {
          keptLast.current = null;
        });
    };
    if (key === opened.current) keep();
    else leaving.current = keep;
  }, [model, data, key, choices, today]);
  useEffect(() => () => leaving.current?.(), []);
  const keptShown = useRef<ShownCharts | undefined>(undefined);
  if (latest && charts && choices)
    keptShown.current = { filter: latest.filter, charts, choices, outdatedSince: null };
  else if (kept && filter)
    keptShown.current = {
      filter,
      charts: kept.model.charts,
      choices: kept.model.choices,
      outdatedSince: current ? null : kept.keptAt,
    };
  return keptShown.current;
}

export function useDashboard() {
  const settings = useSettings();
  const [, navigate] = useLocation();
  const inAddress = useAddressFilter();
  // The screen answers from local state at once; the address follows (replaced, so Back leaves the dashboard) and
  // the saved copy only matters for the next visit without one.
  const [edited, setEdited] = useState<DashboardFilter | null>(null);
  const current = settings?.currentRolloutId ?? null;
  const filter = useMemo<DashboardFilter | null>(
    () => edited ?? inAddress ?? (settings ? openingFilter(settings) : null),
    [edited, inAddress, settings],
  );
  // The filter controls answer at once; the charts follow once the filter's figures are worked out, and say they are
  // updating meanwhile.
  const shownCharts = useDashboardCharts(filter);
  const shown = shownCharts?.filter;
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
    charts: shownCharts?.charts,
    choices: shownCharts?.choices,
    outdatedSince: shownCharts?.outdatedSince ?? null,
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
