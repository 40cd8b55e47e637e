// Mastery rules with hand-made histories: levels over time (the dip), the rounding that keeps shown numbers honest
// (2.97), opportunities from three sources counted once a day, gaps on the tool, and the rules taken from settings.
import { describe, expect, it } from 'vitest';
import {
  computeMastery,
  masteryLevelOn,
  masteryTrack,
  type MasteryEvidence,
} from '../../../../renderer/domain/mastery/mastery';
import { seededRandom } from '../../../../renderer/domain/random/seededRandom';
import {
  gapOpenSpells,
  isToolGap,
  masteryByCaseworker,
} from '../../../../renderer/domain/mastery/masteryByCaseworker';
import {
  ratingText,
  roundRating,
  workingDayBefore,
} from '../../../../renderer/domain/mastery/masteryNumbers';
import { masteryScorecard } from '../../../../renderer/domain/mastery/scorecard';
import { waveGates } from '../../../../renderer/domain/cohorts/waveGates';
import { defaultMasteryRules, type Gap } from '../../../../renderer/domain/model';
import { formatDay } from '../../../../renderer/domain/format/format';

const rules = defaultMasteryRules();
const none: MasteryEvidence = {
  trainingDates: [],
  entries: [],
  standupUseDays: [],
  importedUseDays: [],
  cohort: { name: 'Intake North', wave: 2 },
  standupDates: [],
  toolGaps: [],
};
/** Day n of January-March 2026 as a date (day 1 = 2026-01-01). */
const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10);
const used = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ date: day(from + i), toolUsed: true, toolRating: null }));
const rated = (d: number, rating: number) => ({ date: day(d), toolUsed: false, toolRating: rating });

describe('computeMastery: levels', () => {
  it('is not started without training', () => {
    const m = computeMastery({ ...none, entries: used(1, 3) }, rules, day(60));
    expect(m.level).toBe('not-started');
    expect(m.reason).toBe('Not started: has not attended a training session yet.');
  });

  it('is in training when trained but the tool has not been used', () => {
    const m = computeMastery({ ...none, trainingDates: [day(5), day(2)] }, rules, day(60));
    expect(m.level).toBe('in-training');
    expect(m.components.training).toEqual({ sessions: 2, firstDate: day(2) });
    expect(m.components.time.daysSinceFirstTraining).toBe(58);
    expect(m.reason).toBe('In training: attended 2 sessions; tool used on 0 days (practicing needs 1).');
  });

  it('is practicing after one day of use, and says what proficient still needs', () => {
    const m = computeMastery(
      { ...none, trainingDates: [day(1)], entries: [...used(2, 2), rated(3, 2.5)] },
      rules,
      day(60),
    );
    expect(m.level).toBe('practicing');
    expect(m.reason).toBe(
      'Practicing: trained and tool used on 2 days. For proficient: 2 more tool-rubric entries (1 of 3); tool-rubric average 2.5, needs 3.0; 8 more days of tool use (2 of 10).',
    );
  });

  it('is proficient from the day every rule holds, and mastered 30 days later', () => {
    const evidence = {
      ...none,
      trainingDates: [day(1)],
      entries: [...used(2, 7), rated(9, 3.4), rated(10, 3), rated(11, 3), ...used(12, 3)],
    };
    const p = computeMastery(evidence, rules, day(20));
    expect(p.level).toBe('proficient');
    expect(p.proficientSince).toBe(day(14));
    expect(p.reason).toBe(
      `Proficient since ${formatDay(day(14))}: 3 tool-rubric entries averaging 3.13; tool used on 10 days. Mastered after 30 days proficient with no open gap on the tool (6 so far).`,
    );
    expect(computeMastery(evidence, rules, day(43)).level).toBe('proficient');
    const m = computeMastery(evidence, rules, day(44));
    expect(m.level).toBe('mastered');
    expect(m.masteredSince).toBe(day(44));
  });

  it('restarts "proficient since" after a dip: the reproducer of issue 11', () => {
    // Tool rubric 3, 3, 3 (proficient on day 22); a 1 on day 40; 4, 4 on days 60-61. Day 62 is not "mastered, 40 days".
    const evidence = {
      ...none,
      trainingDates: [day(1)],
      entries: [
        ...used(2, 10),
        rated(20, 3),
        rated(21, 3),
        rated(22, 3),
        rated(40, 1),
        rated(60, 4),
        rated(61, 4),
      ],
    };
    expect(computeMastery(evidence, rules, day(30)).proficientSince).toBe(day(22));
    const dip = computeMastery(evidence, rules, day(45));
    expect(dip.level).toBe('practicing');
    expect(dip.proficientSince).toBeNull();
    expect(dip.reason).toMatch(/tool-rubric average 2.33 over the latest 3, needs 3.0/);
    const back = computeMastery(evidence, rules, day(62));
    expect(back.level).toBe('proficient');
    expect(back.proficientSince).toBe(day(61));
    expect(back.components.time.daysProficient).toBe(1);
    expect(back.reason).toMatch(/\(1 so far\)/);
    expect(computeMastery(evidence, rules, day(91)).level).toBe('mastered');
  });

  it('never says "3.0, needs 3" for someone who fails: 2.97 reads 2.97, and rounding dust is not a failure', () => {
    // Entry means 3, 3 and 35/12 (2.9166...): the latest three average 2.972..., shown and compared as 2.97.
    const evidence = {
      ...none,
      trainingDates: [day(1)],
      entries: [...used(2, 10), rated(20, 3), rated(21, 3), rated(22, 35 / 12)],
    };
    const m = computeMastery(evidence, rules, day(30));
    expect(m.level).toBe('practicing');
    expect(m.averageRating).toBe(2.97);
    expect(m.reason).toContain('tool-rubric average 2.97 over the latest 3, needs 3.0');
    expect(m.reason).not.toMatch(/3\.0, needs 3/);
    const card = masteryScorecard(m, rules);
    const coaching = card.rows.find((r) => r.component === 'coaching');
    expect(coaching).toMatchObject({ met: false, figure: expect.stringContaining('averaging 2.97') });
    expect(coaching?.needed).toBe('An average of 3.0 (now 2.97)');

    // 3.1 + 2.9 + 3.0 is 8.999999999999998 in floating point: still an average of 3, and proficient.
    const dust = computeMastery(
      { ...evidence, entries: [...used(2, 10), rated(20, 3.1), rated(21, 2.9), rated(22, 3)] },
      rules,
      day(30),
    );
    expect(dust.averageRating).toBe(3);
    expect(dust.level).toBe('proficient');
    expect(ratingText(2.97)).toBe('2.97');
    expect(ratingText(3)).toBe('3.0');
    expect(ratingText(2.996)).toBe('3.0');
    expect(roundRating(2.996)).toBe(3);
  });
});

describe('computeMastery: opportunities', () => {
  it('counts coaching flags, standup answers and imported usage, each day once', () => {
    const m = computeMastery(
      {
        ...none,
        trainingDates: [day(1)],
        // Friday 2026-01-09 in the field, told again at Monday's standup, and in the usage log: one day.
        entries: [{ date: '2026-01-09', toolUsed: true, toolRating: null }],
        standupUseDays: ['2026-01-09', '2026-01-09', '2026-01-12', '2026-01-13'],
        importedUseDays: ['2026-01-09', '2026-01-13', '2026-01-14', '2026-01-14'],
      },
      rules,
      day(20),
    );
    expect(m.components.opportunity).toEqual({
      days: 4,
      fromCoaching: 1,
      fromStandups: 3,
      fromUsageLog: 3,
    });
    expect(m.level).toBe('practicing');
  });

  it('reaches proficient on standups and the usage log alone', () => {
    const m = computeMastery(
      {
        ...none,
        trainingDates: [day(1)],
        entries: [rated(5, 3), rated(6, 3), rated(7, 3)],
        standupUseDays: [day(8), day(9), day(12), day(13), day(14)],
        importedUseDays: [day(15), day(16), day(19), day(20), day(21)],
      },
      rules,
      day(22),
    );
    expect(m.level).toBe('proficient');
    expect(m.proficientSince).toBe(day(21));
  });

  it('ignores everything dated after today', () => {
    const m = computeMastery(
      { ...none, trainingDates: [day(1), day(90)], importedUseDays: [day(70)] },
      rules,
      day(60),
    );
    expect(m.level).toBe('in-training');
    expect(m.components.training.sessions).toBe(1);
  });
});

describe('computeMastery: gaps on the tool and the rules in settings', () => {
  const proficientFrom14 = {
    ...none,
    trainingDates: [day(1)],
    entries: [...used(2, 10), rated(12, 3), rated(13, 3), rated(14, 3)],
  };

  it('holds mastery back while a gap on the tool is open, and starts the clock again when it closes', () => {
    const open = computeMastery(
      { ...proficientFrom14, toolGaps: [{ openedOn: day(30), closedOn: null }] },
      rules,
      day(80),
    );
    expect(open.level).toBe('proficient');
    expect(open.reason).toMatch(/An open gap on the tool holds mastery back/);
    const closed = { ...proficientFrom14, toolGaps: [{ openedOn: day(30), closedOn: day(40) }] };
    expect(computeMastery(closed, rules, day(60)).level).toBe('proficient');
    expect(computeMastery(closed, rules, day(60)).reason).toMatch(/\(20 since the gap on the tool closed\)/);
    expect(computeMastery(closed, rules, day(70)).level).toBe('mastered');
    // A gap that closed before the run began does not matter.
    const before = { ...proficientFrom14, toolGaps: [{ openedOn: day(2), closedOn: day(5) }] };
    expect(computeMastery(before, rules, day(44)).level).toBe('mastered');
  });

  it('follows every threshold of the rules', () => {
    expect(computeMastery(proficientFrom14, rules, day(20)).level).toBe('proficient');
    const stricter = [
      { ...rules, trainingMinSessions: 2 },
      { ...rules, proficientMinRatedEntries: 4 },
      { ...rules, proficientMinAverage: 3.5 },
      { ...rules, proficientMinOpportunities: 11 },
    ];
    for (const r of stricter)
      expect(computeMastery(proficientFrom14, r, day(20)).level).not.toBe('proficient');
    expect(computeMastery({ ...proficientFrom14, cohort: null }, rules, day(20)).level).toBe('practicing');
    expect(
      computeMastery(
        { ...proficientFrom14, cohort: null },
        { ...rules, proficientNeedsCohort: false },
        day(20),
      ).level,
    ).toBe('proficient');
    expect(computeMastery(proficientFrom14, { ...rules, masteredAfterDays: 6 }, day(20)).level).toBe(
      'mastered',
    );
    expect(
      computeMastery(
        proficientFrom14,
        { ...rules, practicingMinOpportunities: 11, proficientMinOpportunities: 11 },
        day(20),
      ).level,
    ).toBe('in-training');
    const noRatings = { ...proficientFrom14, entries: used(2, 10) };
    expect(computeMastery(noRatings, { ...rules, proficientMinRatedEntries: 0 }, day(20)).level).toBe(
      'proficient',
    );
  });

  it('counts coaching within the window', () => {
    const m = computeMastery({ ...none, trainingDates: [day(1)], entries: used(1, 5) }, rules, day(32));
    expect(m.components.coaching.recentEntries).toBe(3);
  });
});

describe('masteryScorecard', () => {
  it('gives each of the five components its figure, threshold, state and what is missing', () => {
    const m = computeMastery(
      {
        ...none,
        trainingDates: [day(1)],
        entries: [...used(2, 4), rated(10, 3), rated(11, 4)],
        standupUseDays: [day(12)],
        standupDates: [day(13), day(14)],
      },
      rules,
      day(20),
    );
    const card = masteryScorecard(m, rules);
    expect(card.rows.map((r) => [r.label, r.met, r.needed])).toEqual([
      ['Training', true, null],
      ['Coaching', false, '1 more tool-rubric entry'],
      ['Cohort', true, null],
      ['Opportunity', false, '5 more days of use'],
      ['Time', false, 'Proficient first'],
    ]);
    expect(card.rows[3]?.figure).toBe('Tool used on 5 days (coaching 4, standups 1)');
    expect(card.rows.map((r) => r.short)).toEqual([
      '1 of 1',
      '2 of 3, avg 3.5',
      'Wave 2',
      '5 of 10 days',
      'Not proficient',
    ]);
    expect(card.rows[2]?.figure).toBe('Intake North, wave 2; 2 standups attended');
    expect(card.rows[1]?.threshold).toBe('3 tool-rubric entries, the latest 3 averaging 3.0 or more');
    expect(card.next).toBe('proficient');
    expect(card.summary).toBe(
      'Next: proficient. Still needed: 1 more tool-rubric entry; 5 more days of use.',
    );
  });

  it('says what mastery needs once proficient', () => {
    const m = computeMastery(
      {
        ...none,
        trainingDates: [day(1)],
        entries: [...used(2, 10), rated(12, 3), rated(13, 3), rated(14, 3)],
      },
      rules,
      day(24),
    );
    expect(masteryScorecard(m, rules).summary).toBe('Next: mastered. Still needed: 20 more days.');
  });
});

describe('masteryByCaseworker', () => {
  const rec = {
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
  };
  const session = (id: string, rolloutId: string, date: string) => ({
    ...rec,
    id,
    rolloutId,
    date,
    topic: 'x',
    trainer: '',
    cohortId: null,
    wave: null,
    attendeeIds: ['w'],
  });
  const row = (usedToolYesterday: boolean | null, absent = false) => ({
    caseworkerId: 'w',
    triedAndLearned: '',
    problems: '',
    tryToday: '',
    usedToolYesterday,
    absent,
  });
  const usage = (rolloutId: string, date: string) => ({
    ...rec,
    id: `${rolloutId}-${date}`,
    rolloutId,
    caseworkerId: 'w',
    date,
    events: 3,
    actions: [],
    source: 'log.csv',
  });

  it('recognises gaps about the tool', () => {
    expect(isToolGap({ expectation: 'Documents visits in the new tool within 48 hours' }, 'MobileCase')).toBe(
      true,
    );
    expect(isToolGap({ expectation: 'Enters notes in MobileCase daily' }, 'MobileCase')).toBe(true);
    expect(isToolGap({ expectation: 'Sees every child each month' }, 'MobileCase')).toBe(false);
  });

  it('reads when a gap was open from its status history', () => {
    const gap = (status: Gap['status'], statusHistory: Gap['statusHistory']) => ({
      openedOn: '2026-01-05',
      status,
      statusHistory,
      updatedAt: '2026-02-01T10:00:00.000Z',
    });
    expect(gapOpenSpells(gap('open', []))).toEqual([{ openedOn: '2026-01-05', closedOn: null }]);
    expect(gapOpenSpells(gap('resolved', []))).toEqual([{ openedOn: '2026-01-05', closedOn: '2026-02-01' }]);
    expect(
      gapOpenSpells(
        gap('in-progress', [
          { status: 'open', on: '2026-01-05' },
          { status: 'resolved', on: '2026-01-20' },
          { status: 'in-progress', on: '2026-02-10' },
        ]),
      ),
    ).toEqual([
      { openedOn: '2026-01-05', closedOn: '2026-01-20' },
      { openedOn: '2026-02-10', closedOn: null },
    ]);
  });

  it("gathers the rollout's training, standup answers once a day and its own usage records", () => {
    const result = masteryByCaseworker(
      ['w'],
      {
        trainingSessions: [session('t1', 'r', '2026-01-05'), session('t2', 'other', '2025-01-01')],
        coachingEntries: [],
        rubrics: [],
        cohorts: [
          {
            ...rec,
            id: 'c',
            rolloutId: 'r',
            name: 'Intake North',
            role: '',
            members: [{ caseworkerId: 'w', wave: 3, reason: '' }],
            headCoachId: null,
            assistantCoachId: null,
            status: 'active',
            notes: '',
            gateOverrides: [],
            manuallyEdited: false,
          },
        ],
        standups: [
          // Monday's "yesterday" is the Friday before; an absent row and a "no" count for nothing.
          { ...rec, id: 's1', cohortId: 'c', date: '2026-01-12', rows: [row(true)] },
          { ...rec, id: 's2', cohortId: 'c', date: '2026-01-13', rows: [row(false)] },
          { ...rec, id: 's3', cohortId: 'c', date: '2026-01-14', rows: [row(null, true)] },
          { ...rec, id: 's4', cohortId: 'elsewhere', date: '2026-01-14', rows: [row(true)] },
        ],
        gaps: [],
        toolUsage: [usage('r', '2026-01-09'), usage('r', '2026-01-15'), usage('other', '2026-01-16')],
      },
      { rolloutId: 'r', toolName: 'Tool', since: '2026-01-01', rules, today: '2026-02-01' },
    );
    const m = result.get('w');
    expect(m?.components.training.firstDate).toBe('2026-01-05');
    expect(m?.components.training.sessions).toBe(1);
    expect(m?.components.cohort).toEqual({
      assigned: true,
      name: 'Intake North',
      wave: 3,
      standupsAttended: 2,
    });
    expect(m?.components.opportunity).toEqual({ days: 2, fromCoaching: 0, fromStandups: 1, fromUsageLog: 2 });
  });

  it('finds the working day before a standup', () => {
    expect(workingDayBefore('2026-01-13')).toBe('2026-01-12');
    expect(workingDayBefore('2026-01-12')).toBe('2026-01-09');
    expect(workingDayBefore('2026-01-11')).toBe('2026-01-09');
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
    expect(gate?.explanation).toMatch(/Opened by Ana on Mar 2, 2026: Covered by the catch-up session/);
  });
});

describe('masteryLevelOn: a walked track looked up on any day', () => {
  // Random histories over 120 days (training, rated and unrated entries, days of use from standups and the usage log,
  // gaps on the tool opening and closing, in a cohort or not) under several rule sets: the level looked up on each day
  // equals the level computeMastery works out from scratch on that day.
  it('equals computeMastery on every day, for 100 random histories', () => {
    const random = seededRandom(20261203);
    const ruleSets = [
      rules,
      { ...rules, proficientMinRatedEntries: 0, masteredAfterDays: 10 },
      { ...rules, trainingMinSessions: 1, proficientMinOpportunities: 3, proficientNeedsCohort: false },
      { ...rules, proficientMinRatedEntries: 1, proficientMinAverage: 3.5, masteredAfterDays: 0 },
    ];
    const someDays = (n: number) => Array.from({ length: random.int(0, n) }, () => day(random.int(1, 120)));
    const levelsSeen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const evidence: MasteryEvidence = {
        trainingDates: someDays(4),
        entries: Array.from({ length: random.int(0, 30) }, () => ({
          date: day(random.int(1, 120)),
          toolUsed: random.chance(0.6),
          toolRating: random.chance(0.5) ? random.int(4, 16) / 4 : null,
        })),
        standupUseDays: someDays(15),
        importedUseDays: someDays(15),
        cohort: random.chance(0.8) ? { name: 'Intake North', wave: 1 } : null,
        standupDates: someDays(5),
        toolGaps: Array.from({ length: random.int(0, 2) }, () => {
          const opened = random.int(1, 120);
          return {
            openedOn: day(opened),
            closedOn: random.chance(0.7) ? day(opened + random.int(0, 30)) : null,
          };
        }),
      };
      for (const r of ruleSets) {
        const track = masteryTrack(evidence, r);
        for (let d = 0; d <= 130; d += 1) {
          const expected = computeMastery(evidence, r, day(d)).level;
          levelsSeen.add(expected);
          expect(masteryLevelOn(track, r, day(d)), `history ${i}, day ${d}`).toBe(expected);
        }
      }
    }
    // The histories reach every level, so the comparison covers each branch.
    expect([...levelsSeen].sort()).toEqual(
      ['in-training', 'mastered', 'not-started', 'practicing', 'proficient'].sort(),
    );
  });
});
