// Live report models: each hook reads its records through the data layer and assembles the report with the domain's
// pure builders. `undefined` while loading; null when the person, cohort or rollout does not exist.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildCaseworkerSummary } from '../../domain/reports/caseworkerSummary';
import { buildCohortReport } from '../../domain/reports/cohortReport';
import { buildReportsIndex } from '../../domain/reports/reportsIndex';
import { buildRolloutReport } from '../../domain/reports/rolloutReport';
import { useToday } from '../../ui/useToday';
import { reportRepository } from '../../data/reportRepository';
import { useSettings } from '../settings/useSettings';
import { usePreparedWorkspaceData } from '../shared/useWorkspaceData';
import { useSharedRoster } from '../shared/useSharedRoster';

export function useReportsIndex(search: string) {
  // The roster from the copy the screens share; the current rollout's cohorts read live.
  const roster = useSharedRoster();
  const cohorts = useLiveQuery(reportRepository.cohortsOfCurrentRollout);
  return useMemo(
    () =>
      roster && cohorts
        ? buildReportsIndex({ caseworkers: roster.caseworkers, units: roster.units, ...cohorts }, search)
        : undefined,
    [roster, cohorts, search],
  );
}

export function useCaseworkerSummary(caseworkerId: string) {
  const today = useToday();
  const input = useLiveQuery(() => reportRepository.caseworker(caseworkerId), [caseworkerId]);
  const report = useMemo(
    () => (input ? buildCaseworkerSummary(input.source, caseworkerId, input.settings, today) : undefined),
    [input, caseworkerId, today],
  );
  return { report, today };
}

export function useCohortReport(cohortId: string) {
  const today = useToday();
  const input = useLiveQuery(() => reportRepository.cohort(cohortId), [cohortId]);
  const report = useMemo(
    () => (input ? buildCohortReport(input.source, cohortId, input.settings, today) : undefined),
    [input, cohortId, today],
  );
  return { report, today };
}

export function useRolloutReport() {
  const today = useToday();
  // The whole workspace, shared with Home and the dashboard (read once for the three of them).
  const settings = useSettings();
  const source = usePreparedWorkspaceData(settings);
  const report = useMemo(
    () => (source && settings ? buildRolloutReport(source, settings, today) : undefined),
    [source, settings, today],
  );
  return { report, today };
}
