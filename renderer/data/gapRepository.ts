// Gaps: creating a diagnosed gap, re-diagnosing, status changes with dates and evidence links. The half-finished
// wizard is kept as a draft (draftRepository), dropped when the diagnosis is saved.
import type { Gap, InputByTable } from '../domain/model';
import { changeStatus } from '../domain/gaps/gapStatus';
import type { GapStatus } from '../domain/gaps/gapLabels';
import { draftRepository } from './draftRepository';
import { inTransaction, repository, type UpdateOptions } from './repository';
import { settingsRepository } from './settingsRepository';

const base = repository('gaps');

function withHistory(input: InputByTable['gaps']): InputByTable['gaps'] {
  const status = input.status ?? 'open';
  const history =
    input.statusHistory && input.statusHistory.length > 0
      ? input.statusHistory
      : [{ status, on: input.openedOn }];
  return { ...input, status, statusHistory: history };
}

export const gapRepository = {
  ...base,
  /** Live gaps, the latest opened first. */
  listNewestFirst: async (): Promise<Gap[]> =>
    (await base.list()).sort(
      (a, b) => b.openedOn.localeCompare(a.openedOn) || b.updatedAt.localeCompare(a.updatedAt),
    ),

  /** Creates a gap; its status history starts with its status on the day it was opened. */
  create: (input: InputByTable['gaps']): Promise<Gap> => base.create(withHistory(input)),

  /** Records a status change with its date; throws with a message naming the problem when it cannot be made. */
  setStatus: async (id: string, status: GapStatus, on: string, today: string): Promise<Gap> => {
    const gap = await base.getLive(id);
    if (!gap) throw new Error('That gap no longer exists.');
    const change = changeStatus(gap, status, on, today);
    if (!change.ok) throw new Error(change.message);
    return base.update(id, { status: change.status, statusHistory: change.statusHistory });
  },

  /**
   * Creates the gap or updates the one the wizard opened with a finished diagnosis and, in the same transaction,
   * drops the wizard's draft, so a saved diagnosis is never offered back as unfinished.
   */
  saveDiagnosis: (
    change:
      | { create: InputByTable['gaps'] }
      | { update: string; patch: Partial<InputByTable['gaps']>; opened?: UpdateOptions<'gaps'>['opened'] },
    draftKey: string | null,
  ): Promise<Gap> =>
    inTransaction('rw', ['gaps', 'drafts'], async () => {
      const saved =
        'create' in change
          ? await base.create(withHistory(change.create))
          : await base.update(change.update, change.patch, { opened: change.opened });
      if (draftKey) await draftRepository.delete(draftKey);
      return saved;
    }),

  /** Adds an expectation to the list in settings (the list the user extends); no-op when it is already there. */
  addExpectation: async (text: string): Promise<void> => {
    const settings = await settingsRepository.load();
    const clean = text.trim();
    if (clean === '' || settings.expectations.some((e) => e.toLowerCase() === clean.toLowerCase())) return;
    await settingsRepository.save({ expectations: [...settings.expectations, clean] });
  },
};
