import { describe, expect, it } from 'vitest';
import type {
  Caseworker,
  CoachingEntry,
  Cohort,
  Gap,
  MonthlyMeasure,
  SurveyRound,
  TrainingSession,
  Unit,
} from '../../../../renderer/domain/model';
import { coachRef } from '../../../../renderer/domain/model';
import { emptyFilter, selectScope } from '../../../../renderer/domain/dashboard/dashboardFilter';
import { toVisitRateSeries } from '../../../../renderer/domain/dashboard/visitSeries';
import {
  toCoachActivitySeries,
  toRenegadeSeries,
  toRideAlongCompletionSeries,
} from '../../../../renderer/domain/dashboard/coachingSeries';
import {
  stancesByRound,
  toAdopterMixSeries,
  toStanceByUnitSeries,
  toStanceOverTimeSeries,
} from '../../../../renderer/domain/dashboard/surveySeries';
import {
  toGapTypesByUnitSeries,
  toGapsOverTimeSeries,
} from '../../../../renderer/domain/dashboard/gapSeries';
import {
  toFunnelSeries,
  toProgressByUnitSeries,
  toProgressByWaveSeries,
  type ProgressLevel,
} from '../../../../renderer/domain/dashboard/progressSeries';
import type { ScoredResponse } from '../../../../renderer/domain/survey/surveyResults';

const meta = { createdAt: '', updatedAt: '', deletedAt: null };
const COACH = coachRef.parse('00000000-0000-4000-8000-0000000000c1');
const worker = (
  id: string,
  unitId: string,
  role = 'Investigator',
  status: Caseworker['status'] = 'active',
): Caseworker => ({
  ...meta,
  id,
  name: id,
  unitId,
  role,
  employeeId: '',
  email: '',
  startDate: null,
  caseload: 15,
  status,
});
const people = [
  worker('a', 'u1'),
  worker('b', 'u1'),
  worker('c', 'u2', 'Intake'),
  worker('d', 'u2', 'Intake'),
  worker('gone', 'u1', 'Investigator', 'left'),
];
const units: Unit[] = [
  { ...meta, id: 'u1', name: 'East', supervisorName: '', programArea: '' },
  { ...meta, id: 'u2', name: 'North', supervisorName: '', programArea: '' },
];
const cohort: Cohort = {
  ...meta,
  id: 'k1',
  rolloutId: 'r1',
  name: 'East',
  role: 'Investigator',
  headCoachId: null,
  assistantCoachId: 'a',
  status: 'active',
  notes: '',
  gateOverrides: [],
  manuallyEdited: false,
  members: [
    { caseworkerId: 'a', wave: 1, reason: '' },
    { caseworkerId: 'b', wave: 3, reason: '' },
  ],
};
const all = selectScope(people, [cohort], emptyFilter('r1'));

describe('dashboard scope', () => {
  it('leaves out people who left, and narrows by unit, role and wave', () => {
    expect([...all.ids]).toEqual(['a', 'b', 'c', 'd']);
    expect([...selectScope(people, [cohort], { ...emptyFilter('r1'), unitId: 'u2' }).ids]).toEqual([
      'c',
      'd',
    ]);
    expect([...selectScope(people, [cohort], { ...emptyFilter('r1'), role: 'Intake' }).ids]).toEqual([
      'c',
      'd',
    ]);
    expect([...selectScope(people, [cohort], { ...emptyFilter('r1'), wave: 3 }).ids]).toEqual(['b']);
  });
  it('compares months and days against the date range', () => {
    const scope = selectScope(people, [], { ...emptyFilter(null), from: '2026-02-10', to: '2026-03-31' });
    expect(['2026-01', '2026-02', '2026-03', '2026-04'].map(scope.inRange)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(['2026-02-09', '2026-02-10', '2026-03-31', '2026-04-01'].map(scope.inRange)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('visit-rate trend', () => {
  const m = (
    caseworkerId: string,
    month: string,
    due: number,
    made: number,
    good: number,
  ): MonthlyMeasure => ({
    ...meta,
    id: `${caseworkerId}${month}`,
    caseworkerId,
    month,
    visitsDue: due,
    visitsMade: made,
    visitsGoodQuality: good,
    caseload: 10,
  });
  it('sums visits across people per month and gives the rate against the target', () => {
    const series = toVisitRateSeries(
      [
        m('a', '2026-02', 10, 9, 6),
        m('b', '2026-02', 10, 10, 9),
        m('c', '2026-01', 0, 0, 0),
        m('gone', '2026-02', 10, 0, 0),
      ],
      all,
      95,
    );
    expect(series).toEqual([
      { month: '2026-01', visitRate: null, qualityRate: null, target: 95, due: 0, made: 0, workers: 1 },
      // Whole percents, the app's one rule: 15 good of 19 made is 79%.
      { month: '2026-02', visitRate: 95, qualityRate: 79, target: 95, due: 20, made: 19, workers: 2 },
    ]);
  });
});

const entry = (
  id: string,
  caseworkerId: string,
  date: string,
  extra: Partial<CoachingEntry> = {},
): CoachingEntry => ({
  ...meta,
  id,
  kind: 'observation',
  caseworkerId,
  coachId: COACH,
  date,
  focusSkill: '',
  rubricId: null,
  ratings: {},
  note: { background: '', reason: '', observations: '', content: '', results: '', impressions: '', plan: '' },
  strengths: '',
  growthAreas: '',
  actionItems: [],
  followUpDate: null,
  followUpNotifiedAt: null,
  toolUsed: false,
  renegade: null,
  renegadeNote: '',
  prep: null,
  debrief: null,
  ...extra,
});

describe('coaching series', () => {
  const entries = [
    entry('1', 'a', '2026-02-03', {
      kind: 'ride-along',
      prep: { goals: 'g', infoToGather: '', toolPlan: '' },
      debrief: { wentWell: 'w', toChange: '' },
    }),
    entry('2', 'b', '2026-02-10', {
      kind: 'ride-along',
      prep: { goals: 'g', infoToGather: '', toolPlan: '' },
    }),
    entry('3', 'c', '2026-02-11', { renegade: 'paper' }),
    entry('4', 'c', '2026-03-01', { coachId: null, kind: 'one-to-one', renegade: 'spreadsheet' }),
    entry('5', 'gone', '2026-03-02', { renegade: 'paper' }),
  ];
  it('counts activity per coach and kind, busiest coach first', () => {
    const rows = toCoachActivitySeries(
      entries,
      [{ ...meta, id: COACH, name: 'Dana', expertise: '', caseworkerId: null }],
      all,
    );
    expect(rows.map((r) => [r.coach, r.total, r['ride-along'], r.observation, r['one-to-one']])).toEqual([
      ['Dana', 3, 2, 1, 0],
      ['No coach recorded', 1, 0, 0, 1],
    ]);
  });
  it('gives ride-along completion per month: complete only with both prep and debrief', () => {
    expect(toRideAlongCompletionSeries(entries, all)).toEqual([
      { month: '2026-02', total: 2, complete: 1, missingPrep: 0, missingDebrief: 1, completionRate: 50 },
    ]);
  });
  it('counts renegade-system sightings by kind per month', () => {
    const series = toRenegadeSeries(entries, all);
    expect(series.map((p) => [p.month, p.paper, p.spreadsheet, p.total, p.fieldEntries])).toEqual([
      ['2026-02', 1, 0, 1, 3],
      ['2026-03', 0, 1, 1, 0],
    ]);
  });
});

describe('survey series', () => {
  const scored = (
    caseworkerId: string,
    roundId: string,
    readiness: number,
    stance: ScoredResponse['stance'],
  ): ScoredResponse => ({
    responseId: `${caseworkerId}${roundId}`,
    caseworkerId,
    roundId,
    roundDate: roundId === 'r1' ? '2026-01-01' : '2026-04-01',
    answeredOn: '2026-01-02',
    readiness,
    stance,
    explanation: '',
    adkarBarrier: null,
  });
  const responses = [
    scored('a', 'r1', 30, 'heckler'),
    scored('a', 'r2', 80, 'cheerleader'),
    scored('b', 'r1', 50, 'fence-sitter'),
    scored('c', 'r2', 20, 'heckler'),
  ];
  const latest = new Map([
    ['a', responses[1]!],
    ['b', responses[2]!],
    ['c', responses[3]!],
  ]);
  it('mixes stances per unit, counting the not-yet-surveyed', () => {
    expect(toStanceByUnitSeries(latest, units, all)).toEqual([
      { unit: 'East', unitId: 'u1', cheerleader: 1, 'fence-sitter': 1, heckler: 0, 'not-surveyed': 0 },
      { unit: 'North', unitId: 'u2', cheerleader: 0, 'fence-sitter': 0, heckler: 1, 'not-surveyed': 1 },
    ]);
  });
  it('mixes stances per round in time order', () => {
    const rounds = [
      {
        ...meta,
        id: 'r2',
        rolloutId: 'r',
        instrumentId: 'i',
        name: 'Pulse',
        kind: 'pulse',
        openedOn: '2026-04-01',
      },
      {
        ...meta,
        id: 'r1',
        rolloutId: 'r',
        instrumentId: 'i',
        name: 'Baseline',
        kind: 'baseline',
        openedOn: '2026-01-01',
      },
    ] satisfies SurveyRound[];
    expect(
      toStanceOverTimeSeries(stancesByRound(responses), rounds, all).map((r) => [
        r.round,
        r.cheerleader,
        r['fence-sitter'],
        r.heckler,
        r['not-surveyed'],
      ]),
    ).toEqual([
      ['Baseline', 0, 1, 1, 2],
      ['Pulse', 1, 0, 1, 2],
    ]);
  });
  it('sets the adopter mix against what the Rogers curve expects for the same number of people', () => {
    const rows = toAdopterMixSeries(latest, all);
    expect(rows.map((r) => r.expected)).toEqual([0.1, 0.4, 1, 1, 0.5]);
    expect(rows.reduce((s, r) => s + r.actual, 0)).toBe(3);
  });
});

describe('gap series', () => {
  const gap = (
    id: string,
    caseworkerId: string,
    classification: Gap['classification'],
    status: Gap['status'],
    openedOn: string,
  ): Gap => ({
    ...meta,
    id,
    caseworkerId,
    expectation: 'Visits',
    expectedLevel: '',
    actualLevel: '',
    answers: {},
    path: [],
    classification,
    remedies: [],
    status,
    statusHistory: [],
    evidence: [],
    openedOn,
  });
  const gaps = [
    gap('1', 'a', 'knowledge', 'open', '2026-01-05'),
    gap('2', 'c', 'execution-barrier', 'resolved', '2026-02-05'),
    gap('3', 'c', null, 'open', '2026-02-07'),
  ];
  const unitOf = new Map(people.map((p) => [p.id, p.unitId]));
  it('counts gap types per unit with the open ones', () => {
    const rows = toGapTypesByUnitSeries(gaps, unitOf, units, all);
    expect(
      rows.map((r) => [r.unit, r.total, r.open, r.knowledge, r['execution-barrier'], r.undiagnosed]),
    ).toEqual([
      ['East', 1, 1, 1, 0, 0],
      ['North', 2, 1, 0, 1, 1],
    ]);
  });
  it('counts gaps opened per month by type', () => {
    expect(toGapsOverTimeSeries(gaps, all).map((r) => [r.month, r.total])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
    ]);
  });
});

describe('progress series', () => {
  const levelOf = new Map<string, ProgressLevel>([
    ['a', 'proficient'],
    ['b', 'practicing'],
    ['c', 'in-training'],
  ]);
  const training: TrainingSession[] = [
    {
      ...meta,
      id: 't1',
      rolloutId: 'r1',
      date: '2026-01-10',
      topic: 'Basics',
      trainer: '',
      cohortId: null,
      wave: null,
      attendeeIds: ['a', 'b', 'c'],
    },
    {
      ...meta,
      id: 't2',
      rolloutId: 'other',
      date: '2026-01-10',
      topic: 'Other tool',
      trainer: '',
      cohortId: null,
      wave: null,
      attendeeIds: ['d'],
    },
  ];
  it('builds the funnel from everyone in scope to mastered', () => {
    const funnel = toFunnelSeries(all, {
      surveyed: new Set(['a', 'b', 'c']),
      trainingSessions: training,
      coachingEntries: [entry('1', 'a', '2026-02-01'), entry('2', 'd', '2026-02-01')],
      levelOf,
      rolloutId: 'r1',
    });
    expect(funnel.map((s) => [s.stage, s.count, s.percent])).toEqual([
      ['In scope', 4, 100],
      ['Surveyed', 3, 75],
      ['In a cohort', 2, 50],
      ['Trained', 3, 75],
      ['Coached', 2, 50],
      ['Practicing', 2, 50],
      ['Proficient', 1, 25],
      ['Mastered', 0, 0],
    ]);
  });
  it('counts levels per wave (no cohort last) and per unit', () => {
    expect(
      toProgressByWaveSeries(all, levelOf).map((r) => [
        r.wave,
        r.proficient,
        r.practicing,
        r['in-training'],
        r['not-started'],
      ]),
    ).toEqual([
      ['Wave 1', 1, 0, 0, 0],
      ['Wave 3', 0, 1, 0, 0],
      ['No cohort', 0, 0, 1, 1],
    ]);
    expect(
      toProgressByUnitSeries(all, units, levelOf).map((r) => [
        r.unit,
        r.proficient + r.practicing,
        r['not-started'],
      ]),
    ).toEqual([
      ['East', 2, 0],
      ['North', 0, 1],
    ]);
  });
});
