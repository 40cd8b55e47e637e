// Coaching entries: reads for the coaching screens and the timeline, validated writes, action items marked
// done, and the once-only record that a reminder was sent.
import type { CoachingEntry, InputByTable } from '../domain/model';
import type { DueItem } from '../domain/coaching/dueList';
import { getDb } from './db';
import { nowIso, repository } from './repository';
import { deleteDraft } from './draftRepository';

export const coachingEntries = repository('coachingEntries');

export async function listEntries(): Promise<CoachingEntry[]> {
  return (await coachingEntries.list()).sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** Creates or updates an entry and, in the same transaction, drops its autosaved draft. */
export async function saveEntry(
  id: string | null,
  input: InputByTable['coachingEntries'],
  draftKey: string | null,
): Promise<CoachingEntry> {
  const db = getDb();
  return db.transaction('rw', db.coachingEntries, db.drafts, async () => {
    const saved = id ? await coachingEntries.update(id, input) : await coachingEntries.create(input);
    if (draftKey) await deleteDraft(draftKey);
    return saved;
  });
}

export async function setActionItemDone(entryId: string, actionItemId: string, done: boolean): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.coachingEntries, async () => {
    const entry = await coachingEntries.get(entryId);
    if (!entry) return;
    await coachingEntries.update(entryId, {
      actionItems: entry.actionItems.map((a) => (a.id === actionItemId ? { ...a, done } : a)),
    });
  });
}

/**
 * Records that reminders were sent for these items. Returns only the items that had not been marked yet, so two
 * windows (or two timers) racing never both notify the same item.
 */
export async function markReminded(items: readonly DueItem[], at = nowIso()): Promise<DueItem[]> {
  const db = getDb();
  return db.transaction('rw', db.coachingEntries, async () => {
    const marked: DueItem[] = [];
    const byEntry = new Map<string, DueItem[]>();
    for (const item of items) byEntry.set(item.entryId, [...(byEntry.get(item.entryId) ?? []), item]);
    for (const [entryId, its] of byEntry) {
      const entry = await db.coachingEntries.get(entryId);
      if (!entry) continue;
      let followUpNotifiedAt = entry.followUpNotifiedAt;
      const actionItems = entry.actionItems.map((a) => {
        const item = its.find((i) => i.actionItemId === a.id);
        if (!item || a.notifiedAt !== null) return a;
        marked.push(item);
        return { ...a, notifiedAt: at };
      });
      const followUp = its.find((i) => i.kind === 'follow-up');
      if (followUp && followUpNotifiedAt === null) {
        followUpNotifiedAt = at;
        marked.push(followUp);
      }
      await db.coachingEntries.put({ ...entry, actionItems, followUpNotifiedAt, updatedAt: at });
    }
    return marked;
  });
}

/** Everything the caseworker timeline needs about one person, read through the indexes. */
export async function loadTimelineData(caseworkerId: string) {
  const db = getDb();
  const [
    caseworker,
    responses,
    rounds,
    instruments,
    cohorts,
    training,
    entries,
    standupRows,
    gaps,
    measures,
    allCoaches,
  ] = await Promise.all([
    db.caseworkers.get(caseworkerId),
    db.surveyResponses.where('caseworkerId').equals(caseworkerId).toArray(),
    db.surveyRounds.toArray(),
    db.surveyInstruments.toArray(),
    db.cohorts.toArray(),
    db.trainingSessions.toArray(),
    db.coachingEntries.where('caseworkerId').equals(caseworkerId).toArray(),
    db.standups.toArray(),
    db.gaps.where('caseworkerId').equals(caseworkerId).toArray(),
    db.monthlyMeasures.where('caseworkerId').equals(caseworkerId).toArray(),
    db.coaches.toArray(),
  ]);
  return {
    caseworker: caseworker && caseworker.deletedAt === null ? caseworker : undefined,
    survey: { responses, rounds, instruments },
    cohorts,
    trainingSessions: training,
    entries,
    standups: standupRows.filter((s) => s.rows.some((r) => r.caseworkerId === caseworkerId)),
    gaps,
    measures,
    coaches: allCoaches,
  };
}
