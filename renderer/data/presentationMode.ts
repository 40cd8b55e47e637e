// Presentation mode, as one mechanism for the whole app: a database middleware that, while the mode is on, hands every
// screen, chart, report and export pseudonyms ("Worker 7") instead of caseworkers' names, scrubs those names out of
// free text, and refuses writes, so nothing pseudonymised is ever saved back over the real data.
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { assignPseudonyms, nameScrubber } from '../domain/presentation/pseudonyms';
import { getDb } from './db';

let active = false;
let scrub: (text: string) => string = (text) => text;
let pseudonyms = new Map<string, string>();

/**
 * Turns pseudonyms on or off for every read from now on; the app then remounts its screens so they read again.
 * The names are taken once, as the mode starts: nobody can be added or renamed while it is on.
 */
export async function applyPresentationMode(on: boolean): Promise<void> {
  active = false;
  if (!on) return;
  const people = await getDb().caseworkers.toArray();
  pseudonyms = assignPseudonyms(people);
  scrub = nameScrubber(people, pseudonyms);
  active = true;
}

export const isPresentationActive = (): boolean => active;

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

export const presentationMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'presentation-mode',
  level: 20,
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
            const value = await table.get(req);
            if (!active) return value;
            return transform(value, tableName);
          },
          async getMany(req) {
            const values = await table.getMany(req);
            if (!active) return values;
            return values.map((v) => transform(v, tableName));
          },
          async query(req) {
            const res = await table.query(req);
            if (!active || !req.values) return res;
            return { ...res, result: res.result.map((v) => transform(v, tableName)) };
          },
          async openCursor(req) {
            const cursor = await table.openCursor(req);
            if (!active || !req.values) return cursor;
            return wrapCursor(cursor, tableName);
          },
        };
      },
    };
  },
};
