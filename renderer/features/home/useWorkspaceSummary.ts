// Live workspace summary for the home screen; with `wanted` false, nothing read yet (undefined).
import { useLiveQuery } from 'dexie-react-hooks';
import { caseworkerRepository } from '../../data/rosterRepository';
import type { WorkspaceSummary } from '../../domain/home/workspaceSummary';

export function useWorkspaceSummary(wanted = true): WorkspaceSummary | undefined {
  return useLiveQuery(() => (wanted ? caseworkerRepository.summary() : undefined), [wanted]);
}
