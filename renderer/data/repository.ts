// Generic repository over one table: every write is validated against the domain schema and stamped;
// deletes are tombstones (Trash) that can be restored. Components never touch `db` directly.
import type { Table } from 'dexie';
import type { EntityByTable, InputByTable, TableName } from '../domain/model';
import { parseOrThrow, tableDefs } from '../domain/model';
import { nowIso } from '../clock';
import { getDb } from './db';

export const newId = (): string => crypto.randomUUID();
export { nowIso } from '../clock';

type Stored<K extends TableName> = EntityByTable[K];
const BASE_KEYS = ['id', 'createdAt', 'updatedAt', 'deletedAt'] as const;

function fieldsOf(record: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...record };
  for (const key of BASE_KEYS) delete copy[key];
  return copy;
}

/** Validates the fields of a record of table `name` and returns them with defaults filled in. */
export function validateFields<K extends TableName>(
  name: K,
  input: unknown,
): Omit<Stored<K>, (typeof BASE_KEYS)[number]> {
  const def = tableDefs[name];
  return parseOrThrow(def.fields, input, def.singular) as unknown as Omit<
    Stored<K>,
    (typeof BASE_KEYS)[number]
  >;
}

/** Builds a complete, validated record ready to store (used by create, imports and the demo generator). */
export function makeRecord<K extends TableName>(
  name: K,
  input: InputByTable[K],
  at = nowIso(),
  id = newId(),
): Stored<K> {
  return { ...validateFields(name, input), id, createdAt: at, updatedAt: at, deletedAt: null } as Stored<K>;
}

export interface Repository<K extends TableName> {
  /** Live (not deleted) records. */
  list(): Promise<Stored<K>[]>;
  get(id: string): Promise<Stored<K> | undefined>;
  create(input: InputByTable[K]): Promise<Stored<K>>;
  update(id: string, patch: Partial<InputByTable[K]>): Promise<Stored<K>>;
  /** Moves the record to Trash. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Deletes for good (from Trash). */
  purge(id: string): Promise<void>;
}

export function repository<K extends TableName>(name: K): Repository<K> {
  const table = () => getDb()[name] as unknown as Table<Stored<K>, string>;
  const mustGet = async (id: string): Promise<Stored<K>> => {
    const found = await table().get(id);
    if (!found) throw new Error(`That ${tableDefs[name].singular} no longer exists.`);
    return found;
  };
  return {
    async list() {
      return (await table().toArray()).filter((r) => r.deletedAt === null);
    },
    get: (id) => table().get(id),
    async create(input) {
      const record = makeRecord(name, input);
      await table().add(record);
      return record;
    },
    async update(id, patch) {
      return getDb().transaction('rw', table(), async () => {
        const existing = await mustGet(id);
        const fields = validateFields(name, { ...fieldsOf(existing as Record<string, unknown>), ...patch });
        const next = { ...existing, ...fields, updatedAt: nowIso() } as Stored<K>;
        await table().put(next);
        return next;
      });
    },
    async remove(id) {
      const at = nowIso();
      await table().update(id, { deletedAt: at, updatedAt: at } as never);
    },
    async restore(id) {
      await table().update(id, { deletedAt: null, updatedAt: nowIso() } as never);
    },
    async purge(id) {
      await table().delete(id);
    },
  };
}
