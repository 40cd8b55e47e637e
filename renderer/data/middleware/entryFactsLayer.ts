// Entry facts: a layer of the middleware chain (chain.ts) between change capture and encryption. Every write of a
// coaching entry (the app's saves, Trash, restore, sync merges, upgrades: they all pass here) also writes, in the same
// transaction, the entry's row in `entryFacts` and its caseworker's row in `caseworkerFacts`
// (domain/coaching/entryFacts.ts), so the facts can never disagree with the entries. It sits above encryption so it
// sees entries in the clear; its tables hold ids, dates and flags, nothing personal, and are neither synced nor backed
// up (every write of the entries rebuilds them).
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import {
  caseworkerFactsFrom,
  entryFactsOf,
  needsRecount,
  withEntry,
  type CaseworkerFacts,
  type EntryFacts,
} from '../../domain/coaching/entryFacts';
import type { CoachingEntry } from '../../domain/model';
import type { ChainLayer } from './chain';

const ENTRIES = 'coachingEntries';
const FACTS = 'entryFacts';
const PEOPLE = 'caseworkerFacts';

// DBCoreRangeType (a const enum of Dexie's types, so not importable as a value): Equal is 1, Any (Table.clear()) is 3.
const isWholeTable = (range: DBCoreKeyRange): boolean => (range.type as number) === 3;
const equalTo = (key: string): DBCoreKeyRange => ({
  type: 1,
  lower: key,
  upper: key,
  lowerOpen: false,
  upperOpen: false,
});

async function keysInRange(table: DBCoreTable, trans: DBCoreTransaction, range: DBCoreKeyRange) {
  const found = await table.query({
    trans,
    values: false,
    query: { index: table.schema.primaryKey, range },
  });
  return found.result as string[];
}

async function putAndDelete<T extends { id: string }>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  rows: readonly T[],
  remove: readonly string[],
): Promise<void> {
  if (rows.length > 0) await table.mutate({ type: 'put', trans, values: rows, keys: rows.map((r) => r.id) });
  if (remove.length > 0) await table.mutate({ type: 'delete', trans, keys: [...remove] });
}

/**
 * The facts rows of the entries written (the entry itself is read, not a copy: a record opened lazily keeps its sealed
 * notes closed unless a fact needs them), and the ids of those that have none.
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

/** Brings the caseworker rows up to date for entries replaced or removed (`before`) and written (`after`). */
async function updateCaseworkers(
  entries: DBCoreTable,
  people: DBCoreTable,
  trans: DBCoreTransaction,
  before: readonly CoachingEntry[],
  after: readonly CoachingEntry[],
): Promise<void> {
  const ids = [...new Set([...before, ...after].map((e) => e.caseworkerId))];
  if (ids.length === 0) return;
  const stored = (await people.getMany({ trans, keys: ids })) as Array<CaseworkerFacts | undefined>;
  const rows = new Map<string, CaseworkerFacts | null>(ids.map((id, i) => [id, stored[i] ?? null]));
  const afterById = new Map(after.map((e) => [e.id, e]));
  const recount = new Set<string>();
  // An entry replaced or removed from before a person's latest date had no follow-up listed: nothing to undo.
  for (const old of before)
    if (needsRecount(rows.get(old.caseworkerId) ?? null, old, afterById.get(old.id)))
      recount.add(old.caseworkerId);
  for (const entry of after)
    if (!recount.has(entry.caseworkerId))
      rows.set(entry.caseworkerId, withEntry(rows.get(entry.caseworkerId) ?? null, entry));
  const byCaseworker = entries.schema.getIndexByKeyPath('caseworkerId');
  if (recount.size > 0 && !byCaseworker) throw new Error('Coaching entries have no caseworkerId index.');
  for (const id of recount) {
    // Counted again from all their entries, through the index (tens of entries, clear fields only: nothing opened).
    const found = await entries.query({
      trans,
      values: true,
      query: { index: byCaseworker!, range: equalTo(id) },
    });
    rows.set(id, caseworkerFactsFrom(id, found.result as CoachingEntry[]));
  }
  const put: CaseworkerFacts[] = [];
  const remove: string[] = [];
  for (const [id, row] of rows) {
    if (row) put.push(row);
    else if (stored[ids.indexOf(id)]) remove.push(id);
  }
  await putAndDelete(people, trans, put, remove);
}

export const entryFactsLayer: ChainLayer = {
  create(down: DBCore): Partial<DBCore> {
    if (
      !down.schema.tables.some((t) => t.name === FACTS) ||
      !down.schema.tables.some((t) => t.name === PEOPLE)
    )
      return {};
    return {
      transaction(stores, mode, options) {
        // The facts commit with the entries: every read-write transaction that writes entries includes them.
        const extra =
          mode === 'readwrite' && stores.includes(ENTRIES)
            ? [FACTS, PEOPLE].filter((s) => !stores.includes(s))
            : [];
        return down.transaction([...stores, ...extra], mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        if (name !== ENTRIES) return table;
        const facts = down.table(FACTS);
        const people = down.table(PEOPLE);
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest) {
            const trans = req.trans;
            if (req.type === 'deleteRange' && isWholeTable(req.range)) {
              // Restore's clear: the facts go with the entries.
              const result = await table.mutate(req);
              await facts.mutate({ type: 'deleteRange', trans, range: req.range });
              await people.mutate({ type: 'deleteRange', trans, range: req.range });
              return result;
            }
            // What is replaced or removed, read before the write (a new entry replaces nothing).
            const replacedIds =
              req.type === 'put'
                ? req.values.map((v, i) => String((v as CoachingEntry).id ?? req.keys?.[i]))
                : req.type === 'delete'
                  ? (req.keys as string[])
                  : req.type === 'deleteRange'
                    ? await keysInRange(table, trans, req.range)
                    : [];
            const replaced =
              replacedIds.length > 0
                ? ((await table.getMany({ trans, keys: replacedIds })) as Array<CoachingEntry | undefined>)
                : [];
            const result = await table.mutate(req);
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
            // A new entry has no facts row to remove; a put may replace an entry that had some.
            await putAndDelete(facts, trans, rows, [...(req.type === 'put' ? none : []), ...removedIds]);
            await updateCaseworkers(table, people, trans, before, written);
            return result;
          },
        };
      },
    };
  },
};
