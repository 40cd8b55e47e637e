// Whether to show the first-run welcome: only for a workspace that was never set up AND holds no data at all, so an
// unreadable settings row can never make an existing workspace look new (the welcome's choices would replace it).
import { useLiveQuery } from 'dexie-react-hooks';
import { settingsRepository } from '../../data/settingsRepository';
import { workspaceHasData } from '../../data/workspace';

export function useFirstRun(): boolean | undefined {
  return useLiveQuery(async () => {
    if ((await settingsRepository.load()).onboarded) return false;
    return !(await workspaceHasData());
  });
}
