// Units and caseworkers: their repositories plus the roster-specific writes (deactivate, all-or-nothing import).
import type { Caseworker, InputByTable, Unit } from '../domain/model';
import { getDb } from './db';
import { makeRecord, nowIso, repository } from './repository';

export const units = repository('units');
export const caseworkers = repository('caseworkers');

export async function listUnits(): Promise<Unit[]> {
  return (await units.list()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function listCaseworkers(): Promise<Caseworker[]> {
  return (await caseworkers.list()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function setCaseworkerStatus(id: string, status: Caseworker['status']): Promise<Caseworker> {
  return caseworkers.update(id, { status });
}

export interface RosterImportRow {
  caseworker: InputByTable['caseworkers'];
  unitName: string | null;
}

export interface RosterImportResult {
  caseworkersAdded: number;
  unitsCreated: string[];
}

/**
 * Writes an import in one transaction: units named in the file are matched by name (case-insensitive) or created,
 * then every caseworker is added. Any failure rolls the whole import back, so the roster is never half-imported.
 */
export async function importRoster(rows: RosterImportRow[]): Promise<RosterImportResult> {
  const db = getDb();
  return db.transaction('rw', db.units, db.caseworkers, async () => {
    const at = nowIso();
    const existing = (await db.units.toArray()).filter((u) => u.deletedAt === null);
    const byName = new Map(existing.map((u) => [u.name.trim().toLocaleLowerCase(), u.id]));
    const newUnits: Unit[] = [];
    const records: Caseworker[] = [];
    for (const row of rows) {
      let unitId: string | null = null;
      if (row.unitName && row.unitName.trim()) {
        const key = row.unitName.trim().toLocaleLowerCase();
        let id = byName.get(key);
        if (!id) {
          const unit = makeRecord('units', { name: row.unitName.trim() }, at);
          newUnits.push(unit);
          id = unit.id;
          byName.set(key, id);
        }
        unitId = id;
      }
      records.push(makeRecord('caseworkers', { ...row.caseworker, unitId }, at));
    }
    await db.units.bulkAdd(newUnits);
    await db.caseworkers.bulkAdd(records);
    return { caseworkersAdded: records.length, unitsCreated: newUnits.map((u) => u.name) };
  });
}
