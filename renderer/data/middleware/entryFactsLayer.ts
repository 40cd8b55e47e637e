// Entry facts: a layer of the middleware chain (chain.ts) between change capture and encryption. Every write of a
// coaching entry (the app's saves, Trash, restore, sync merges, upgrades: they all pass here) also updates, in the same
// transaction, the counters in `factCounts`, the entry's row in `entryFacts` (only entries a list needs have one) and
// its caseworker's row in `caseworkerFacts` (domain/coaching/entryFacts.ts), so the facts can never disagree with the
// entries. A restore writes 200,000 entries 2,000 at a time: the counters it touches are a handful, the rows few, and
// the caseworker rows are kept in memory for the transaction and written only when they change. It sits above
// encryption so it sees entries in the clear; its tables hold ids, dates and flags, nothing personal, and are neither
// synced nor backed up (every write of the entries rebuilds them).
//
// No async/await here: every step chains on the promise the layer below returns, which keeps Dexie's transaction
// zone (Dexie's own middlewares below read it); a native promise loses it after a few steps.
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
} from 'dexie';
import {
  caseworkerFactsFrom,
  countersOf,
  entryFactsOf,
  needsRecount,
  sameCaseworkerFacts,
  withEntry,
  type CaseworkerFacts,
  type EntryFacts,
} from '../../domain/coaching/entryFacts';
import type { CoachingEntry } from '../../domain/model';
import type { ChainLayer } from './chain';
import { done, hasStores, isWholeTable, keysInRange, withStoresOnWrite } from './layerStores';

const ENTRIES = 'coachingEntries';
const FACTS = 'entryFacts';
const PEOPLE = 'caseworkerFacts';
const COUNTS = 'factCounts';
const FACT_STORES = [FACTS, PEOPLE, COUNTS];

interface Counter {
  id: string;
  n: number;
}

// DBCoreRangeType (a const enum of Dexie's types, so not importable as a value): Equal is 1.
const equalTo = (key: string): DBCoreKeyRange => ({
  type: 1,
  lower: key,
  upper: key,
  lowerOpen: false,
  upperOpen: false,
});

/** Runs the steps one after another, each started when the one before it is done. */
const inTurn = (steps: ReadonlyArray<() => Promise<unknown>>): Promise<unknown> =>
  steps.reduce<Promise<unknown>>((before, step) => before.then(step), done(undefined));

const putAndDelete = <T extends { id: string }>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  rows: readonly T[],
  remove: readonly string[],
): Promise<unknown> =>
  inTurn([
    () =>
      rows.length > 0
        ? table.mutate({ type: 'put', trans, values: rows, keys: rows.map((r) => r.id) })
        : done(undefined),
    () => (remove.length > 0 ? table.mutate({ type: 'delete', trans, keys: [...remove] }) : done(undefined)),
  ]);

/**
 * The rows the lists need for the entries written (the entry itself is read, not a copy: a record opened lazily keeps
 * its sealed notes closed unless a fact needs them), and the ids of those that need none.
 */
function entryFactsOfWrite(written: readonly CoachingEntry[]) {
  const rows: EntryFacts[] = [];
  const none: string[] = [];
  for (const entry of written) {
    const facts = entryFactsOf(entry);
    if (facts) rows.push(facts);
    else none.push(entry.id);
  }
  return { rows, none };
}

/** Adds what the entries written count and takes away what the entries they replace (or removed) counted. */
function updateCounters(
  counts: DBCoreTable,
  trans: DBCoreTransaction,
  before: readonly CoachingEntry[],
  after: readonly CoachingEntry[],
): Promise<unknown> {
  const delta = new Map<string, number>();
  for (const e of before) for (const k of countersOf(e)) delta.set(k, (delta.get(k) ?? 0) - 1);
  for (const e of after) for (const k of countersOf(e)) delta.set(k, (delta.get(k) ?? 0) + 1);
  const keys = [...delta].filter(([, d]) => d !== 0).map(([k]) => k);
  if (keys.length === 0) return done(undefined);
  return counts.getMany({ trans, keys }).then((stored: Array<Counter | undefined>) => {
    const values = keys.map((id, i) => ({ id, n: (stored[i]?.n ?? 0) + (delta.get(id) ?? 0) }));
    return counts.mutate({ type: 'put', trans, values, keys });
  });
}

// The caseworker rows read or written in each transaction still open (a restore's transaction writes 100 chunks of
// entries: each row is read once, not once per chunk). Held weakly: forgotten with their transaction.
const caseworkerRowsOf = new WeakMap<object, Map<string, CaseworkerFacts | null>>();

/** Brings the caseworker rows up to date for entries replaced or removed (`before`) and written (`after`). */
function updateCaseworkers(
  entries: DBCoreTable,
  people: DBCoreTable,
  trans: DBCoreTransaction,
  before: readonly CoachingEntry[],
  after: readonly CoachingEntry[],
): Promise<unknown> {
  const ids = [...new Set([...before, ...after].map((e) => e.caseworkerId))];
  if (ids.length === 0) return done(undefined);
  let known = caseworkerRowsOf.get(trans);
  if (!known) caseworkerRowsOf.set(trans, (known = new Map<string, CaseworkerFacts | null>()));
  const cache = known;
  const unread = ids.filter((id) => !cache.has(id));
  const read =
    unread.length > 0
      ? people.getMany({ trans, keys: unread }).then((rows: Array<CaseworkerFacts | undefined>) => {
          unread.forEach((id, i) => cache.set(id, rows[i] ?? null));
        })
      : done(undefined);
  return read.then(() => {
    const stored = new Map(ids.map((id) => [id, cache.get(id) ?? null]));
    const rows = new Map(stored);
    const afterById = new Map(after.map((e) => [e.id, e]));
    // An entry replaced or removed from before a person's latest date had no follow-up listed: nothing to undo.
    const recount = new Set<string>();
    for (const old of before)
      if (needsRecount(rows.get(old.caseworkerId) ?? null, old, afterById.get(old.id)))
        recount.add(old.caseworkerId);
    for (const entry of after)
      if (!recount.has(entry.caseworkerId))
        rows.set(entry.caseworkerId, withEntry(rows.get(entry.caseworkerId) ?? null, entry));
    const byCaseworker = entries.schema.getIndexByKeyPath('caseworkerId');
    if (recount.size > 0 && !byCaseworker) throw new Error('Coaching entries have no caseworkerId index.');
    // Counted again from all their entries, through the index (tens of entries, clear fields only: nothing opened).
    const recounts = [...recount].map(
      (id) => () =>
        entries
          .query({ trans, values: true, query: { index: byCaseworker!, range: equalTo(id) } })
          .then((found) => rows.set(id, caseworkerFactsFrom(id, found.result as CoachingEntry[]))),
    );
    return inTurn(recounts).then(() => {
      const put: CaseworkerFacts[] = [];
      const remove: string[] = [];
      for (const [id, row] of rows) {
        const was = stored.get(id) ?? null;
        cache.set(id, row);
        if (sameCaseworkerFacts(was, row)) continue;
        if (row) put.push(row);
        else remove.push(id);
      }
      return putAndDelete(people, trans, put, remove);
    });
  });
}

export const entryFactsLayer: ChainLayer = {
  create(down: DBCore): Partial<DBCore> {
    if (!hasStores(down, FACT_STORES)) return {};
    return {
      // The facts commit with the entries: every read-write transaction that writes entries includes them.
      transaction: withStoresOnWrite(down, (store) => store === ENTRIES, FACT_STORES),
      table(name): DBCoreTable {
        const table = down.table(name);
        if (name !== ENTRIES) return table;
        const facts = down.table(FACTS);
        const people = down.table(PEOPLE);
        const counts = down.table(COUNTS);
        return {
          ...table,
          mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const trans = req.trans;
            if (req.type === 'deleteRange' && isWholeTable(req.range)) {
              // Restore's clear: the facts go with the entries.
              return table.mutate(req).then((result) =>
                inTurn(
                  [facts, people, counts].map(
                    (store) => () => store.mutate({ type: 'deleteRange', trans, range: req.range }),
                  ),
                ).then(() => {
                  caseworkerRowsOf.delete(trans);
                  return result;
                }),
              );
            }
            // What is replaced or removed, read before the write (a new entry replaces nothing).
            const replacedIds: Promise<string[]> =
              req.type === 'put'
                ? done(req.values.map((v, i) => String((v as CoachingEntry).id ?? req.keys?.[i])))
                : req.type === 'delete'
                  ? done(req.keys as string[])
                  : req.type === 'deleteRange'
                    ? keysInRange(table, trans, req.range)
                    : done([]);
            return replacedIds
              .then((ids) =>
                ids.length > 0
                  ? (table.getMany({ trans, keys: ids }) as Promise<Array<CoachingEntry | undefined>>)
                  : done([] as Array<CoachingEntry | undefined>),
              )
              .then((replaced) =>
                table.mutate(req).then((result) => {
                  const failed = (i: number) => i in result.failures;
                  const written =
                    req.type === 'add' || req.type === 'put'
                      ? (req.values as CoachingEntry[]).filter((_, i) => !failed(i))
                      : [];
                  const before = replaced.filter(
                    (e, i): e is CoachingEntry => e !== undefined && !(req.type === 'put' && failed(i)),
                  );
                  const { rows, none } = entryFactsOfWrite(written);
                  const removedIds =
                    req.type === 'delete' || req.type === 'deleteRange' ? before.map((e) => e.id) : [];
                  // A new entry has no row to remove; a put may replace an entry that had one.
                  const remove = [...(req.type === 'put' ? none : []), ...removedIds];
                  return inTurn([
                    () => putAndDelete(facts, trans, rows, remove),
                    () => updateCounters(counts, trans, before, written),
                    () => updateCaseworkers(table, people, trans, before, written),
                  ]).then(() => result);
                }),
              );
          },
        };
      },
    };
  },
};
