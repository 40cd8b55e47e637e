// Live workspace summary for the home screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { loadWorkspaceSummary, type WorkspaceSummary } from '../../data/workspace';

export function useWorkspaceSummary(): WorkspaceSummary | undefined {
  return useLiveQuery(loadWorkspaceSummary);
}
