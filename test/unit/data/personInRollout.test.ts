// The survey's person screen reads one caseworker's responses through the index, not the rollout's answers: their
// history, latest stance and readiness must be exactly what the results worked out from everyone's answers give them.
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { personResults } from '../../../renderer/domain/survey/personResults';
import {
  latestByCaseworker,
  scoreAllResponses,
  stanceHistory,
} from '../../../renderer/domain/survey/surveyResults';
import { useFreshDb } from './freshDb';

const db = useFreshDb();

describe('surveyRepository.personInRollout', () => {
  it("gives each person the history and latest stance the whole rollout's results give them", async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const rollout = await rolloutRepository.current();
    const settings = await settingsRepository.load();
    const everyone = scoreAllResponses(await surveyRepository.dataOfRollout(rollout!.id), settings, {
      rolloutId: rollout!.id,
    });
    const latest = latestByCaseworker(everyone);
    const people = await caseworkerRepository.list();
    let surveyed = 0;
    for (const person of people) {
      const read = await surveyRepository.personInRollout(person.id);
      expect(read.caseworker?.id).toBe(person.id);
      expect(read.rollout?.id).toBe(rollout!.id);
      const theirs = personResults(person.id, read.data, read.settings, read.rollout?.id ?? null);
      expect(theirs.scored).toEqual(stanceHistory(everyone, person.id));
      expect(theirs.latest).toEqual(latest.get(person.id));
      if (theirs.latest) surveyed += 1;
    }
    // The demo has people with answers in several rounds and people without any.
    expect(surveyed).toBeGreaterThan(0);
    expect(surveyed).toBeLessThan(people.length);
    expect(people.some((p) => stanceHistory(everyone, p.id).length > 1)).toBe(true);
  });

  it('has nothing in scope without a current rollout, and no one for an id not on the roster', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const [person] = await caseworkerRepository.list();
    await settingsRepository.save({ currentRolloutId: null });
    const read = await surveyRepository.personInRollout(person!.id);
    expect(read.rollout).toBeNull();
    expect(read.data.rounds).toEqual([]);
    expect(read.data.responses).toEqual([]);
    expect(personResults(person!.id, read.data, read.settings, null).latest).toBeUndefined();
    expect((await surveyRepository.personInRollout('nobody')).caseworker).toBeUndefined();
  });
});
