// A small hand-made workspace for the report assemblers: one rollout, one unit, three caseworkers (one has left),
// one cohort in two waves, two survey rounds, two training sessions, coaching, gaps, measures and standups.
import {
  defaultSettings,
  tableDefs,
  type EntityByTable,
  type InputByTable,
  type Settings,
  type TableName,
} from '../../../../renderer/domain/model';
import type { ReportSource } from '../../../../renderer/domain/reports/reportText';

export const today = '2026-03-14';
export const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function rec<T extends TableName>(table: T, n: number, fields: InputByTable[T]): EntityByTable[T] {
  const parsed = tableDefs[table].fields.parse(fields) as object;
  return {
    id: id(n),
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    deletedAt: null,
    ...parsed,
  } as EntityByTable[T];
}

export const ROLLOUT = id(1);
export const UNIT = id(2);
export const ANA = id(10);
export const BEN = id(11);
export const CARL = id(12);
export const COACH = id(20);
export const COHORT = id(30);
const INSTRUMENT = id(40);
const BASELINE = id(41);
const PULSE = id(42);
const TOOL_RUBRIC = id(50);
const VISIT_RUBRIC = id(51);

export const settings: Settings = { ...defaultSettings(), currentRolloutId: ROLLOUT };

export function fixture(): ReportSource {
  return {
    rollouts: [
      rec('rollouts', 1, { name: 'MobileCase', startDate: '2026-01-01', targetDate: '2026-09-30' }),
      rec('rollouts', 3, { name: 'Old rollout' }),
    ],
    units: [rec('units', 2, { name: 'Intake North', supervisorName: 'Dana Supervisor' })],
    caseworkers: [
      rec('caseworkers', 10, { name: 'Ana Nguyễn', unitId: UNIT, role: 'Intake specialist', caseload: 18 }),
      rec('caseworkers', 11, { name: 'Ben Okafor', unitId: UNIT, role: 'Intake specialist' }),
      rec('caseworkers', 12, { name: 'Carl Left', unitId: UNIT, role: 'Intake specialist', status: 'left' }),
    ],
    coaches: [rec('coaches', 20, { name: 'Kim Coach' })],
    cohorts: [
      rec('cohorts', 30, {
        rolloutId: ROLLOUT,
        name: 'Intake cohort',
        role: 'Intake specialist',
        status: 'active',
        members: [
          { caseworkerId: ANA, wave: 1, reason: 'wave 1: assistant coach' },
          { caseworkerId: BEN, wave: 3, reason: 'wave 3: fence-sitter' },
        ],
        headCoachId: COACH,
        assistantCoachId: ANA,
        gateOverrides: [
          { wave: 3, overriddenOn: '2026-03-01', by: 'Kim Coach', reason: 'Ready in practice' },
        ],
      }),
      rec('cohorts', 31, { rolloutId: id(3), name: 'Old cohort', members: [{ caseworkerId: BEN, wave: 1 }] }),
    ],
    surveyInstruments: [
      rec('surveyInstruments', 40, {
        seriesId: id(43),
        version: 1,
        name: 'Readiness',
        items: [
          { id: 'like', text: 'I like technology.', kind: 'likert5', construct: 'liking-technology' },
          { id: 'aw', text: 'Awareness', kind: 'adkar', construct: 'adkar-awareness', scored: false },
          { id: 'de', text: 'Desire', kind: 'adkar', construct: 'adkar-desire', scored: false },
        ],
      }),
    ],
    surveyRounds: [
      rec('surveyRounds', 41, {
        rolloutId: ROLLOUT,
        instrumentId: INSTRUMENT,
        name: 'Baseline',
        kind: 'baseline',
        openedOn: '2026-01-05',
      }),
      rec('surveyRounds', 42, {
        rolloutId: ROLLOUT,
        instrumentId: INSTRUMENT,
        name: 'Pulse',
        kind: 'pulse',
        openedOn: '2026-03-01',
      }),
    ],
    surveyResponses: [
      rec('surveyResponses', 70, {
        roundId: BASELINE,
        instrumentId: INSTRUMENT,
        caseworkerId: ANA,
        answeredOn: '2026-01-06',
        via: 'form',
        answers: { like: 1 },
      }),
      rec('surveyResponses', 71, {
        roundId: PULSE,
        instrumentId: INSTRUMENT,
        caseworkerId: ANA,
        answeredOn: '2026-03-02',
        via: 'form',
        answers: { like: 5, aw: 4, de: 2 },
      }),
      rec('surveyResponses', 72, {
        roundId: BASELINE,
        instrumentId: INSTRUMENT,
        caseworkerId: BEN,
        answeredOn: '2026-01-06',
        via: 'form',
        answers: { like: 3 },
      }),
    ],
    trainingSessions: [
      rec('trainingSessions', 60, {
        rolloutId: ROLLOUT,
        date: '2026-01-10',
        topic: 'Basics',
        trainer: 'Tia',
        attendeeIds: [ANA, BEN],
      }),
      rec('trainingSessions', 61, {
        rolloutId: ROLLOUT,
        date: '2026-04-01',
        topic: 'Advanced',
        cohortId: COHORT,
        wave: 1,
      }),
    ],
    rubrics: [
      rec('rubrics', 50, {
        seriesId: id(52),
        version: 1,
        name: 'Use of the new tool',
        purpose: 'tool-use',
        criteria: [{ id: 't1', name: 'Finds cases', descriptors: ['a', 'b', 'c', 'd'] }],
      }),
      rec('rubrics', 51, {
        seriesId: id(53),
        version: 1,
        name: 'Visit quality',
        purpose: 'visit-quality',
        criteria: [
          { id: 'v1', name: 'Rapport', descriptors: ['a', 'b', 'c', 'd'] },
          { id: 'v2', name: 'Safety', descriptors: ['a', 'b', 'c', 'd'] },
        ],
      }),
    ],
    coachingEntries: [
      rec('coachingEntries', 80, {
        kind: 'ride-along',
        caseworkerId: ANA,
        coachId: COACH,
        date: '2026-03-10',
        rubricId: TOOL_RUBRIC,
        ratings: { t1: 4 },
        toolUsed: true,
        strengths: 'Quick in the app.',
        growthAreas: 'Plan the visit.',
        actionItems: [
          { id: id(90), text: 'Book the refresher', owner: 'Ana', dueDate: '2026-03-01' },
          { id: id(91), text: 'Already done', dueDate: '2026-02-01', done: true },
        ],
      }),
      rec('coachingEntries', 81, {
        kind: 'observation',
        caseworkerId: ANA,
        coachId: COACH,
        date: '2026-02-20',
        rubricId: VISIT_RUBRIC,
        ratings: { v1: 3, v2: 2 },
        strengths: 'Quick in the app.',
        actionItems: [{ id: id(92), text: 'Try dictation', dueDate: '2026-03-20' }],
      }),
      rec('coachingEntries', 82, {
        kind: 'one-to-one',
        caseworkerId: ANA,
        date: '2025-11-01',
        strengths: 'An old strength.',
        actionItems: [{ id: id(93), text: 'No date on this one' }],
      }),
    ],
    standups: [
      rec('standups', 100, {
        cohortId: COHORT,
        date: '2026-03-02',
        rows: [
          { caseworkerId: ANA, usedToolYesterday: true },
          { caseworkerId: BEN, usedToolYesterday: false },
        ],
      }),
      rec('standups', 101, {
        cohortId: COHORT,
        date: '2026-03-03',
        rows: [
          { caseworkerId: ANA, usedToolYesterday: true },
          { caseworkerId: BEN, absent: true },
        ],
      }),
    ],
    gaps: [
      rec('gaps', 110, {
        caseworkerId: ANA,
        expectation: 'Sees every child each month',
        classification: 'knowledge',
        status: 'open',
        openedOn: '2026-02-01',
      }),
      rec('gaps', 111, {
        caseworkerId: ANA,
        expectation: 'Documents within 48 hours',
        status: 'in-progress',
        openedOn: '2026-02-15',
      }),
      rec('gaps', 112, {
        caseworkerId: ANA,
        expectation: 'Resolved already',
        classification: 'execution-barrier',
        status: 'resolved',
        openedOn: '2026-01-15',
      }),
    ],
    monthlyMeasures: [
      rec('monthlyMeasures', 120, {
        caseworkerId: ANA,
        month: '2025-11',
        visitsDue: 10,
        visitsMade: 10,
        visitsGoodQuality: 10,
      }),
      rec('monthlyMeasures', 121, {
        caseworkerId: ANA,
        month: '2026-01',
        visitsDue: 10,
        visitsMade: 9,
        visitsGoodQuality: 8,
      }),
      rec('monthlyMeasures', 122, {
        caseworkerId: ANA,
        month: '2026-02',
        visitsDue: 10,
        visitsMade: 9,
        visitsGoodQuality: 9,
      }),
      rec('monthlyMeasures', 123, {
        caseworkerId: ANA,
        month: '2026-03',
        visitsDue: 10,
        visitsMade: 10,
        visitsGoodQuality: 9,
      }),
    ],
    toolUsage: [],
  };
}
