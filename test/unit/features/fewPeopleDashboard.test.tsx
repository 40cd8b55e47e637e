// @vitest-environment happy-dom
// A dashboard filtered to a unit or a role, opened before the whole workspace has been read (at agency scale that read
// takes about 15 s), is answered from the small tables and the records of the people it keeps; the whole read follows
// once that answer is in, so the next filters are answered from memory (issue 15).
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setClockForTests } from '../../../renderer/clock';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { dashboardRepository } from '../../../renderer/data/dashboardRepository';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { workspaceSnapshot } from '../../../renderer/data/workspaceSnapshot';
import { emptyFilter } from '../../../renderer/domain/dashboard/dashboardFilter';
import { useDashboard } from '../../../renderer/features/dashboard/useDashboard';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

/** Two units of two people, each with a coaching entry; returns the second unit and its people. */
async function twoUnits() {
  const spring = await rolloutRepository.create({ name: 'Spring', startDate: '2026-01-05' });
  await rolloutRepository.setCurrent(spring.id);
  const north = await unitRepository.create({ name: 'North' });
  const south = await unitRepository.create({ name: 'South' });
  const people = [];
  for (const [name, unitId] of [
    ['Ana Lopez', north.id],
    ['Ben Ode', north.id],
    ['Cy Park', south.id],
    ['Dee Moss', south.id],
  ] as const) {
    const person = await caseworkerRepository.create({ name, unitId, role: 'Intake' });
    await coachingEntryRepository.create({
      kind: 'observation',
      caseworkerId: person.id,
      date: '2026-02-02',
    });
    people.push(person);
  }
  await dashboardRepository.data();
  return { rolloutId: spring.id, south: south.id, southPeople: people.slice(2).map((p) => p.id) };
}

describe('a dashboard of a few people, before the whole workspace is read', () => {
  useFreshDb();
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    setClockForTests(() => new Date('2026-03-18T16:45:00Z'));
    workspaceSnapshot.forget();
  });
  afterEach(() => {
    cleanup();
    setClockForTests(null);
    vi.restoreAllMocks();
  });

  it('reads every small table and only the records of the people a unit keeps; nothing for a filter of everyone', async () => {
    const { rolloutId, south, southPeople } = await twoUnits();
    const few = await dashboardRepository.dataOfFewPeople({ ...emptyFilter(rolloutId), unitId: south });
    expect(few?.caseworkers).toHaveLength(4);
    expect(few?.units).toHaveLength(2);
    expect(few?.coachingEntries.map((e) => e.caseworkerId).sort()).toEqual([...southPeople].sort());
    expect(await dashboardRepository.dataOfFewPeople({ ...emptyFilter(rolloutId), wave: 1 })).toBeNull();
  });

  it("answers a unit's filter from its people's records first, then reads the whole workspace once", async () => {
    const { rolloutId, south } = await twoUnits();
    await settingsRepository.save({ dashboardFilter: { ...emptyFilter(rolloutId), unitId: south } });
    const events: string[] = [];
    const readFew = dashboardRepository.dataOfFewPeople;
    vi.spyOn(dashboardRepository, 'dataOfFewPeople').mockImplementation(async (filter) => {
      events.push('few people');
      const data = await readFew(filter);
      events.push('few people read');
      return data;
    });
    const readWhole = dashboardRepository.data;
    vi.spyOn(dashboardRepository, 'data').mockImplementation(() => {
      events.push('whole workspace');
      return readWhole();
    });

    const { result } = renderHook(() => useDashboard());
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(2));
    expect(result.current.filter.unitId).toBe(south);
    expect(result.current.choices?.units.map((u) => u.name)).toEqual(['North', 'South']);
    await waitFor(() => expect(events).toContain('whole workspace'));
    // IndexedDB answers one read after another: the whole read waits for the few people's to end.
    expect(events).toEqual(['few people', 'few people read', 'whole workspace']);
    expect(result.current.charts?.scopeSize).toBe(2);
  });
});
