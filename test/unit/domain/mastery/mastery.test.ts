import { describe, expect, it } from 'vitest';
import { computeMastery, type MasteryEvidence } from '../../../../renderer/domain/mastery/mastery';
import { isToolGap, masteryByCaseworker } from '../../../../renderer/domain/mastery/masteryByCaseworker';
import { waveGates } from '../../../../renderer/domain/cohorts/waveGates';
import { defaultSettings } from '../../../../renderer/domain/model';

const rules = defaultSettings().mastery;
const none: MasteryEvidence = {
  trainingDates: [],
  entries: [],
  inCohort: true,
  standupsAttended: 0,
  openToolGap: false,
};
const uses = (n: number, from = 1, rating: number | null = null) =>
  Array.from({ length: n }, (_, i) => ({
    date: `2026-01-${String(from + i).padStart(2, '0')}`,
    toolUsed: true,
    toolRatings: rating,
  }));

describe('computeMastery', () => {
  it('is not started without training', () => {
    const m = computeMastery({ ...none, entries: uses(3) }, rules, '2026-03-01');
    expect(m.level).toBe('not-started');
    expect(m.reason).toBe('Not started: has not attended a training session yet.');
  });

  it('is in training when trained but the tool has not been used in the field', () => {
    const m = computeMastery({ ...none, trainingDates: ['2026-01-05', '2026-01-02'] }, rules, '2026-03-01');
    expect(m.level).toBe('in-training');
    expect(m.components.training).toEqual({ sessions: 2, firstDate: '2026-01-02' });
    expect(m.components.time.daysSinceFirstTraining).toBe(58);
    expect(m.reason).toMatch(/attended 2 sessions; 0 recorded uses/);
  });

  it('is practicing after one field use, and says what proficient still needs', () => {
    const m = computeMastery(
      { ...none, trainingDates: ['2026-01-01'], entries: uses(2, 1, 2.5) },
      rules,
      '2026-03-01',
    );
    expect(m.level).toBe('practicing');
    expect(m.reason).toMatch(
      /2 of 3 tool-rubric entries; tool-rubric average 2.5, needs 3; 2 of 10 field uses/,
    );
  });

  it('is proficient with 3 rated entries averaging 3+ and 10 uses, and mastered 30 days later with no open tool gap', () => {
    const evidence = { ...none, trainingDates: ['2026-01-01'], entries: [...uses(7), ...uses(3, 8, 3.4)] };
    const p = computeMastery(evidence, rules, '2026-01-20');
    expect(p.level).toBe('proficient');
    expect(p.proficientSince).toBe('2026-01-10');
    expect(p.reason).toMatch(/Mastered after 30 days proficient \(10 so far\)/);
    const m = computeMastery(evidence, rules, '2026-02-09');
    expect(m.level).toBe('mastered');
    const held = computeMastery({ ...evidence, openToolGap: true }, rules, '2026-02-09');
    expect(held.level).toBe('proficient');
    expect(held.reason).toMatch(/open gap on the tool holds mastery back/);
  });

  it('follows the thresholds in settings and counts coaching within the window', () => {
    const strict = { ...rules, practicingMinOpportunities: 3 };
    expect(
      computeMastery({ ...none, trainingDates: ['2026-01-01'], entries: uses(2) }, strict, '2026-01-20')
        .level,
    ).toBe('in-training');
    const m = computeMastery(
      { ...none, trainingDates: ['2026-01-01'], entries: uses(5) },
      rules,
      '2026-02-01',
    );
    expect(m.components.coaching.recentEntries).toBe(3);
  });

  it('ignores what happens after today', () => {
    expect(computeMastery({ ...none, trainingDates: ['2026-05-01'] }, rules, '2026-03-01').level).toBe(
      'not-started',
    );
  });
});

describe('masteryByCaseworker', () => {
  it('recognises gaps about the tool', () => {
    expect(isToolGap({ expectation: 'Documents visits in the new tool within 48 hours' }, 'MobileCase')).toBe(
      true,
    );
    expect(isToolGap({ expectation: 'Enters notes in MobileCase daily' }, 'MobileCase')).toBe(true);
    expect(isToolGap({ expectation: 'Sees every child each month' }, 'MobileCase')).toBe(false);
  });

  it('reads training of the rollout only and ratings on the tool rubric only', () => {
    const rec = { createdAt: '', updatedAt: '', deletedAt: null };
    const result = masteryByCaseworker(
      ['w'],
      {
        trainingSessions: [
          {
            ...rec,
            id: 't1',
            rolloutId: 'r',
            date: '2026-01-01',
            topic: 'x',
            trainer: '',
            cohortId: null,
            wave: null,
            attendeeIds: ['w'],
          },
          {
            ...rec,
            id: 't2',
            rolloutId: 'other',
            date: '2025-01-01',
            topic: 'x',
            trainer: '',
            cohortId: null,
            wave: null,
            attendeeIds: ['w'],
          },
        ],
        coachingEntries: [],
        rubrics: [],
        cohorts: [],
        standups: [],
        gaps: [],
      },
      { rolloutId: 'r', toolName: 'Tool', since: null, rules, today: '2026-02-01' },
    );
    expect(result.get('w')?.components.training.firstDate).toBe('2026-01-01');
    expect(result.get('w')?.components.cohort.assigned).toBe(false);
  });
});

describe('waveGates', () => {
  const cohort = {
    members: [
      { caseworkerId: 'a', wave: 1, reason: '' },
      { caseworkerId: 'b', wave: 3, reason: '' },
      { caseworkerId: 'c', wave: 3, reason: '' },
    ],
    gateOverrides: [] as { wave: number; overriddenOn: string; by: string; reason: string }[],
  };
  const levels: Record<string, 'practicing' | 'in-training' | 'mastered'> = {
    a: 'mastered',
    b: 'practicing',
    c: 'in-training',
  };

  it('opens a wave when everyone is practicing, skips empty waves, and explains', () => {
    const gates = waveGates(cohort, (id) => levels[id] ?? 'not-started');
    expect(gates.map((g) => [g.wave, g.open])).toEqual([
      [1, true],
      [3, false],
    ]);
    expect(gates[1]?.explanation).toMatch(/Not yet: 1 of 2 practicing/);
  });

  it('opens a gate the coach overrides, with the reason recorded', () => {
    const overridden = {
      ...cohort,
      gateOverrides: [
        { wave: 3, overriddenOn: '2026-03-02', by: 'Ana', reason: 'Covered by the catch-up session' },
      ],
    };
    const gate = waveGates(overridden, (id) => levels[id] ?? 'not-started')[1];
    expect(gate?.open).toBe(true);
    expect(gate?.ready).toBe(false);
    expect(gate?.explanation).toMatch(/Opened by Ana on 2026-03-02: Covered by the catch-up session/);
  });
});
