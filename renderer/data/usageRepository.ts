// Tool usage imported from the new tool's log: the current rollout's usage (through the rolloutId index), what the
// import needs to check a file, and the write of its new days, all in one transaction so an interrupted import leaves
// the data as it was.
import type { InputByTable, Rollout, ToolUsage } from '../domain/model';
import { usageImportContext, type UsageImportContext } from '../domain/usage/usageImport';
import type { StepOptions } from '../domain/csv/importSteps';
import { addInSteps, inTransaction, makeRecord, nowIso, repository } from './repository';
import { rolloutRepository } from './rolloutRepository';
import { caseworkerRepository } from './rosterRepository';

const base = repository('toolUsage');

export const usageRepository = {
  ...base,
  /** One rollout's live usage, through the rolloutId index. */
  listOfRollout: (rolloutId: string): Promise<ToolUsage[]> => base.listBy('rolloutId', rolloutId),

  /** The current rollout's usage, newest first, with the rollout it belongs to. */
  current: async (): Promise<{ rollout: Pick<Rollout, 'id' | 'name'> | null; usage: ToolUsage[] }> => {
    const rollout = await rolloutRepository.current();
    if (!rollout) return { rollout: null, usage: [] };
    const usage = (await base.listBy('rolloutId', rollout.id)).sort((a, b) => b.date.localeCompare(a.date));
    return { rollout: { id: rollout.id, name: rollout.name }, usage };
  },

  /** What validation needs: the roster's e-mails and IDs, the days already recorded, the rollout and today. */
  importContext: async (today: string): Promise<UsageImportContext | null> => {
    const rollout = await rolloutRepository.current();
    if (!rollout) return null;
    const [caseworkers, usage] = await Promise.all([
      caseworkerRepository.list(),
      base.listBy('rolloutId', rollout.id),
    ]);
    return usageImportContext({ caseworkers, usage, rollout, today });
  },

  /**
   * Adds the new days in one transaction; a day recorded meanwhile (same person, rollout and day) is skipped, never
   * doubled. Returns how many were added.
   */
  importDays: (rows: readonly InputByTable['toolUsage'][], options: StepOptions = {}): Promise<number> =>
    inTransaction('rw', ['toolUsage'], async () => {
      const at = nowIso();
      const records: ToolUsage[] = [];
      for (const row of rows) {
        const existing = await base.listBy('[caseworkerId+date]', [row.caseworkerId, row.date]);
        if (!existing.some((u) => u.rolloutId === row.rolloutId))
          records.push(makeRecord('toolUsage', row, at));
      }
      return addInSteps('toolUsage', records, (r) => r, options);
    }),
};
