// The dashboard's data, its filters (kept in settings between visits) and the charts built from them.
import { useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildDashboard, type DashboardModel } from '../../domain/dashboard/buildDashboard';
import { emptyFilter, type DashboardFilter } from '../../domain/dashboard/dashboardFilter';
import { showToast } from '../../ui/toast';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { settingsRepository } from '../../data/settingsRepository';
import { dashboardRepository } from '../../data/dashboardRepository';
import type { Settings } from '../../domain/model';

export function useDashboard() {
  const data = useLiveQuery(dashboardRepository.data);
  const settings = useSettings();
  const today = useToday();
  // The screen answers from local state at once; the saved copy only matters for the next visit.
  const [edited, setEdited] = useState<DashboardFilter | null>(null);
  const saved = settings?.dashboardFilter ?? null;
  const current = settings?.currentRolloutId ?? null;
  const filter = useMemo<DashboardFilter>(
    () => edited ?? saved ?? emptyFilter(current),
    [edited, saved, current],
  );
  // Saving the filter writes settings, which would hand a new settings object to the build below and draw every
  // chart a second time. The charts depend on settings only apart from the saved filter, so that is what is compared.
  const chartSettings = useSettingsApartFromFilter(settings);
  const model = useMemo<DashboardModel | undefined>(
    () => (data && chartSettings ? buildDashboard(data, filter, chartSettings, today) : undefined),
    [data, chartSettings, filter, today],
  );
  const save = (dashboardFilter: DashboardFilter | null) =>
    settingsRepository.save({ dashboardFilter }).catch((error: unknown) =>
      showToast({
        message: `That filter could not be kept: ${error instanceof Error ? error.message : String(error)}`,
        tone: 'danger',
      }),
    );
  const setFilter = (next: DashboardFilter) => {
    setEdited(next);
    void save(next);
  };
  const reset = () => {
    setEdited(emptyFilter(current));
    void save(null);
  };
  return { data, model, filter, setFilter, reset };
}

/** The same settings object for as long as nothing but the remembered dashboard filter (and its stamp) changes. */
function useSettingsApartFromFilter(settings: Settings | undefined): Settings | undefined {
  const kept = useRef<{ key: string; settings: Settings | undefined }>({ key: '', settings: undefined });
  const key = settings ? JSON.stringify({ ...settings, dashboardFilter: null, updatedAt: null }) : '';
  if (kept.current.key !== key) kept.current = { key, settings };
  return kept.current.settings;
}
