// The survey's compare screen reads the two chosen rounds' answers through the index, not the rollout's answers: the
// comparison it works out from them must be exactly the one worked out from every answer of the rollout.
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { writtenStamp } from '../../../renderer/data/startSnapshotRepository';
import { roundComparisonInSteps } from '../../../renderer/domain/survey/roundComparison';
import { compareRounds, scoreAllResponses } from '../../../renderer/domain/survey/surveyResults';
import { finish } from '../../../renderer/domain/steps';
import { respond } from '../features/surveyAnswers';
import { useFreshDb } from './freshDb';

const db = useFreshDb();

describe('surveyRepository.roundPair', () => {
  it('compares every pair of rounds as the whole rollout’s answers compare them', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const rollout = await rolloutRepository.current();
    const settings = await settingsRepository.load();
    const all = await surveyRepository.dataOfRollout(rollout!.id);
    const everyone = scoreAllResponses(all, settings, { rolloutId: rollout!.id });
    const rounds = await surveyRepository.rounds.listOldestFirst(rollout!.id);
    expect(rounds.length).toBeGreaterThan(1);
    let moved = 0;
    for (const from of rounds)
      for (const to of rounds) {
        if (from.id === to.id) continue;
        const pair = { fromId: from.id, toId: to.id };
        const read = await surveyRepository.roundPair(pair);
        expect(new Set(read.data.responses.map((r) => r.roundId))).toEqual(
          new Set([from.id, to.id].filter((id) => all.responses.some((r) => r.roundId === id))),
        );
        const summary = finish(roundComparisonInSteps(read.data, pair, settings));
        expect(summary).toEqual(compareRounds(everyone, from.id, to.id));
        moved += summary.up.length + summary.down.length;
      }
    // The demo has people who moved between rounds.
    expect(moved).toBeGreaterThan(0);
  });

  it('is stamped before the read: a new answer changes the stamp, so a comparison kept from it is outdated', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const rollout = await rolloutRepository.current();
    const [first, second] = await surveyRepository.rounds.listOldestFirst(rollout!.id);
    const pair = { fromId: first!.id, toId: second!.id };
    const { stamp } = await surveyRepository.roundPair(pair);
    expect((await writtenStamp(stamp.tables)).token).toBe(stamp.token);
    const instrument = (await surveyRepository.instruments.listIncludingTrash()).find(
      (i) => i.id === second!.instrumentId,
    )!;
    const someone = await caseworkerRepository.create({ name: 'New Starter' });
    await respond(instrument, second!.id, someone.id, 3, '2026-03-18');
    expect((await writtenStamp(stamp.tables)).token).not.toBe(stamp.token);
  });
});
