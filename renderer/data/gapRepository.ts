// Gaps and the diagnosis drafts: creating a diagnosed gap, re-diagnosing, status changes with dates, evidence links,
// and the half-finished wizard kept as a draft (key 'gap-wizard:<caseworkerId>' or 'gap-wizard:<gapId>').
import type { CoachingEntry, Draft, Gap, InputByTable } from '../domain/model';
import { changeStatus } from '../domain/gaps/gapStatus';
import type { GapStatus } from '../domain/gaps/gapLabels';
import { getDb } from './db';
import { loadSettings, saveSettings } from './settingsRepository';
import { nowIso, repository } from './repository';

export const gaps = repository('gaps');
const drafts = repository('drafts');

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

export const wizardDraftKey = (subjectId: string): string => `gap-wizard:${subjectId}`;

export async function listWizardDrafts(): Promise<Draft[]> {
  return (await drafts.list())
    .filter((d) => d.key.startsWith('gap-wizard:'))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function loadDraft(key: string): Promise<Draft | undefined> {
  const found = await getDb().drafts.where('key').equals(key).toArray();
  return found.find((d) => d.deletedAt === null);
}

/** Keeps one draft per key: the newest payload replaces the old one. */
export async function saveDraft(key: string, payload: unknown): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.drafts, async () => {
    const existing = (await db.drafts.where('key').equals(key).toArray()).find((d) => d.deletedAt === null);
    if (existing) await db.drafts.put({ ...existing, payload, updatedAt: nowIso() });
    else await drafts.create({ key, payload });
  });
}

/** Drafts are scratch data: discarding one deletes it for good rather than filling the Trash. */
export async function discardDraft(key: string): Promise<void> {
  const db = getDb();
  await db.drafts.where('key').equals(key).delete();
}

const coachingEntries = repository('coachingEntries');

/** Coaching entries, read only here as evidence for gaps (the coaching area owns their writes). */
export async function listEvidenceEntries(): Promise<CoachingEntry[]> {
  return (await coachingEntries.list()).sort((a, b) => b.date.localeCompare(a.date));
}

/** Adds an expectation to the list in settings (the list the user extends); no-op when it is already there. */
export async function addExpectation(text: string): Promise<void> {
  const settings = await loadSettings();
  const clean = text.trim();
  if (clean === '' || settings.expectations.some((e) => e.toLowerCase() === clean.toLowerCase())) return;
  await saveSettings({ expectations: [...settings.expectations, clean] });
}
