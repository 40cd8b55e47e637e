// The role-based home cards' data: survey coverage, cohort and wave status, headline funnel and the unit's open gaps.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildHome, type HomeModel } from '../../domain/home/buildHome';
import { loadDashboardData } from '../../data/dashboardRepository';
import { useSettings } from '../settings/useSettings';

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function useHome(): HomeModel | undefined {
  const data = useLiveQuery(loadDashboardData);
  const settings = useSettings();
  return useMemo(
    () => (data && settings ? buildHome(data, settings, localToday()) : undefined),
    [data, settings],
  );
}
