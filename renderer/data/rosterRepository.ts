// The roster aggregate: units and caseworkers, each on the generic repository, with the roster's own reads (by name,
// the workspace summary counted through the indexes) and its named transaction (the all-or-nothing CSV import).
import type { Caseworker, CaseworkerStatus, InputByTable, Unit } from '../domain/model';
import { isLive } from '../domain/model';
import { isUnitActive } from '../domain/roster/unitRules';
import { tableOf, getDb } from './db';
import type { StepOptions } from '../domain/csv/importSteps';
import { addInSteps, byName, inTransaction, makeRecord, nowIso, repository } from './repository';
import { rolloutRepository } from './rolloutRepository';
import { workspaceSummary, type WorkspaceSummary } from '../domain/home/workspaceSummary';

const unitBase = repository('units');
export const unitRepository = {
  ...unitBase,
  /** Live units, by name. */
  listByName: async (): Promise<Unit[]> => byName(await unitBase.list()),
  /** Stops the unit taking new people from `on` (a day); the people in it stay there (domain/roster/unitRules.ts). */
  deactivate: (id: string, on: string): Promise<Unit> => unitBase.update(id, { deactivatedOn: on }),
  reactivate: (id: string): Promise<Unit> => unitBase.update(id, { deactivatedOn: null }),
};

export interface RosterImportRow {
  caseworker: InputByTable['caseworkers'];
  unitName: string | null;
  /** The supervisor the file names for the unit: a unit the import creates keeps the first one named. */
  supervisorName?: string | null;
}

export interface RosterImportResult {
  caseworkersAdded: number;
  unitsCreated: string[];
}

const caseworkerBase = repository('caseworkers');
/** Live caseworkers with this status, read through the status index. */
const listWithStatus = (status: CaseworkerStatus): Promise<Caseworker[]> =>
  caseworkerBase.listBy('status', status);

export const caseworkerRepository = {
  ...caseworkerBase,
  /** Live caseworkers, by name. */
  listByName: async (): Promise<Caseworker[]> => byName(await caseworkerBase.list()),

  setStatus: (id: string, status: CaseworkerStatus): Promise<Caseworker> =>
    caseworkerBase.update(id, { status }),

  /** Sets the status of many people at once, in one transaction (a bulk action on the roster). */
  setStatusOfMany: (ids: readonly string[], status: CaseworkerStatus): Promise<Caseworker[]> =>
    caseworkerBase.updateMany(ids, { status }),

  /**
   * Moves many people into a unit (or out of any, with null) in one transaction. The unit is checked inside the same
   * transaction: one deactivated or moved to Trash meanwhile refuses the whole move.
   */
  moveToUnit: (ids: readonly string[], unitId: string | null): Promise<Caseworker[]> =>
    inTransaction('rw', ['units', 'caseworkers'], async () => {
      if (unitId !== null) {
        const unit = await unitBase.get(unitId);
        if (!unit || !isLive(unit)) throw new Error('That unit no longer exists.');
        if (!isUnitActive(unit))
          throw new Error(
            `${unit.name} is deactivated and takes no new people. Reactivate it on the Units page first.`,
          );
      }
      return caseworkerBase.updateMany(ids, { unitId });
    }),

  listWithStatus,

  /**
   * Writes an import in one transaction: units named in the file are matched by name (case-insensitive) or created,
   * then every caseworker is added. Any failure rolls the whole import back, so the roster is never half-imported.
   */
  importRoster: (rows: readonly RosterImportRow[], options: StepOptions = {}): Promise<RosterImportResult> =>
    inTransaction('rw', ['units', 'caseworkers'], async () => {
      const at = nowIso();
      const byUnitName = new Map(
        (await unitBase.list()).map((u) => [u.name.trim().toLocaleLowerCase(), u.id]),
      );
      const newUnits: Unit[] = [];
      const createdById = new Map<string, Unit>();
      const records: Caseworker[] = [];
      for (const row of rows) {
        let unitId: string | null = null;
        if (row.unitName && row.unitName.trim()) {
          const key = row.unitName.trim().toLocaleLowerCase();
          const supervisorName = row.supervisorName?.trim() ?? '';
          let id = byUnitName.get(key);
          if (!id) {
            const unit = makeRecord('units', { name: row.unitName.trim(), supervisorName }, at);
            newUnits.push(unit);
            createdById.set(unit.id, unit);
            id = unit.id;
            byUnitName.set(key, id);
          }
          // A unit this import creates keeps the first supervisor the file names for it; existing units are left as
          // they are (their supervisor is edited on the Units page).
          const created = createdById.get(id);
          if (created && !created.supervisorName && supervisorName) created.supervisorName = supervisorName;
          unitId = id;
        }
        records.push(makeRecord('caseworkers', { ...row.caseworker, unitId }, at));
      }
      const db = getDb();
      await tableOf<Unit>(db, 'units').bulkAdd(newUnits);
      await addInSteps('caseworkers', records, (r) => r, options);
      return { caseworkersAdded: records.length, unitsCreated: newUnits.map((u) => u.name) };
    }),

  /** What the home screen says about the roster: people at work and on leave (not those who left), units, roles. */
  summary: async (): Promise<WorkspaceSummary> => {
    const [active, onLeave, units, rollouts, currentRollout] = await Promise.all([
      listWithStatus('active'),
      listWithStatus('on-leave'),
      unitBase.count(),
      rolloutRepository.count(),
      rolloutRepository.current(),
    ]);
    return workspaceSummary({ active, onLeave, units, rollouts, currentRollout });
  },
};
