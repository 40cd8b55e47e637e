// The due list (PRODUCT.md 4.5): open action items and follow-up dates that are overdue or coming due, and which of
// them should now raise a reminder (at most once per item: the time it was sent is stored on the record).
import type { CoachingEntry } from '../model';
import { addDays, daysBetween } from './calendar';
import { isLive } from '../model';

export type DueStatus = 'overdue' | 'today' | 'soon';

export interface DueItem {
  /** Stable across runs: "action:<entryId>:<itemId>" or "follow-up:<entryId>". */
  key: string;
  kind: 'action-item' | 'follow-up';
  entryId: string;
  actionItemId: string | null;
  caseworkerId: string;
  text: string;
  /** A coach's or caseworker's id, or null (then `owner` may hold a name typed on an older entry). */
  ownerId: string | null;
  owner: string;
  dueDate: string;
  status: DueStatus;
  /** Days past the due date (0 when due today or later). */
  daysLate: number;
  notified: boolean;
}

type DueEntry = Pick<
  CoachingEntry,
  'id' | 'caseworkerId' | 'date' | 'actionItems' | 'followUpDate' | 'followUpNotifiedAt' | 'deletedAt'
>;

/**
 * A follow-up date is met once the caseworker has a later coaching entry (dated after the one that set it);
 * until then it stays on the list.
 */
function followUpMet(entry: DueEntry, latestByCaseworker: ReadonlyMap<string, string>): boolean {
  const latest = latestByCaseworker.get(entry.caseworkerId);
  return latest !== undefined && latest > entry.date;
}

function statusOf(dueDate: string, today: string): { status: DueStatus; daysLate: number } {
  const diff = daysBetween(dueDate, today);
  if (diff > 0) return { status: 'overdue', daysLate: diff };
  return { status: diff === 0 ? 'today' : 'soon', daysLate: 0 };
}

/** The date of each caseworker's latest live entry among `entries`. */
export function latestEntryDates(entries: readonly DueEntry[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const e of entries)
    if (isLive(e) && (latest.get(e.caseworkerId) ?? '') < e.date) latest.set(e.caseworkerId, e.date);
  return latest;
}

/**
 * Every open item due on or before `today + horizonDays`, overdue first (oldest first), then by date. `latest` is each
 * caseworker's latest live entry date (what meets a follow-up): by default from `entries`, which must then be all of
 * them; a caller that passes only the entries that can be due (read by index) passes the dates of all entries.
 */
export function dueItems(
  entries: readonly DueEntry[],
  today: string,
  horizonDays = 7,
  latest: ReadonlyMap<string, string> = latestEntryDates(entries),
): DueItem[] {
  const live = entries.filter((e) => isLive(e));
  const limit = addDays(today, horizonDays);
  const out: DueItem[] = [];
  for (const e of live) {
    for (const a of e.actionItems) {
      if (a.done || !a.dueDate || a.dueDate > limit) continue;
      out.push({
        key: `action:${e.id}:${a.id}`,
        kind: 'action-item',
        entryId: e.id,
        actionItemId: a.id,
        caseworkerId: e.caseworkerId,
        text: a.text,
        ownerId: a.ownerId,
        owner: a.owner,
        dueDate: a.dueDate,
        ...statusOf(a.dueDate, today),
        notified: a.notifiedAt !== null,
      });
    }
    if (e.followUpDate && e.followUpDate <= limit && !followUpMet(e, latest)) {
      out.push({
        key: `follow-up:${e.id}`,
        kind: 'follow-up',
        entryId: e.id,
        actionItemId: null,
        caseworkerId: e.caseworkerId,
        text: 'Follow-up coaching contact',
        ownerId: null,
        owner: '',
        dueDate: e.followUpDate,
        ...statusOf(e.followUpDate, today),
        notified: e.followUpNotifiedAt !== null,
      });
    }
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key));
}

/** Items that have come due (due today or earlier) and have not had their reminder yet. */
export function remindersToSend(
  entries: readonly DueEntry[],
  today: string,
  latest: ReadonlyMap<string, string> = latestEntryDates(entries),
): DueItem[] {
  return dueItems(entries, today, 0, latest).filter((i) => !i.notified);
}

/** Who owns an action item, in words: the chosen person's name, or the name typed on an older entry. */
export function ownerLabel(
  item: { ownerId: string | null; owner: string },
  nameOf: (id: string) => string | undefined,
): string {
  if (item.ownerId) return nameOf(item.ownerId) ?? 'someone no longer listed';
  return item.owner;
}

export const dueStatusLabel = (item: Pick<DueItem, 'status' | 'daysLate'>): string =>
  item.status === 'overdue'
    ? `Overdue by ${String(item.daysLate)} ${item.daysLate === 1 ? 'day' : 'days'}`
    : item.status === 'today'
      ? 'Due today'
      : 'Due soon';
