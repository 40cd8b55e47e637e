// Schema version 2 (this release, not yet shipped): the stores and indexes added since version 1. Dexie keeps every
// store of version 1 and adds these; each data change that needs one gets a named upgrade step here, with a test
// built on test/unit/data/upgradeHarness.ts. Once shipped, this file is never edited again (a change is v3.ts).
import type { Transaction } from 'dexie';
import { tableNames } from '../../domain/model';
import { foldText } from '../../domain/csv/foldText';
import { APPEARANCE_TABLES, appearancesOf } from '../../domain/cohorts/appearances';

// ---- Sync with an agency hub (issue 13, docs/sync-protocol.md) -----------------------------------------------------
// syncOutbox: one row per captured write, in the same transaction as the write: table, id, changed field names, the
//             hybrid-logical-clock stamp and the stamps those fields had before (never values).
// syncStamps: per record, the stamp of the write that last set each field (what merging compares).
// syncConflicts: the conflict report (field names and stamps; values stay in the records).
// syncState: one row: this desk's device id and clock, and the hub it is enrolled with.
export const syncStoresV2 = {
  syncOutbox: '++seq, key',
  syncStamps: 'key',
  syncConflicts: 'key, at',
  syncState: 'id',
} as const;

export const schemaV2 = {
  /** Tool-usage import (issue 11): one record per caseworker, rollout and day of use; read per person and per day. */
  toolUsage: 'id, rolloutId, caseworkerId, date, [caseworkerId+date], deletedAt',
  /** Recurring standups per cohort and planned visits (issue 14). */
  schedules: 'id, kind, cohortId, caseworkerId, startDate, deletedAt',
  ...syncStoresV2,
  // Encryption at rest (issue 12): an employee ID is personal and is now sealed, so it can no longer be an index
  // (nothing looked records up by it: duplicate checks read the roster into memory). A blind index was not kept: it
  // would still tell who shares an ID, and no query needs one.
  caseworkers: 'id, unitId, role, status, deletedAt',
  // Facts of coaching entries kept by data/middleware/entryFactsLayer.ts (issue 15): counters (entries rated per
  // rubric, live ride-alongs by the parts recorded), a row for each incomplete live ride-along (its date, then when it
  // was recorded: the list's order) and for each live entry with open action items (their due dates), and per
  // caseworker the latest entry's date and the follow-ups set on it. Counted and listed by index instead of reading
  // 200,000 entries. Built for the entries of version 1 by the upgrade step entryFactsAreBuilt below.
  entryFacts: 'id, [date+createdAt], *due',
  caseworkerFacts: 'id, *followUpOn',
  factCounts: 'id',
  // What the first screen showed, kept for the next start (data/startSnapshotRepository.ts, issue 15): a row
  // `written:<table>` per workspace table whose token every write of that table replaces, in the same transaction
  // (middleware/writeStampLayer.ts), and a row per screen with the tables it was built from, their tokens at its read
  // and its model, sealed. Neither synced nor backed up.
  startSnapshots: 'id',
  // Who each cohort, training session and standup names: a row per caseworker and record (`<table>|<record>|<person>`),
  // kept by data/middleware/appearancesLayer.ts in the same transaction as every write of those tables (issue 15), so
  // a timeline reads a person's few records by index. Ids only; neither synced nor backed up. Its `built` row says
  // every record has its rows (the upgrade below, or a database created with the store); without it, readers read
  // the whole tables as before.
  appearances: 'id, caseworkerId',
} as const;

/**
 * Encrypts the personal fields of every existing record: each record is read (stored in the clear by version 1) and
 * written back through the encryption layer, which seals it. Needs the workspace unlocked (the data key in memory).
 * Change capture lets these writes through uncaptured: a desk upgrading from version 1 has no hub yet.
 */
export async function encryptPersonalFields(tx: Transaction): Promise<void> {
  for (const name of tableNames) {
    const table = tx.table(name);
    const rows = await table.toArray();
    if (rows.length > 0) await table.bulkPut(rows);
  }
}

/** The `appearances` row that says every cohort, training session and standup has its rows. */
export const APPEARANCES_BUILT = 'built';

/**
 * Writes the appearances of the cohorts, training sessions and standups already stored (in the clear at version 1),
 * then the row that says they are all there. A database created at version 2 starts with that row (db.ts).
 */
export async function buildAppearances(tx: Transaction): Promise<void> {
  const rows = tx.table('appearances');
  for (const table of APPEARANCE_TABLES) {
    const records = (await tx.table(table).toArray()) as Array<Parameters<typeof appearancesOf>[1]>;
    const of = records.flatMap((record) => appearancesOf(table, record));
    if (of.length > 0) await rows.bulkPut(of);
  }
  await markAppearancesBuilt(tx);
}

export const markAppearancesBuilt = (tx: Transaction): Promise<unknown> =>
  tx.table('appearances').put({ id: APPEARANCES_BUILT, caseworkerId: '', table: '', recordId: '' });

export interface UpgradeStep {
  name: string;
  run: (tx: Transaction) => Promise<void>;
}

/** Gives the desk its device id and a clock at zero; a desk that never enrols a hub keeps them and nothing more. */
export async function addSyncState(tx: Transaction): Promise<void> {
  await tx.table('syncState').put({
    id: 'sync',
    deviceId: crypto.randomUUID(),
    hlc: { ms: 0, counter: 0 },
    hub: null,
  });
}

/** The desk's sync identity (issue 13); a database created at version 2 gets the same from db.ts's populate. */
const deskGetsDeviceIdAndClock: UpgradeStep = {
  name: 'the desk gets a device id and a sync clock',
  run: addSyncState,
};

/** Encryption at rest (issue 12): what version 1 stored in the clear is sealed. */
const personalFieldsAreEncrypted: UpgradeStep = {
  name: 'encryptPersonalFields',
  run: encryptPersonalFields,
};

interface NamedRow {
  id: string;
  name: string;
  deletedAt: string | null;
}
interface OwnedItem {
  owner?: string;
  ownerId?: string | null;
}

/**
 * Action-item owners become people: an owner typed as a name that is exactly one coach's or caseworker's name (case,
 * accents and spacing aside) now points at that person; any other typed name is kept as written, with no owner id.
 */
const actionItemOwnersBecomePeople: UpgradeStep = {
  name: 'action-item owners become people',
  async run(tx) {
    const people = new Map<string, string[]>();
    const add = (row: NamedRow) => {
      if (row.deletedAt !== null) return;
      const key = foldText(row.name);
      people.set(key, [...(people.get(key) ?? []), row.id]);
    };
    // Coaches first: a coach who is also on the roster is named as the coach.
    const coaches = (await tx.table('coaches').toArray()) as NamedRow[];
    coaches.forEach(add);
    const coachKeys = new Set(coaches.map((c) => foldText(c.name)));
    for (const row of (await tx.table('caseworkers').toArray()) as NamedRow[])
      if (!coachKeys.has(foldText(row.name))) add(row);
    await tx
      .table('coachingEntries')
      .toCollection()
      .modify((entry: { actionItems?: OwnedItem[] }) => {
        for (const item of entry.actionItems ?? []) {
          // An item that already names a person (written by this version) is left as it is.
          if (typeof item.ownerId === 'string') continue;
          const matches = item.owner ? (people.get(foldText(item.owner)) ?? []) : [];
          const only = matches.length === 1 ? matches[0] : undefined;
          item.ownerId = only ?? null;
          if (only) item.owner = '';
        }
      });
  },
};

/**
 * The entry facts (counters, rows and caseworker rows, kept by the entry-facts layer of the chain with every later
 * write) start from the entries of version 1: the entries are written again as new ones, which the layer counts.
 */
const entryFactsAreBuilt: UpgradeStep = {
  name: 'entry facts are built',
  async run(tx) {
    const entries = tx.table('coachingEntries');
    const rows = await entries.toArray();
    await entries.clear();
    if (rows.length > 0) await entries.bulkAdd(rows);
  },
};

/** Who each cohort, session and standup names, for the timeline's reads by index (issue 15). */
const appearancesAreBuilt: UpgradeStep = {
  name: 'appearances are built',
  run: buildAppearances,
};

/**
 * The named upgrade steps of version 2, in the order they run: sync state, the entry facts, the appearances,
 * encryption, then the data changes.
 */
export const upgradeStepsToV2: readonly UpgradeStep[] = [
  deskGetsDeviceIdAndClock,
  entryFactsAreBuilt,
  appearancesAreBuilt,
  personalFieldsAreEncrypted,
  actionItemOwnersBecomePeople,
];

export async function upgradeToV2(tx: Transaction): Promise<void> {
  for (const step of upgradeStepsToV2) await step.run(tx);
}
