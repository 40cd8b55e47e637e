// The board works out stances and mastery per cohort drawn, from those people's records only: the answers must be the
// ones the whole agency's computation gives for them (what the board showed before it read per cohort).
import { describe, expect, it } from 'vitest';
import { peopleFacts, withRoundNames } from '../../../../renderer/domain/cohorts/peopleFacts';
import { masteryByCaseworker } from '../../../../renderer/domain/mastery/masteryByCaseworker';
import { latestStances } from '../../../../renderer/domain/survey/surveyResults';
import { agencyData } from '../../../bench/agencyData';

describe('peopleFacts', () => {
  const { data, settings, today } = agencyData(0.02);
  const rollout = data.rollouts[0];
  if (!rollout) throw new Error('no rollout');
  const scope = { rolloutId: rollout.id };
  const everyone = {
    stances: latestStances(
      { rounds: data.surveyRounds, instruments: data.surveyInstruments, responses: data.surveyResponses },
      settings,
      scope,
    ),
    mastery: masteryByCaseworker(
      data.caseworkers.map((c) => c.id),
      data,
      {
        rolloutId: rollout.id,
        toolName: rollout.name,
        since: rollout.startDate,
        rules: settings.mastery,
        today,
      },
    ),
  };
  const members = data.cohorts.slice(1, 3).flatMap((c) => c.members.map((m) => m.caseworkerId));
  const theirs = new Set(members);
  const input = {
    ...data,
    caseworkerIds: members,
    rounds: data.surveyRounds,
    instruments: data.surveyInstruments,
    // What the repository reads for them through the caseworkerId indexes.
    responses: data.surveyResponses.filter((r) => theirs.has(r.caseworkerId)),
    coachingEntries: data.coachingEntries.filter((e) => theirs.has(e.caseworkerId)),
    toolUsage: data.toolUsage.filter((u) => theirs.has(u.caseworkerId)),
  };

  it('gives the people asked for the stance and mastery the whole agency computation gives them', () => {
    expect(members.length).toBeGreaterThan(5);
    const facts = peopleFacts(input, settings, rollout, today);
    expect([...facts.mastery.keys()].sort()).toEqual([...members].sort());
    for (const id of members) {
      expect(facts.mastery.get(id)).toEqual(everyone.mastery.get(id));
      expect(facts.stances.get(id)?.responseId).toBe(everyone.stances.get(id)?.responseId);
      expect(facts.stances.get(id)?.stance).toBe(everyone.stances.get(id)?.stance);
    }
    const someone = members.find((id) => everyone.stances.has(id));
    const round = data.surveyRounds.find((r) => r.id === everyone.stances.get(someone ?? '')?.roundId);
    expect(round).toBeDefined();
    expect(facts.latest.get(someone ?? '')?.roundName).toBe(round?.name);
  });

  it('leaves out anyone not asked for, even when their records were passed in', () => {
    const [first, ...rest] = members;
    const facts = peopleFacts({ ...input, caseworkerIds: rest }, settings, rollout, today);
    expect(facts.mastery.has(first ?? '')).toBe(false);
    expect(facts.stances.has(first ?? '')).toBe(false);
  });

  it('names an unknown round plainly', () => {
    const stances = new Map([['a', { roundId: 'gone', stance: 'heckler', readiness: 10 } as never]]);
    expect(withRoundNames(stances, []).get('a')).toEqual({
      stance: 'heckler',
      readiness: 10,
      roundName: 'a survey round',
    });
  });
});
