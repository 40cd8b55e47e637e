// The role-based home cards' data: survey coverage, cohort and wave status, headline funnel and the unit's open gaps.
import { useMemo } from 'react';
import { buildHome, type HomeModel } from '../../domain/home/buildHome';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { usePreparedWorkspaceData } from '../shared/useWorkspaceData';

export function useHome(): HomeModel | undefined {
  const settings = useSettings();
  const data = usePreparedWorkspaceData(settings);
  const today = useToday();
  return useMemo(
    () => (data && settings ? buildHome(data, settings, today) : undefined),
    [data, settings, today],
  );
}
