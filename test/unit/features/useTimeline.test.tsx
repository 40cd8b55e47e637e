// @vitest-environment happy-dom
// The caseworker timeline hook: one person's records, newest first, with coaches' and cohorts' names; other people's
// records stay out; a caseworker in Trash has no timeline.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { coachRepository } from '../../../renderer/data/coachRepository';
import { cohortRepository } from '../../../renderer/data/cohortRepository';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { standupRepository } from '../../../renderer/data/standupRepository';
import { useTimeline } from '../../../renderer/features/timeline/useTimeline';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

const saveEntry = (caseworkerId: string, coachId: string | null, date: string) =>
  coachingEntryRepository.save(
    { kind: 'observation', caseworkerId, coachId, date, focusSkill: 'Case notes' },
    { opened: null, draftKey: null },
  );

describe('useTimeline', () => {
  useFreshDb();
  afterEach(cleanup);

  it("assembles one caseworker's records, newest first, and follows new ones", async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    const ben = await caseworkerRepository.create({ name: 'Ben Ode' });
    const coach = await coachRepository.create({ name: 'Cleo Reyes' });
    const rollout = await rolloutRepository.create({ name: 'Spring' });
    const cohort = await cohortRepository.create({ rolloutId: rollout.id, name: 'Intake 1' });
    await saveEntry(ana.id, coach.id, '2026-03-02');
    await saveEntry(ben.id, null, '2026-03-03');
    await standupRepository.save({
      cohortId: cohort.id,
      date: '2026-03-04',
      rows: [{ caseworkerId: ana.id, usedToolYesterday: true }],
    });

    const { result } = renderHook(() => useTimeline(ana.id));
    await waitFor(() => expect(result.current?.events).toHaveLength(2));
    expect(result.current?.caseworker?.name).toBe('Ana Lopez');
    expect(result.current?.events.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2026-03-04', 'standup', 'Standup of Intake 1: used the tool the day before'],
      ['2026-03-02', 'coaching', 'Observation with Cleo Reyes'],
    ]);

    await act(() => saveEntry(ana.id, null, '2026-03-05'));
    await waitFor(() => expect(result.current?.events).toHaveLength(3));
    expect(result.current?.events[0]?.title).toBe('Observation with no coach named');
  });

  it('has no timeline for a caseworker in Trash', async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    await saveEntry(ana.id, null, '2026-03-02');
    await caseworkerRepository.remove(ana.id);
    const { result } = renderHook(() => useTimeline(ana.id));
    await waitFor(() => expect(result.current).toMatchObject({ caseworker: null, events: [] }));
  });
});
