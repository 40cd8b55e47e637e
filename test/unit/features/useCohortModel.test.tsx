// @vitest-environment happy-dom
// The cohort screens' hook: only the current rollout's cohorts, the proposal and rule breaks derived from the live
// data, people and coaches looked up by id, and a switch of the current rollout followed without a reload.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setClockForTests } from '../../../renderer/clock';
import { coachRepository } from '../../../renderer/data/coachRepository';
import { cohortRepository } from '../../../renderer/data/cohortRepository';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { MISSING_COACH } from '../../../renderer/domain/roster/names';
import {
  useCohortModel,
  usePeopleFacts,
  useProposal,
} from '../../../renderer/features/cohorts/useCohortModel';
import { standupRepository } from '../../../renderer/data/standupRepository';
import { masteryByCaseworker } from '../../../renderer/domain/mastery/masteryByCaseworker';
import { useFreshDb } from '../data/freshDb';
import { respond as respondTo, surveyedRollout, visitPeopleUntilKept } from './surveyAnswers';
import './patientHooks';

describe('useCohortModel', () => {
  useFreshDb();
  // Mastery counts what happened up to today: a fixed day after every record below.
  beforeEach(() => setClockForTests(() => new Date('2026-03-18T16:45:00Z')));
  afterEach(() => {
    cleanup();
    setClockForTests(null);
  });

  it('shows the current rollout only, derives the proposal from the roster, and follows a change of rollout', async () => {
    const spring = await rolloutRepository.create({ name: 'Spring', startDate: '2026-03-01' });
    const autumn = await rolloutRepository.create({ name: 'Autumn', startDate: '2026-09-01' });
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', role: 'Intake' });
    const ben = await caseworkerRepository.create({ name: 'Ben Ode', role: 'Intake' });
    const coach = await coachRepository.create({ name: 'Cleo Reyes' });
    const springCohort = await cohortRepository.create({
      rolloutId: spring.id,
      name: 'Spring intake',
      members: [{ caseworkerId: ana.id, wave: 1 }],
      headCoachId: coach.id,
    });
    await cohortRepository.create({ rolloutId: autumn.id, name: 'Autumn intake' });
    await rolloutRepository.setCurrent(spring.id);

    const { result: hooks } = renderHook(() => {
      const model = useCohortModel();
      return { model, proposal: useProposal(model)?.proposal };
    });
    const result = {
      get current() {
        return hooks.current.model;
      },
    };
    await waitFor(() => expect(result.current?.cohorts.map((c) => c.name)).toEqual(['Spring intake']));
    const model = result.current;
    if (!model) throw new Error('not loaded');
    expect(model.rollout?.name).toBe('Spring');
    expect(model.person(ana.id)?.name).toBe('Ana Lopez');
    expect(model.person('not-a-person')).toBeUndefined();
    expect(model.coachName(springCohort.headCoachId)).toBe('Cleo Reyes');
    expect(model.coachName(null)).toBe('Not chosen');
    // Everyone on the roster is placed by the proposal, each once.
    await waitFor(() => expect(hooks.current.proposal).toBeDefined());
    const proposed = () =>
      (hooks.current.proposal?.cohorts ?? []).flatMap((c) => c.members.map((m) => m.caseworkerId)).sort();
    expect(proposed()).toEqual([ana.id, ben.id].sort());
    // Someone hired while the screen is open is placed too: the proposal follows the roster.
    const cy = await act(() => caseworkerRepository.create({ name: 'Cy Park', role: 'Intake' }));
    await waitFor(() => expect(proposed()).toEqual([ana.id, ben.id, cy.id].sort()));

    await act(() => rolloutRepository.setCurrent(autumn.id));
    await waitFor(() => expect(result.current?.cohorts.map((c) => c.name)).toEqual(['Autumn intake']));

    await act(() => coachRepository.remove(coach.id));
    await waitFor(() => expect(result.current?.coaches).toEqual([]));
    expect(result.current?.coachName(coach.id)).toBe(MISSING_COACH);
  });

  it("finds each person's standups, also of a cohort they have left, and the mastery the whole computation gives", async () => {
    const spring = await rolloutRepository.create({ name: 'Spring', startDate: '2026-03-01' });
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', role: 'Intake' });
    const ben = await caseworkerRepository.create({ name: 'Ben Ode', role: 'Intake' });
    const first = await cohortRepository.create({
      rolloutId: spring.id,
      name: 'Intake 1',
      members: [{ caseworkerId: ben.id, wave: 2 }],
    });
    const second = await cohortRepository.create({
      rolloutId: spring.id,
      name: 'Intake 2',
      members: [{ caseworkerId: ana.id, wave: 2 }],
    });
    await rolloutRepository.setCurrent(spring.id);
    // Ana stood up with Intake 1 before she moved to Intake 2.
    const standup = (cohortId: string, date: string, ids: string[]) =>
      standupRepository.save({
        cohortId,
        date,
        rows: ids.map((caseworkerId) => ({ caseworkerId, usedToolYesterday: true })),
      });
    await standup(first.id, '2026-03-03', [ana.id, ben.id]);
    await standup(first.id, '2026-03-04', [ben.id]);
    await standup(second.id, '2026-03-05', [ana.id]);

    const { result } = renderHook(() => useCohortModel());
    await waitFor(() => expect(result.current?.cohorts).toHaveLength(2));
    const model = result.current;
    if (!model) throw new Error('not loaded');

    const facts = renderHook(() => usePeopleFacts(model, [ana.id]));
    await waitFor(() => expect(facts.result.current?.mastery.get(ana.id)).toBeDefined());
    // Worked out over every standup of the rollout, both of Ana's included, it is the same.
    const standups = await standupRepository.listOfCohorts([first.id, second.id]);
    expect(standups.filter((s) => s.rows.some((r) => r.caseworkerId === ana.id))).toHaveLength(2);
    const whole = masteryByCaseworker(
      [ana.id],
      { ...model, standups, coachingEntries: [], toolUsage: [], gaps: [] },
      {
        rolloutId: spring.id,
        toolName: spring.name,
        since: spring.startDate,
        rules: model.settings.mastery,
        today: model.today,
      },
    );
    expect(facts.result.current?.mastery.get(ana.id)).toEqual(whole.get(ana.id));
    // The standups count: without them her mastery would not be what the card shows.
    const without = masteryByCaseworker(
      [ana.id],
      { ...model, standups: [], coachingEntries: [], toolUsage: [], gaps: [] },
      {
        rolloutId: spring.id,
        toolName: spring.name,
        since: spring.startDate,
        rules: model.settings.mastery,
        today: model.today,
      },
    );
    expect(without.get(ana.id)).not.toEqual(whole.get(ana.id));

    // The card's read is live: a standup saved while it is shown counts at once.
    const attended = () => facts.result.current?.mastery.get(ana.id)?.components.cohort.standupsAttended;
    expect(attended()).toBe(2);
    await act(() => standup(second.id, '2026-03-06', [ana.id]));
    await waitFor(() => expect(attended()).toBe(3));
  });

  it("places the rollout's latest cheerleader as assistant coach from the answers the survey screens share, and follows a new answer", async () => {
    const instrument = await surveyRepository.instruments.ensureDefault();
    const spring = await rolloutRepository.create({ name: 'Spring', startDate: '2026-03-01' });
    await rolloutRepository.setCurrent(spring.id);
    const round = (name: string, kind: 'baseline' | 'pulse', openedOn: string) =>
      surveyRepository.rounds.create({
        rolloutId: spring.id,
        instrumentId: instrument.id,
        name,
        kind,
        openedOn,
      });
    const baseline = await round('Spring baseline', 'baseline', '2026-03-02');
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', role: 'Intake' });
    const ben = await caseworkerRepository.create({ name: 'Ben Ode', role: 'Intake' });
    const respond = (roundId: string, caseworkerId: string, agree: number, answeredOn: string) =>
      respondTo(instrument, roundId, caseworkerId, agree, answeredOn);
    await respond(baseline.id, ana.id, 1, '2026-03-03');
    await respond(baseline.id, ben.id, 5, '2026-03-03');

    const { result } = renderHook(() => useProposal(useCohortModel())?.proposal);
    await waitFor(() => expect(result.current?.cohorts[0]?.assistantCoachId).toBe(ben.id));
    // In a pulse round Ben answers as a heckler and Ana as a cheerleader: the latest answers rule, without a reload.
    await act(async () => {
      const pulse = await round('Spring pulse', 'pulse', '2026-03-10');
      await respond(pulse.id, ben.id, 1, '2026-03-11');
      await respond(pulse.id, ana.id, 5, '2026-03-11');
    });
    await waitFor(() => expect(result.current?.cohorts[0]?.assistantCoachId).toBe(ana.id));
  });

  it('proposes from the stances the survey people screen kept, without reading the answers again', async () => {
    await surveyedRollout();
    const people = await caseworkerRepository.list();
    const ana = people.find((p) => p.name === 'Ana Lopez')!;
    // A visit to the survey's people screen keeps everyone's latest stance.
    await visitPeopleUntilKept(2);

    const reads = vi.spyOn(surveyRepository, 'dataOfRollout');
    const { result } = renderHook(() => useProposal(useCohortModel())?.proposal);
    // Ana answered as a cheerleader: the assistant coach of her cohort, and the reason names her round.
    await waitFor(() => expect(result.current?.cohorts[0]?.assistantCoachId).toBe(ana.id));
    const placed = result.current?.cohorts[0]?.members.find((m) => m.caseworkerId === ana.id);
    expect(placed?.reason).toContain('Spring baseline');
    expect(reads).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('after a new answer, shows the proposal as of the kept stances, said so, until they are worked out again', async () => {
    const { answerForBen } = await surveyedRollout();
    await visitPeopleUntilKept(2);
    await act(() => answerForBen());
    const shown: Array<{ ben: string | undefined; outdated: boolean }> = [];
    renderHook(() => {
      const proposal = useProposal(useCohortModel());
      if (!proposal) return;
      const ben = proposal.proposal.cohorts
        .flatMap((c) => c.members)
        .find((m) => m.reason.includes('heckler') || m.reason.includes('not yet surveyed'));
      shown.push({ ben: ben?.reason, outdated: proposal.outdatedSince !== null });
    });
    // Ben answered as a heckler: placed as one once the stances are worked out again, and only then said current.
    await waitFor(() =>
      expect(shown.at(-1)).toEqual({ ben: expect.stringContaining('heckler'), outdated: false }),
    );
    expect(shown[0]).toEqual({ ben: 'wave 3: not yet surveyed', outdated: true });
    expect(shown).not.toContainEqual({ ben: 'wave 3: not yet surveyed', outdated: false });
  });
});
