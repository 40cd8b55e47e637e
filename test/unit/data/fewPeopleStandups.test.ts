// A dashboard filtered to a unit reads, before the whole workspace, the standups with a row of that unit's people
// (through the appearances index), not the agency's every standup: exactly those, live, in the whole read's order.
import { describe, expect, it } from 'vitest';
import { dashboardRepository } from '../../../renderer/data/dashboardRepository';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { standupRepository } from '../../../renderer/data/standupRepository';
import { emptyFilter } from '../../../renderer/domain/dashboard/dashboardFilter';
import { useFreshDb } from './freshDb';

const db = useFreshDb();

describe('dashboardRepository.dataOfFewPeople: standups', () => {
  it("reads the live standups with a row of the unit's people, by id, for every unit", async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const settings = await settingsRepository.load();
    const every = await standupRepository.list();
    const people = await caseworkerRepository.list();
    let withStandups = 0;
    for (const unit of await unitRepository.list()) {
      const theirs = new Set(people.filter((p) => p.unitId === unit.id).map((p) => p.id));
      const few = await dashboardRepository.dataOfFewPeople({
        ...emptyFilter(settings.currentRolloutId),
        unitId: unit.id,
      });
      const expected = every
        .filter((s) => s.rows.some((r) => theirs.has(r.caseworkerId)))
        .map((s) => s.id)
        .sort();
      expect(few?.standups.map((s) => s.id)).toEqual(expected);
      if (expected.length > 0 && expected.length < every.length) withStandups += 1;
    }
    // Units whose people stand up, each with some of the standups but not all.
    expect(withStandups).toBeGreaterThan(0);
  });
});
