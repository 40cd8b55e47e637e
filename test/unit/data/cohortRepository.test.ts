import { describe, expect, it } from 'vitest';
import type { ProposedCohort } from '../../../renderer/domain/cohorts/buildCohorts';
import { moveMember } from '../../../renderer/domain/cohorts/cohortEditing';
import { useFreshDb } from './freshDb';
import { gapRepository } from '../../../renderer/data/gapRepository';
import { cohortRepository } from '../../../renderer/data/cohortRepository';
import { coachRepository } from '../../../renderer/data/coachRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { repository } from '../../../renderer/data/repository';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { surveyRepository } from '../../../renderer/data/surveyRepository';

const rolloutId = crypto.randomUUID();
const [p1, p2, p3] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
const proposed = (key: string, ids: string[]): ProposedCohort => ({
  key,
  name: key,
  role: 'Intake',
  unitIds: [],
  members: ids.map((id) => ({ caseworkerId: id, wave: 3, reason: 'wave 3: not yet surveyed' })),
  assistantCoachId: null,
  placement: `${key} kept together.`,
  assistantNote: null,
});

describe('cohortRepository', () => {
  useFreshDb();

  it('saves a proposal, records hand moves as edits, and applying a proposal never places anyone twice', async () => {
    const [a, b] = await cohortRepository.saveProposal(rolloutId, [
      proposed('A', [p1, p2]),
      proposed('B', [p3]),
    ]);
    if (!a || !b) throw new Error('not saved');
    expect(a.notes).toBe('A kept together.');
    await cohortRepository.savePatches(moveMember([a, b], p2, b.id, 4));
    const moved = await cohortRepository.get(b.id);
    expect(moved?.manuallyEdited).toBe(true);
    expect(moved?.members.map((m) => m.caseworkerId)).toEqual([p3, p2]);

    await cohortRepository.applyProposed(a.id, proposed('A', [p1, p2]));
    expect((await cohortRepository.get(a.id))?.manuallyEdited).toBe(false);
    expect((await cohortRepository.get(b.id))?.members.map((m) => m.caseworkerId)).toEqual([p3]);
  });

  it('records a gate override with its reason, and refuses one without a reason', async () => {
    const [a] = await cohortRepository.saveProposal(rolloutId, [proposed('A', [p1])]);
    if (!a) throw new Error('not saved');
    await cohortRepository.overrideWaveGate(a.id, {
      wave: 3,
      overriddenOn: '2026-03-02',
      by: 'Ana',
      reason: 'Catch-up done',
    });
    expect((await cohortRepository.get(a.id))?.gateOverrides).toEqual([
      { wave: 3, overriddenOn: '2026-03-02', by: 'Ana', reason: 'Catch-up done' },
    ]);
    await expect(
      cohortRepository.overrideWaveGate(a.id, {
        wave: 3,
        overriddenOn: '2026-03-02',
        by: 'Ana',
        reason: ' ',
      }),
    ).rejects.toThrow();
  });

  it('loads an empty workspace without a current rollout', async () => {
    const ws = await cohortRepository.workspace();
    expect(ws.rollout).toBeNull();
    expect(ws.cohorts).toEqual([]);
  });

  it('names the head coach by a live Coach record only: a caseworker id (what the assistant coach is) is refused', async () => {
    const coach = await coachRepository.create({ name: 'Dana Reyes' });
    const worker = await caseworkerRepository.create({ name: 'Ana Lopez' });
    const [cohort] = await cohortRepository.saveProposal(rolloutId, [proposed('A', [worker.id])]);
    if (!cohort) throw new Error('not saved');
    await cohortRepository.setHeadCoach(cohort.id, coach.id);
    await cohortRepository.setAssistantCoach(cohort.id, worker.id);
    expect(await cohortRepository.get(cohort.id)).toMatchObject({
      headCoachId: coach.id,
      assistantCoachId: worker.id,
    });
    await expect(cohortRepository.setHeadCoach(cohort.id, worker.id)).rejects.toThrow(
      'not on the list of coaches',
    );
    await coachRepository.remove(coach.id);
    await expect(cohortRepository.setHeadCoach(cohort.id, coach.id)).rejects.toThrow(
      'not on the list of coaches',
    );
    await cohortRepository.setHeadCoach(cohort.id, null);
    expect((await cohortRepository.get(cohort.id))?.headCoachId).toBeNull();
  });

  it('reads some people’s answers to the rollout’s rounds, entries since its start, its tool usage and their live gaps, nobody else’s', async () => {
    const rollout = await rolloutRepository.create({ name: 'Spring', startDate: '2026-03-01' });
    const other = await rolloutRepository.create({ name: 'Autumn', startDate: '2026-09-01' });
    const instrument = await surveyRepository.instruments.ensureDefault();
    const round = (rid: string, name: string) =>
      surveyRepository.rounds.create({
        rolloutId: rid,
        instrumentId: instrument.id,
        name,
        kind: 'pulse',
        openedOn: '2026-03-10',
      });
    const ours = await round(rollout.id, 'Ours');
    const theirs = await round(other.id, 'Theirs');
    const [ana, ben] = await Promise.all([
      caseworkerRepository.create({ name: 'Ana Lopez' }),
      caseworkerRepository.create({ name: 'Ben Ode' }),
    ]);
    const answer = (roundId: string, caseworkerId: string) =>
      repository('surveyResponses').create({
        roundId,
        instrumentId: instrument.id,
        caseworkerId,
        answeredOn: '2026-03-11',
        via: 'form',
        answers: {},
      });
    await answer(ours.id, ana.id);
    await answer(theirs.id, ana.id);
    await answer(ours.id, ben.id);
    const entry = (caseworkerId: string, date: string) =>
      coachingEntryRepository.create({ kind: 'observation', caseworkerId, date });
    await entry(ana.id, '2026-02-01');
    const kept = await entry(ana.id, '2026-03-02');
    await entry(ben.id, '2026-03-02');
    const usage = repository('toolUsage');
    const used = await usage.create({
      rolloutId: rollout.id,
      caseworkerId: ana.id,
      date: '2026-03-03',
      events: 1,
    });
    await usage.create({ rolloutId: other.id, caseworkerId: ana.id, date: '2026-03-03', events: 1 });
    await usage.create({ rolloutId: rollout.id, caseworkerId: ben.id, date: '2026-03-03', events: 1 });

    const gap = (caseworkerId: string) =>
      gapRepository.create({
        caseworkerId,
        expectation: 'Documents visits in the new tool',
        openedOn: '2026-03-04',
      });
    const anasGap = await gap(ana.id);
    await gapRepository.remove((await gap(ana.id)).id);
    await gap(ben.id);

    const records = await cohortRepository.recordsOf([ana.id], rollout, [ours.id]);
    expect(records.caseworkerIds).toEqual([ana.id]);
    expect(records.responses.map((r) => [r.caseworkerId, r.roundId])).toEqual([[ana.id, ours.id]]);
    expect(records.coachingEntries.map((e) => e.id)).toEqual([kept.id]);
    expect(records.toolUsage.map((u) => u.id)).toEqual([used.id]);
    expect(records.gaps.map((g) => g.id)).toEqual([anasGap.id]);
  });
});
