// Who answered one round, and one person's answers to it, read live through the indexes: what the answer screen needs
// to mark the people who answered and to warn before replacing someone's answers (not the rollout's every answer).
import { useLiveQuery } from 'dexie-react-hooks';
import { surveyRepository } from '../../data/surveyRepository';

export function useWhoAnswered(roundId: string | undefined, caseworkerId: string) {
  /** The people with a live response in the round; undefined while read. */
  const answered = useLiveQuery(
    async () => (roundId ? surveyRepository.responses.whoAnswered(roundId) : new Set<string>()),
    [roundId],
  );
  /** This person's live response in the round, if any. */
  const existing = useLiveQuery(
    async () =>
      roundId && caseworkerId ? surveyRepository.responses.find(roundId, caseworkerId) : undefined,
    [roundId, caseworkerId],
  );
  return { answered, existing };
}
