// The write stamp: a layer of the middleware chain (chain.ts) that replaces a token per table, the `written:<table>`
// rows of `startSnapshots`, in the same transaction as every write of that workspace table (the app's saves, imports,
// Trash, restore, sync merges, upgrades: they all pass here). A model kept for the next start records the tokens of
// the tables it was built from, as they were at its read (data/startSnapshotRepository.ts): while they are the same,
// nothing it was built from has changed, so it can be shown at once instead of reading 441,000 records first; a
// write elsewhere (a draft saved while someone types, a coaching entry for the survey results) leaves it current. A
// write that rolls back takes its token with it, and a whole table cleared (a restore) forgets the models kept. A
// token says nothing but "written"; the settings are not followed (a kept model names the settings it was built for).
//
// No async/await here: every step chains on the promise the layer below returns, which keeps Dexie's transaction
// zone (Dexie's own middlewares below read it); a native promise loses it after a few steps.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import { nowMs } from '../../clock';
import { tableNames } from '../../domain/model';
import type { ChainLayer } from './chain';
import { hasStores, isWholeTable, withStoresOnWrite } from './layerStores';

export const SNAPSHOTS = 'startSnapshots';
/** The id of the row whose token every write of workspace table `table` replaces. */
export const writtenRow = (table: string): string => `written:${table}`;

const workspace = new Set<string>(tableNames);
const follows = (store: string): boolean => workspace.has(store);

/** A token no write has had before: the time, then randomness (two writes in one millisecond differ too). */
const newToken = (): string => `${nowMs().toString(36)}-${crypto.randomUUID()}`;

export const writeStampLayer: ChainLayer = {
  create(down: DBCore): Partial<DBCore> {
    if (!hasStores(down, [SNAPSHOTS])) return {};
    return {
      // The token commits (or rolls back) with the write: every read-write transaction over the workspace includes it.
      transaction: withStoresOnWrite(down, follows, [SNAPSHOTS]),
      table(name): DBCoreTable {
        const table = down.table(name);
        if (!follows(name)) return table;
        const stamps = down.table(SNAPSHOTS);
        return {
          ...table,
          mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const trans = req.trans;
            const stamp = () =>
              stamps.mutate({
                type: 'put',
                trans,
                values: [{ id: writtenRow(name), token: newToken() }],
                keys: [writtenRow(name)],
              });
            return table.mutate(req).then((result) =>
              // A whole table cleared (a restore replacing the workspace): the models kept go with it; they were of
              // another workspace.
              (req.type === 'deleteRange' && isWholeTable(req.range)
                ? stamps.mutate({ type: 'deleteRange', trans, range: req.range }).then(stamp)
                : stamp()
              ).then(() => result),
            );
          },
        };
      },
    };
  },
};
