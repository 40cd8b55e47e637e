// The coaching aggregate's entries: reads for the coaching screens (newest first, one person's through the caseworkerId
// index), the save that drops the form's draft in the same transaction, action items marked done, the once-only record
// that a reminder was sent, and the caseworker timeline's read.
import type { CoachingEntry, InputByTable } from '../domain/model';
import type { DueItem } from '../domain/coaching/dueList';
import { newestEntryFirst as newestFirst } from '../domain/coaching/entryListQuery';
import { isLive } from '../domain/model';
import { getDb, tableOf } from './db';
import { appearanceRepository } from './appearanceRepository';
import { caseworkerRepository } from './rosterRepository';
import { cohortRepository, trainingRepository } from './cohortRepository';
import { coachRepository } from './coachRepository';
import { draftRepository } from './draftRepository';
import { entryFactsRepository } from './entryFactsRepository';
import { gapRepository } from './gapRepository';
import { measureRepository } from './measureRepository';
import { inTransaction, nowIso, openedAhead, readAll, repository } from './repository';
import { rolloutRepository } from './rolloutRepository';
import { rubricRepository } from './rubricRepository';
import { standupRepository } from './standupRepository';
import { surveyRepository } from './surveyRepository';
import { usageRepository } from './usageRepository';

const base = repository('coachingEntries');
const table = () => tableOf<CoachingEntry>(getDb(), 'coachingEntries');

export interface SaveEntryOptions {
  /** The entry as the form opened it (null for a new entry): the save is checked against changes made elsewhere. */
  opened: CoachingEntry | null;
  /** The form's autosaved draft, dropped in the same transaction. */
  draftKey: string | null;
}

/** Some live entries, and the latest live entry date of each of their caseworkers. */
export interface EntriesWithLatest {
  entries: CoachingEntry[];
  latest: Map<string, string>;
}

/** The live entries among `ids` (each read once), with their caseworkers' latest entry dates from the facts. */
async function withLatestDates(ids: readonly string[]): Promise<EntriesWithLatest> {
  const entries = await base.getManyLive([...new Set(ids)]);
  return { entries, latest: await entryFactsRepository.latestEntryDates(entries.map((e) => e.caseworkerId)) };
}

export const coachingEntryRepository = {
  ...base,
  /** Live entries, newest first. */
  listNewestFirst: async (): Promise<CoachingEntry[]> => (await base.list()).sort(newestFirst),

  /**
   * The newest `limit` live entries in the order of listNewestFirst, through the date index: reads the page and the
   * rest of its last day (entries of one day are ordered by when they were recorded), not the table.
   */
  newestPage: async (limit: number): Promise<CoachingEntry[]> => {
    const page = await table().orderBy('date').reverse().filter(isLive).limit(limit).toArray();
    const last = page.at(-1);
    if (!last || page.length < limit) return page.sort(newestFirst);
    const lastDay = await base.listBy('date', last.date);
    return [...page.filter((e) => e.date !== last.date), ...lastDay].sort(newestFirst).slice(0, limit);
  },

  /** Live entries with this caseworker, coach or kind, newest first, through that index. */
  listNewestFirstBy: async (
    index: 'caseworkerId' | 'coachId' | 'kind',
    value: string,
  ): Promise<CoachingEntry[]> => (await base.listBy(index, value)).sort(newestFirst),

  /**
   * What the due list and the reminders need, by index instead of every entry: the live entries that can give a due
   * item on or before `until` (entry and caseworker facts), and the latest entry date of their caseworkers (what meets
   * a follow-up). `dueItems(entries, today, horizon, latest)` over these is what it is over every entry.
   */
  dueCandidates: async (until: string): Promise<EntriesWithLatest> =>
    withLatestDates(await entryFactsRepository.dueBy(until)),

  /**
   * The entries Today lists, by index: those that can be due by `dueUntil` and the incomplete ride-alongs dated from
   * `ridesFrom` to `ridesTo`, with the latest entry date of their caseworkers (what meets a follow-up).
   */
  forToday: async (dueUntil: string, ridesFrom: string, ridesTo: string): Promise<EntriesWithLatest> => {
    const [dueIds, rides] = await Promise.all([
      entryFactsRepository.dueBy(dueUntil),
      entryFactsRepository.incompleteRidesBetween(ridesFrom, ridesTo),
    ]);
    return withLatestDates([...dueIds, ...rides.map((f) => f.id)]);
  },

  /**
   * The newest `limit` live ride-alongs missing their prep or debrief, newest first (the later recorded first on a
   * day), through the entry facts' index: only those entries are read.
   */
  incompleteRidesPage: async (limit: number): Promise<CoachingEntry[]> => {
    const page = await entryFactsRepository.incompleteRides(limit);
    const order = new Map(page.map((f, i) => [f.id, i]));
    return (await base.getManyLive(page.map((f) => f.id))).sort(
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  },

  /** One caseworker's live entries, newest first, through the caseworkerId index. */
  listOf: async (caseworkerId: string): Promise<CoachingEntry[]> =>
    (await base.listBy('caseworkerId', caseworkerId)).sort(newestFirst),

  /** Creates or updates an entry and, in the same transaction, drops its autosaved draft. */
  save: (
    input: InputByTable['coachingEntries'],
    { opened, draftKey }: SaveEntryOptions,
  ): Promise<CoachingEntry> =>
    inTransaction('rw', ['coachingEntries', 'drafts'], async () => {
      const saved = opened ? await base.update(opened.id, input, { opened }) : await base.create(input);
      if (draftKey) await draftRepository.delete(draftKey);
      return saved;
    }),

  setActionItemDone: (entryId: string, actionItemId: string, done: boolean): Promise<void> =>
    inTransaction('rw', ['coachingEntries'], async () => {
      const entry = await base.get(entryId);
      if (!entry) return;
      await base.update(entryId, {
        actionItems: entry.actionItems.map((a) => (a.id === actionItemId ? { ...a, done } : a)),
      });
    }),

  /**
   * Records that reminders were sent for these items. Returns only the items that had not been marked yet, so two
   * windows (or two timers) racing never both notify the same item.
   */
  markReminded: (items: readonly DueItem[], at = nowIso()): Promise<DueItem[]> =>
    inTransaction('rw', ['coachingEntries'], async () => {
      const marked: DueItem[] = [];
      const byEntry = new Map<string, DueItem[]>();
      for (const item of items) byEntry.set(item.entryId, [...(byEntry.get(item.entryId) ?? []), item]);
      for (const [entryId, its] of byEntry) {
        const entry = await base.get(entryId);
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
        await base.update(entryId, { actionItems, followUpNotifiedAt });
      }
      return marked;
    }),

  /**
   * Everything the caseworker timeline (and its mastery scorecard) shows about one person, read through the indexes:
   * their cohorts, training sessions and standups through `appearances` (every one of the agency's was read and
   * opened before: most of the timeline's time at agency scale), plus the cohorts their standups were of (named on
   * the timeline; mastery counts a standup while its cohort is live in the rollout). Opened in bulk with the
   * platform's cipher.
   */
  timelineOf: async (caseworkerId: string) => {
    const named = appearanceRepository.recordIdsOf(caseworkerId).then(async (theirs) => {
      if (!theirs)
        return readAll({
          cohorts: cohortRepository.list(),
          trainingSessions: trainingRepository.list(),
          standups: standupRepository.listWith(caseworkerId),
        });
      const found = await readAll({
        cohorts: cohortRepository.getManyLive(theirs.cohorts),
        trainingSessions: trainingRepository.getManyLive(theirs.trainingSessions),
        standups: standupRepository.getManyLive(theirs.standups),
      });
      const have = new Set(found.cohorts.map((c) => c.id));
      const more = [...new Set(found.standups.map((s) => s.cohortId))].filter((id) => !have.has(id));
      const cohorts =
        more.length > 0 ? [...found.cohorts, ...(await cohortRepository.getManyLive(more))] : found.cohorts;
      return { ...found, cohorts };
    });
    const data = await readAll({
      caseworker: caseworkerRepository.getLive(caseworkerId),
      survey: surveyRepository.dataOf(caseworkerId),
      named,
      entries: base.listBy('caseworkerId', caseworkerId),
      gaps: gapRepository.listBy('caseworkerId', caseworkerId),
      measures: measureRepository.listBy('caseworkerId', caseworkerId),
      coaches: coachRepository.list(),
      rubrics: rubricRepository.list(),
      usage: usageRepository.listBy('caseworkerId', caseworkerId),
      rollouts: rolloutRepository.list(),
    });
    const { named: theirs, ...rest } = data;
    const all = { ...rest, ...theirs };
    await openedAhead(
      Object.values(all).flatMap((read): readonly unknown[] => (Array.isArray(read) ? read : [])),
    );
    return all;
  },
};
