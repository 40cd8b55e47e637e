// Entry facts: a layer of the middleware chain (chain.ts) between change capture and encryption. Every write of a
// coaching entry (the app's saves, Trash, restore, sync merges, upgrades: they all pass here) also writes or removes
// the entry's row in `entryFacts` (domain/coaching/entryFacts.ts) in the same transaction, so the facts can never
// disagree with the entries. It sits above encryption so it sees entries in the clear; its table holds nothing
// personal and is neither synced nor backed up (it is rebuilt from the entries by every write of them).
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { entryFactsOf, type EntryFacts } from '../../domain/coaching/entryFacts';
import type { CoachingEntry } from '../../domain/model';
import type { ChainLayer } from './chain';

export const ENTRIES = 'coachingEntries';
export const FACTS = 'entryFacts';
// DBCoreRangeType.Any (a const enum of Dexie's types, so not importable as a value): what Table.clear() deletes.
const isWholeTable = (range: DBCoreKeyRange): boolean => (range.type as number) === 3;

async function keysInRange(table: DBCoreTable, req: Extract<DBCoreMutateRequest, { type: 'deleteRange' }>) {
  const found = await table.query({
    trans: req.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: req.range },
  });
  return found.result as string[];
}

/** The facts of the entries a write stores (by the write's own keys), and the ids that have none. */
function factsOfWrite(values: readonly unknown[], keys: readonly unknown[] | undefined, failures: object) {
  const rows: EntryFacts[] = [];
  const none: string[] = [];
  values.forEach((value, i) => {
    if (i in failures) return;
    // The entry itself, not a copy: a record opened lazily keeps its sealed notes closed (entryFactsOf reads no note,
    // and a prep or debrief only when it is not sealed).
    const entry = value as CoachingEntry;
    const facts = entryFactsOf(entry);
    if (facts) rows.push(facts);
    else none.push(String(entry.id ?? keys?.[i]));
  });
  return { rows, none };
}

async function writeFacts(
  facts: DBCoreTable,
  trans: DBCoreTransaction,
  rows: EntryFacts[],
  remove: string[],
): Promise<void> {
  if (rows.length > 0) await facts.mutate({ type: 'put', trans, values: rows, keys: rows.map((r) => r.id) });
  if (remove.length > 0) await facts.mutate({ type: 'delete', trans, keys: remove });
}

export const entryFactsLayer: ChainLayer = {
  create(down: DBCore): Partial<DBCore> {
    if (!down.schema.tables.some((t) => t.name === FACTS)) return {};
    return {
      transaction(stores, mode, options) {
        // The facts commit with the entries: every read-write transaction that writes entries includes them.
        const extra =
          mode === 'readwrite' && stores.includes(ENTRIES) && !stores.includes(FACTS) ? [FACTS] : [];
        return down.transaction([...stores, ...extra], mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        if (name !== ENTRIES) return table;
        const facts = down.table(FACTS);
        return {
          ...table,
          async mutate(req) {
            if (req.type === 'add' || req.type === 'put') {
              const result = await table.mutate(req);
              const { rows, none } = factsOfWrite(req.values, req.keys, result.failures);
              // A new entry has no facts row to remove; a put may replace an entry that had some.
              await writeFacts(facts, req.trans, rows, req.type === 'put' ? none : []);
              return result;
            }
            if (req.type === 'delete') {
              const result = await table.mutate(req);
              await writeFacts(facts, req.trans, [], req.keys as string[]);
              return result;
            }
            // deleteRange: the whole table (restore's clear) clears the facts too; a part of it removes those ids.
            const range = req.range;
            const whole = isWholeTable(range);
            const ids = whole ? [] : await keysInRange(table, req);
            const result = await table.mutate(req);
            if (whole) await facts.mutate({ type: 'deleteRange', trans: req.trans, range });
            else await writeFacts(facts, req.trans, [], ids);
            return result;
          },
        };
      },
    };
  },
};
