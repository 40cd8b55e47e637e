// Live imported tool usage of the current rollout, with caseworker names.
import { useLiveQuery } from 'dexie-react-hooks';
import { caseworkerRepository } from '../../data/rosterRepository';
import { usageRepository } from '../../data/usageRepository';

export function useToolUsage() {
  return useLiveQuery(async () => {
    const [{ rollout, usage }, caseworkers] = await Promise.all([
      usageRepository.current(),
      caseworkerRepository.listByName(),
    ]);
    return { rollout, usage, caseworkers };
  });
}
