// Live workspace summary for the home screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { caseworkerRepository, type WorkspaceSummary } from '../../data/rosterRepository';

export function useWorkspaceSummary(): WorkspaceSummary | undefined {
  return useLiveQuery(caseworkerRepository.summary);
}
