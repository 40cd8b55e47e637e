// Appearances: a layer of the middleware chain (chain.ts) between the entry facts and encryption. Every write of a
// cohort, training session or standup (the app's saves, Trash, restore, sync merges: they all pass here) also brings,
// in the same transaction, that record's rows in `appearances` up to date: one per caseworker it names
// (domain/cohorts/appearances.ts), so the rows can never disagree with the records. A caseworker's timeline reads
// their rows by index and then only their records, not every cohort, session and standup of the agency (issue 15).
// It sits above encryption so it sees the records in the clear; its rows hold ids only (who is named by which
// record: the kind of link the entries' caseworkerId index already keeps in the clear), and are neither synced nor
// backed up (every write of the records rebuilds them).
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
  appearanceIdPrefix,
  appearancesOf,
  isAppearanceTable,
  type AppearanceTable,
} from '../../domain/cohorts/appearances';
import type { ChainLayer } from './chain';
import { done, hasStores, isWholeTable, keysInRange, withStoresOnWrite } from './layerStores';

export const APPEARANCES = 'appearances';

// DBCoreRangeType (a const enum of Dexie's types, so not importable as a value): Range is 2.
const startingWith = (prefix: string): DBCoreKeyRange => ({
  type: 2,
  lower: prefix,
  upper: `${prefix}\uffff`,
  lowerOpen: false,
  upperOpen: false,
});
/** The rows of one record. */
const rowsOfRecord = (table: AppearanceTable, recordId: string) =>
  startingWith(appearanceIdPrefix(table, recordId));

/** Runs one step per item, each started when the one before it is done. */
const eachInTurn = <T>(items: readonly T[], step: (item: T) => Promise<unknown>): Promise<unknown> =>
  items.reduce<Promise<unknown>>((before, item) => before.then(() => step(item)), done(undefined));

/** Deletes the rows of these records. */
const forget = (
  rows: DBCoreTable,
  trans: DBCoreTransaction,
  table: AppearanceTable,
  ids: readonly string[],
) => eachInTurn(ids, (id) => rows.mutate({ type: 'deleteRange', trans, range: rowsOfRecord(table, id) }));

/**
 * Writes the rows of the records written. A new record (add) has none yet; a record replaced (put) keeps the rows of
 * the people it still names and loses the others'.
 */
function remember(
  rows: DBCoreTable,
  trans: DBCoreTransaction,
  table: AppearanceTable,
  written: ReadonlyArray<{ id: string }>,
  replaced: boolean,
): Promise<unknown> {
  const now = written.flatMap((record) => appearancesOf(table, record));
  const kept = new Set(now.map((r) => r.id));
  const stale = replaced
    ? eachInTurn(written, (record) =>
        keysInRange(rows, trans, rowsOfRecord(table, record.id)).then((keys) => {
          const gone = keys.filter((k) => !kept.has(k));
          return gone.length > 0 ? rows.mutate({ type: 'delete', trans, keys: gone }) : done(undefined);
        }),
      )
    : done(undefined);
  return stale.then(() =>
    now.length > 0
      ? rows.mutate({ type: 'put', trans, values: now, keys: now.map((r) => r.id) })
      : done(undefined),
  );
}

export const appearancesLayer: ChainLayer = {
  create(down: DBCore): Partial<DBCore> {
    if (!hasStores(down, [APPEARANCES])) return {};
    return {
      // The rows commit with the records: every read-write transaction that writes those tables includes them.
      transaction: withStoresOnWrite(down, isAppearanceTable, [APPEARANCES]),
      table(name): DBCoreTable {
        const table = down.table(name);
        if (!isAppearanceTable(name)) return table;
        const rows = down.table(APPEARANCES);
        return {
          ...table,
          mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const trans = req.trans;
            if (req.type === 'deleteRange') {
              // Restore's clear: the table's rows go with it. Another range: the records in it, read first.
              if (isWholeTable(req.range))
                return table
                  .mutate(req)
                  .then((result) =>
                    rows
                      .mutate({ type: 'deleteRange', trans, range: startingWith(`${name}|`) })
                      .then(() => result),
                  );
              return keysInRange(table, trans, req.range).then((ids) =>
                table.mutate(req).then((result) => forget(rows, trans, name, ids).then(() => result)),
              );
            }
            return table.mutate(req).then((result) => {
              if (req.type === 'delete')
                return forget(rows, trans, name, req.keys as string[]).then(() => result);
              const written = (req.values as Array<{ id: string }>).filter((_, i) => !(i in result.failures));
              return remember(rows, trans, name, written, req.type === 'put').then(() => result);
            });
          },
        };
      },
    };
  },
};
