// Saving a cohort's head coach from a picker (the board and the cohort's page): the saved message, or the failure told
// through runAction; the promise goes back to the picker, which shows the choice until the save lands and puts back
// the one before if it fails.
import { cohortRepository } from '../../data/cohortRepository';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';

export function saveHeadCoach(cohortId: string, coachId: string, saved: string): Promise<void> {
  const saving = cohortRepository.setHeadCoach(cohortId, coachId || null).then(() => {
    showToast({ message: saved });
  });
  runAction('change the head coach', () => saving);
  return saving;
}
