// Gaps: creating a diagnosed gap, re-diagnosing, status changes with dates and evidence links. The half-finished
// wizard is kept as a draft (draftRepository), dropped when the diagnosis is saved.
import type { CoachingEntry, Gap, InputByTable } from '../domain/model';
import { changeStatus } from '../domain/gaps/gapStatus';
import type { GapStatus } from '../domain/gaps/gapLabels';
import { deleteDraft } from './draftRepository';
import { inTransaction, repository } from './repository';
import { settingsRepository } from './settingsRepository';

export const gaps = repository('gaps');

export async function listGaps(): Promise<Gap[]> {
  return (await gaps.list()).sort(
    (a, b) => b.openedOn.localeCompare(a.openedOn) || b.updatedAt.localeCompare(a.updatedAt),
  );
}

export async function createGap(input: InputByTable['gaps']): Promise<Gap> {
  const status = input.status ?? 'open';
  const history =
    input.statusHistory && input.statusHistory.length > 0
      ? input.statusHistory
      : [{ status, on: input.openedOn }];
  return gaps.create({ ...input, status, statusHistory: history });
}

export async function updateGap(id: string, patch: Partial<InputByTable['gaps']>): Promise<Gap> {
  return gaps.update(id, patch);
}

/** Records a status change with its date; throws with a message naming the problem when it cannot be made. */
export async function setGapStatus(id: string, status: GapStatus, on: string, today: string): Promise<Gap> {
  const gap = await gaps.get(id);
  if (!gap || gap.deletedAt) throw new Error('That gap no longer exists.');
  const change = changeStatus(gap, status, on, today);
  if (!change.ok) throw new Error(change.message);
  return gaps.update(id, { status: change.status, statusHistory: change.statusHistory });
}

/**
 * Creates the gap (id null) or updates it with a finished diagnosis and, in the same transaction, drops the wizard's
 * draft, so a saved diagnosis is never offered back as unfinished.
 */
export async function saveDiagnosis(
  change: { create: InputByTable['gaps'] } | { update: string; patch: Partial<InputByTable['gaps']> },
  draftKey: string | null,
): Promise<Gap> {
  return inTransaction('rw', ['gaps', 'drafts'], async () => {
    const saved =
      'create' in change ? await createGap(change.create) : await updateGap(change.update, change.patch);
    if (draftKey) await deleteDraft(draftKey);
    return saved;
  });
}

const coachingEntries = repository('coachingEntries');

/** Coaching entries, read only here as evidence for gaps (the coaching area owns their writes). */
export async function listEvidenceEntries(): Promise<CoachingEntry[]> {
  return (await coachingEntries.list()).sort((a, b) => b.date.localeCompare(a.date));
}

/** Adds an expectation to the list in settings (the list the user extends); no-op when it is already there. */
export async function addExpectation(text: string): Promise<void> {
  const settings = await settingsRepository.load();
  const clean = text.trim();
  if (clean === '' || settings.expectations.some((e) => e.toLowerCase() === clean.toLowerCase())) return;
  await settingsRepository.save({ expectations: [...settings.expectations, clean] });
}
