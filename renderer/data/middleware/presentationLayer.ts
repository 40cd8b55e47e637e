// Presentation mode's layer: the outermost layer of the middleware chain (chain.ts). While the mode is on it hands every
// screen, chart, report and export pseudonyms ("Worker 7") instead of caseworkers' names, scrubs those names out of
// free text, and refuses writes, so nothing pseudonymised is ever saved back over the real data. It holds only the
// mode's state; renderer/data/presentationMode.ts turns it on and off.
import type { DBCoreCursor, DBCoreTable, Transaction } from 'dexie';
import type { Caseworker } from '../../domain/model';
import { assignPseudonyms, nameScrubber } from '../../domain/presentation/pseudonyms';
import type { ChainLayer } from './chain';

let active = false;
let scrub: (text: string) => string = (text) => text;
let pseudonyms = new Map<string, string>();

/** Pseudonyms for these people from now on, or real values again with null. */
export function setPresentedPeople(people: readonly Caseworker[] | null): void {
  active = false;
  if (!people) return;
  pseudonyms = assignPseudonyms(people);
  scrub = nameScrubber(people, pseudonyms);
  active = true;
}

export const isPresentationActive = (): boolean => active;

// Transactions whose reads see the real data even while presenting (held weakly: they end with their transaction).
const realDataTransactions = new WeakSet<object>();

/**
 * Lets the reads of transaction `tx` see the real names while presentation mode is on. Backups use it: a backup taken
 * while presenting must hold the real data, or restoring it would replace every real name with a pseudonym.
 */
export function readRealDataIn(tx: Transaction): void {
  realDataTransactions.add(tx.idbtrans);
}

export class PresentationModeError extends Error {
  constructor() {
    super('Presentation mode is on, so nothing can be changed. Turn presentation mode off to edit.');
    this.name = 'PresentationModeError';
  }
}

// Keys whose values are ids, dates or codes, never names.
const SKIP_KEY = /(^id$|Id$|Ids$|At$|Date$|^date$|^month$|On$|^kind$|^status$|^role$|^via$)/;

function transform(value: unknown, tableName: string, key = ''): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return SKIP_KEY.test(key) ? value : scrub(value);
  if (Array.isArray(value)) return value.map((v) => transform(v, tableName, key));
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = transform(v, tableName, k);
    if (tableName === 'caseworkers' && typeof record.id === 'string' && typeof record.name === 'string') {
      out.name = pseudonyms.get(record.id) ?? 'Worker';
      out.email = '';
      out.employeeId = '';
    }
    return out;
  }
  return value;
}

function wrapCursor(cursor: DBCoreCursor | null, tableName: string): DBCoreCursor | null {
  if (!cursor) return cursor;
  return Object.create(cursor, {
    value: { get: () => transform(cursor.value, tableName) },
  }) as DBCoreCursor;
}

export const presentationLayer: ChainLayer = {
  create(down) {
    return {
      ...down,
      table(tableName): DBCoreTable {
        const table = down.table(tableName);
        if (tableName === 'settings') return table;
        return {
          ...table,
          async mutate(req) {
            if (active) throw new PresentationModeError();
            return table.mutate(req);
          },
          async get(req) {
            const value: unknown = await table.get(req);
            if (!active || realDataTransactions.has(req.trans)) return value;
            return transform(value, tableName);
          },
          async getMany(req) {
            const values: unknown[] = await table.getMany(req);
            if (!active || realDataTransactions.has(req.trans)) return values;
            return values.map((v) => transform(v, tableName));
          },
          async query(req) {
            const res = await table.query(req);
            if (!active || !req.values || realDataTransactions.has(req.trans)) return res;
            return { ...res, result: res.result.map((v) => transform(v, tableName)) };
          },
          async openCursor(req) {
            const cursor = await table.openCursor(req);
            if (!active || !req.values || realDataTransactions.has(req.trans)) return cursor;
            return wrapCursor(cursor, tableName);
          },
        };
      },
    };
  },
};
