// The one repository pattern. `repository(table)` is the generic repository over one table: every write is validated
// against the domain schema and stamped, deletes are tombstones (Trash) that can be restored, edits made from a form
// are checked against changes made elsewhere since it opened. Each aggregate's repository (rosterRepository.ts, ...)
// spreads it and adds its own reads (through indexes) and its named multi-table transactions (`inTransaction`).
// Features reach Dexie only through these objects.
import Dexie, { cmp, type IndexableType, type Table, type UpdateSpec } from 'dexie';
import { openInBulk } from '../domain/crypto/sealRecords';
import { byNameOrder } from '../domain/roster/names';
import type { BaseRecord, FieldsByTable, IdOf, InputByTable, TableName } from '../domain/model';
import {
  EditConflictError,
  EditedRecordGoneError,
  isLive,
  mergeEdit,
  nextStamp,
  parseOrThrow,
  tableDefByTable,
} from '../domain/model';
import { nowIso } from '../clock';
import { throwIfCancelled, type StepOptions } from '../domain/csv/importSteps';
import { getDb, tableOf } from './db';
import type { IndexName } from './schema';

export const newId = (): string => crypto.randomUUID();
export { nowIso } from '../clock';

/** The base fields of a stored record of table K, its id branded where the table's ids are. */
type StoredBase<K extends TableName> = BaseRecord & { id: IdOf<K> };
/** A stored record of table K (the same type as EntityByTable[K], spelled so generic code can build one). */
export type Stored<K extends TableName> = StoredBase<K> & FieldsByTable[K];

/** The fields of a stored record without its base fields (id, timestamps, tombstone). */
function fieldsOf<T extends BaseRecord>(record: T): Omit<T, keyof BaseRecord> {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = record;
  return fields;
}

/** Validates the fields of a record of table `name` and returns them with defaults filled in. */
export function validateFields<K extends TableName>(name: K, input: unknown): FieldsByTable[K] {
  const def = tableDefByTable[name];
  return parseOrThrow(def.fields, input, def.singular);
}

/** Builds a complete, validated record ready to store (used by create, imports and the demo generator). */
export function makeRecord<K extends TableName>(
  name: K,
  input: InputByTable[K],
  at = nowIso(),
  id = newId(),
): Stored<K> {
  // A new record is where a branded id is born: the one place a fresh id is typed as table K's id.
  const base: StoredBase<K> = { id: id as IdOf<K>, createdAt: at, updatedAt: at, deletedAt: null };
  return { ...validateFields(name, input), ...base };
}

/**
 * Tables (and the settings row, the entry facts' counters, the start snapshots, the index of who appears in which
 * record) a named transaction spans.
 */
export type TransactionTable = TableName | 'settings' | 'factCounts' | 'startSnapshots' | 'appearances';

/**
 * Runs `body` in one Dexie transaction over `tables`: everything it writes lands together or not at all. Nested calls
 * (a repository method inside a use case's transaction) join the outer transaction.
 */
export function inTransaction<T>(
  mode: 'r' | 'rw',
  tables: readonly TransactionTable[],
  body: () => Promise<T>,
): Promise<T> {
  return getDb().transaction(mode, [...tables], body);
}

/**
 * Records by name (people, units, cohorts, coaches). Names are sealed at rest: outside a transaction they are first
 * opened in bulk with the platform's cipher (`openInBulk`; sorting 5,000 people opened them one by one in IndexedDB's
 * result handler, 0.3-0.5 s in one task). Inside a transaction, which awaiting WebCrypto would end, the sort opens
 * them as before. Wrapped in a plain promise, as Dexie asks of any other asynchronous call in a live query, so the
 * query still sees every read after it.
 */
export async function byName<T extends { name: string }>(rows: T[]): Promise<T[]> {
  await openedAhead(rows);
  return rows.sort(byNameOrder);
}

/**
 * Opens the sealed fields of `rows` in bulk with the platform's cipher before they are read one by one (see byName).
 * Outside a transaction only; wrapped in a plain promise for live queries, as byName's.
 */
export function openedAhead(rows: readonly unknown[]): Promise<void> {
  return Dexie.currentTransaction ? Promise.resolve() : Promise.resolve(openInBulk(rows));
}

/**
 * Records read per request by listInPages. The browser hands each result over in one main-thread task: pages of
 * 10,000 made tasks of 150-400 ms at agency scale on a 2-core machine (a frozen window); 4,000 make 130-160 ms, and
 * the whole read takes as long.
 */
export const READ_PAGE = 4_000;

/**
 * Every record of table `name`, Trash included, read `pageSize` at a time in id order, each page handed to `visit`
 * before the next is read (one result at a time in memory and on the thread that reads it).
 */
export async function forEachPage<K extends TableName>(
  name: K,
  pageSize: number,
  visit: (page: Stored<K>[], first: boolean) => void,
): Promise<void> {
  const table = tableOf<Stored<K>>(getDb(), name);
  let after: string | null = null;
  for (;;) {
    const page: Stored<K>[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after))
      .limit(pageSize)
      .toArray();
    visit(page, after === null);
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.id;
  }
}

/** Records built and added per request in addInSteps. */
export const WRITE_SLICE = 2_000;

/**
 * Adds one record per item to table `name` inside the caller's transaction, `WRITE_SLICE` at a time: each slice is
 * built (validated), sealed by the encryption layer and added, then IndexedDB answers before the next, so the window
 * can paint and take input between slices instead of freezing for the whole import. Reports records written of all.
 * Aborting `signal` throws ImportCancelled, which rolls the caller's transaction back: nothing is written.
 */
export async function addInSteps<K extends TableName, In>(
  name: K,
  items: readonly In[],
  build: (item: In) => Stored<K>,
  options: StepOptions = {},
): Promise<number> {
  const table = tableOf<Stored<K>>(getDb(), name);
  for (let i = 0; i < items.length; i += WRITE_SLICE) {
    throwIfCancelled(options.signal);
    await table.bulkAdd(items.slice(i, i + WRITE_SLICE).map(build));
    options.onProgress?.({ done: Math.min(items.length, i + WRITE_SLICE), total: items.length });
  }
  // A cancel after the last slice still rolls everything back: the transaction has not committed yet.
  throwIfCancelled(options.signal);
  return items.length;
}

export interface UpdateOptions<K extends TableName> {
  /**
   * The record as the form opened it. When the stored record changed since (another window), the edit merges if the
   * two touched different fields and is refused with an EditConflictError naming the fields otherwise.
   */
  opened?: Stored<K>;
}

export interface Repository<K extends TableName> {
  readonly table: K;
  /** The record with this id, live or in Trash. */
  get(id: string): Promise<Stored<K> | undefined>;
  /** The record when it is live; undefined when missing or in Trash. */
  getLive(id: string): Promise<Stored<K> | undefined>;
  /** The live records among these ids, in no particular order. */
  getManyLive(ids: readonly string[]): Promise<Stored<K>[]>;
  /** Every live record. Reads the whole table: prefer `listBy` where an index narrows it. */
  list(): Promise<Stored<K>[]>;
  /**
   * The same records as `list`, read `pageSize` (READ_PAGE) at a time by id: the browser hands a result over in one main-thread
   * task, 2 seconds for 200,000 coaching entries read at once, so the window could not paint or take a click.
   */
  listInPages(pageSize?: number): Promise<Stored<K>[]>;
  /** Every record, Trash included (e.g. survey versions that old answers still point at). */
  listIncludingTrash(): Promise<Stored<K>[]>;
  /** Live records whose indexed field equals `value` (or one of `values` with `listByAny`). */
  listBy(index: IndexName<K>, value: IndexableType): Promise<Stored<K>[]>;
  listByAny(index: IndexName<K>, values: readonly IndexableType[]): Promise<Stored<K>[]>;
  /** Live records whose indexed field lies in [from, to] (inclusive). */
  listBetween(index: IndexName<K>, from: IndexableType, to: IndexableType): Promise<Stored<K>[]>;
  /** How many live records there are, answered by the indexes (no record is read). */
  count(): Promise<number>;
  /**
   * Whether there is a live record, from the keys: at most one more key than there are records in Trash is read
   * (counting the 50,000 survey responses was a request of about 200 ms at agency scale).
   */
  anyLive(): Promise<boolean>;
  create(input: InputByTable[K]): Promise<Stored<K>>;
  update(id: string, patch: Partial<InputByTable[K]>, options?: UpdateOptions<K>): Promise<Stored<K>>;
  /**
   * Applies the same change to many live records in one transaction (a bulk action): every record is validated, and
   * one invalid record leaves them all as they were. Records in Trash or gone meanwhile are skipped; returns the
   * records as saved.
   */
  updateMany(ids: readonly string[], patch: Partial<InputByTable[K]>): Promise<Stored<K>[]>;
  /** Moves the record to Trash. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Moves many live records to Trash in one transaction; returns the ids it moved (for an Undo of them all). */
  removeMany(ids: readonly string[]): Promise<string[]>;
  /** Brings these records back from Trash in one transaction (the Undo of `removeMany`). */
  restoreMany(ids: readonly string[]): Promise<void>;
  /** Deletes for good (from Trash). */
  purge(id: string): Promise<void>;
}

export function repository<K extends TableName>(name: K): Repository<K> {
  const table = (): Table<Stored<K>, string> => tableOf(getDb(), name);
  // Tombstoning touches only the base fields, so it works on the base view of the table with Dexie's UpdateSpec.
  const tombstones = (): Table<BaseRecord, string> => tableOf(getDb(), name);
  const what = tableDefByTable[name].singular;
  const live = (rows: Stored<K>[]) => rows.filter(isLive);
  // Trash and its Undo for many records: whole records are put back (one put per record, in one transaction), so every
  // layer of the middleware chain sees ordinary writes.
  const stampDeleted = (ids: readonly string[], how: 'remove' | 'restore'): Promise<string[]> =>
    getDb().transaction('rw', table(), async () => {
      const at = nowIso();
      const changed: Stored<K>[] = [];
      for (const stored of await table().bulkGet([...ids])) {
        if (!stored || isLive(stored) !== (how === 'remove')) continue;
        changed.push({
          ...stored,
          deletedAt: how === 'remove' ? at : null,
          updatedAt: nextStamp(stored.updatedAt, at),
        });
      }
      await table().bulkPut(changed);
      return changed.map((r) => r.id);
    });
  return {
    table: name,
    get: (id) => table().get(id),
    async getLive(id) {
      const found = await table().get(id);
      return found && isLive(found) ? found : undefined;
    },
    async getManyLive(ids) {
      const found = await table().bulkGet([...ids]);
      return found.filter((r): r is Stored<K> => r !== undefined && isLive(r));
    },
    list: async () => live(await table().toArray()),
    async listInPages(pageSize = READ_PAGE) {
      const out: Stored<K>[] = [];
      await forEachPage(name, pageSize, (page) => {
        for (const record of page) if (isLive(record)) out.push(record);
      });
      return out;
    },
    listIncludingTrash: () => table().toArray(),
    listBy: async (index, value) => live(await table().where(index).equals(value).toArray()),
    listByAny: async (index, values) => {
      // One equality read per value (in index order, each once) rather than Dexie's anyOf: anyOf walks a cursor, and
      // outside a live query the cursor the encryption layer hands back cannot be moved on by the browser ("Illegal
      // invocation"), which a read shared by several screens or made on a click would hit.
      const keys = [...values].sort(cmp).filter((key, i, all) => i === 0 || cmp(all[i - 1], key) !== 0);
      const found = await Promise.all(keys.map((key) => table().where(index).equals(key).toArray()));
      return live(found.flat());
    },
    listBetween: async (index, from, to) =>
      live(await table().where(index).between(from, to, true, true).toArray()),
    async count() {
      // Tombstones carry a deletedAt string and are in that index; live records (null) are not.
      const [all, deleted] = await Promise.all([
        table().count(),
        table().where('deletedAt').above('').count(),
      ]);
      return all - deleted;
    },
    async anyLive() {
      const deleted = await table().where('deletedAt').above('').count();
      const keys = await table()
        .limit(deleted + 1)
        .primaryKeys();
      return keys.length > deleted;
    },
    async create(input) {
      const record = makeRecord(name, input);
      await table().add(record);
      return record;
    },
    async update(id, patch, options = {}) {
      return getDb().transaction('rw', table(), async () => {
        const stored = await table().get(id);
        if (!stored) throw new Error(`That ${what} no longer exists.`);
        const { opened } = options;
        let fields: FieldsByTable[K];
        if (opened && (opened.updatedAt !== stored.updatedAt || !isLive(stored))) {
          if (!isLive(stored)) throw new EditedRecordGoneError(what);
          const edited = validateFields(name, { ...fieldsOf(opened), ...patch });
          const merge = mergeEdit(fieldsOf(opened), fieldsOf(stored), edited);
          if (!merge.ok) throw new EditConflictError(what, merge.conflicts);
          fields = validateFields(name, { ...fieldsOf(stored), ...merge.changes });
        } else {
          fields = validateFields(name, { ...fieldsOf(stored), ...patch });
        }
        const base: StoredBase<K> = {
          id: stored.id,
          createdAt: stored.createdAt,
          updatedAt: nextStamp(stored.updatedAt, nowIso()),
          deletedAt: stored.deletedAt,
        };
        const next: Stored<K> = { ...fields, ...base };
        await table().put(next);
        return next;
      });
    },
    updateMany(ids, patch) {
      return getDb().transaction('rw', table(), async () => {
        const at = nowIso();
        const next: Stored<K>[] = [];
        for (const stored of await table().bulkGet([...ids])) {
          if (!stored || !isLive(stored)) continue;
          const fields = validateFields(name, { ...fieldsOf(stored), ...patch });
          const base: StoredBase<K> = {
            id: stored.id,
            createdAt: stored.createdAt,
            updatedAt: nextStamp(stored.updatedAt, at),
            deletedAt: null,
          };
          next.push({ ...fields, ...base });
        }
        await table().bulkPut(next);
        return next;
      });
    },
    removeMany(ids) {
      return stampDeleted(ids, 'remove');
    },
    async restoreMany(ids) {
      await stampDeleted(ids, 'restore');
    },
    async remove(id) {
      const at = nowIso();
      const spec: UpdateSpec<BaseRecord> = { deletedAt: at, updatedAt: at };
      await tombstones().update(id, spec);
    },
    async restore(id) {
      const spec: UpdateSpec<BaseRecord> = { deletedAt: null, updatedAt: nowIso() };
      await tombstones().update(id, spec);
    },
    async purge(id) {
      await table().delete(id);
    },
  };
}

/**
 * Starts named reads at once and hands back each result under its name, so a use case that reads many things lists
 * them once (not in a destructured array, the Promise.all array and the returned object, in the same order by hand).
 */
export async function readAll<T extends Record<string, Promise<unknown>>>(
  reads: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const names = Object.keys(reads);
  const values = await Promise.all(Object.values(reads));
  return Object.fromEntries(names.map((name, i) => [name, values[i]])) as { [K in keyof T]: Awaited<T[K]> };
}

/** The whole workspace, table by table (what backups hold and the dashboard reads). */
export type WorkspaceTables = { [K in TableName]: Stored<K>[] };

/**
 * Reads every table of the registry, each with `read` (live records, or all of them). Listing the tables by name lets
 * the compiler check that none is forgotten when the registry grows.
 */
export function readTables(
  read: <K extends TableName>(repo: Repository<K>) => Promise<Stored<K>[]>,
): Promise<WorkspaceTables> {
  return readAll({
    rollouts: read(repository('rollouts')),
    units: read(repository('units')),
    caseworkers: read(repository('caseworkers')),
    coaches: read(repository('coaches')),
    surveyInstruments: read(repository('surveyInstruments')),
    surveyRounds: read(repository('surveyRounds')),
    surveyResponses: read(repository('surveyResponses')),
    cohorts: read(repository('cohorts')),
    trainingSessions: read(repository('trainingSessions')),
    rubrics: read(repository('rubrics')),
    coachingEntries: read(repository('coachingEntries')),
    standups: read(repository('standups')),
    gaps: read(repository('gaps')),
    monthlyMeasures: read(repository('monthlyMeasures')),
    drafts: read(repository('drafts')),
    toolUsage: read(repository('toolUsage')),
    schedules: read(repository('schedules')),
  });
}
