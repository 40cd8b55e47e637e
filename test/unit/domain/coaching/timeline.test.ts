// The caseworker timeline: one person's records of every kind, newest first, with links, filterable by kind.
import { describe, expect, it } from 'vitest';
import { buildTimeline, filterTimeline } from '../../../../renderer/domain/coaching/timeline';
import { makeRecord } from '../../../../renderer/data/repository';

const CW = '0b7e9a52-3c1d-4f6e-8a9b-1c2d3e4f5a6b';
const OTHER = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const COHORT = '1f0e9d8c-7b6a-4d3c-8b2a-9d8c7b6a5f4e';

describe('buildTimeline', () => {
  const entry = makeRecord('coachingEntries', {
    kind: 'ride-along',
    caseworkerId: CW,
    date: '2026-03-10',
    toolUsed: true,
  });
  const otherEntry = makeRecord('coachingEntries', {
    kind: 'observation',
    caseworkerId: OTHER,
    date: '2026-03-11',
  });
  const standup = makeRecord('standups', {
    cohortId: COHORT,
    date: '2026-03-12',
    rows: [{ caseworkerId: CW, usedToolYesterday: false }],
  });
  const measure = makeRecord('monthlyMeasures', {
    caseworkerId: CW,
    month: '2026-02',
    visitsDue: 10,
    visitsMade: 9,
    visitsGoodQuality: 7,
  });
  const events = buildTimeline({
    caseworkerId: CW,
    scored: [
      {
        responseId: 'r1',
        caseworkerId: CW,
        roundId: 'x',
        roundDate: '2026-01-05',
        answeredOn: '2026-01-06',
        readiness: 81,
        stance: 'cheerleader',
        explanation: 'Likes the tool.',
        adkarBarrier: null,
      },
    ],
    cohorts: [],
    trainingSessions: [],
    entries: [entry, otherEntry],
    standups: [standup],
    gaps: [],
    measures: [measure],
    usage: [
      makeRecord('toolUsage', {
        rolloutId: COHORT,
        caseworkerId: CW,
        date: '2026-03-11',
        events: 3,
        actions: ['note created', 'case opened'],
        source: 'audit-march.csv',
      }),
      makeRecord('toolUsage', { rolloutId: COHORT, caseworkerId: OTHER, date: '2026-03-11', events: 1 }),
    ],
    coachName: () => 'Aisha',
    cohortName: () => 'Intake A',
    roundName: () => 'Baseline',
    toolName: () => 'MobileCase',
  });

  it('lists only this person’s records, newest first, each with a link', () => {
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ['standup', '2026-03-12'],
      ['usage', '2026-03-11'],
      ['coaching', '2026-03-10'],
      ['measure', '2026-02-01'],
      ['survey', '2026-01-06'],
    ]);
    expect(events[0]?.title).toBe('Standup of Intake A: did not use the tool the day before');
    expect(events[1]?.title).toBe('Used MobileCase: 3 events in the usage log');
    expect(events[1]?.detail).toBe('note created, case opened; imported from audit-march.csv');
    expect(events[2]?.href).toBe(`/coaching/entries/${entry.id}`);
    expect(events[2]?.detail).toContain('prep missing, debrief missing');
    expect(events[3]?.title).toBe('Visits in February 2026: 9 of 10 made');
    expect(events[4]?.title).toBe('Adoption survey (Baseline): cheerleader, readiness 81');
  });

  it('filters by kind, showing everything when no kind is chosen', () => {
    expect(filterTimeline(events, new Set(['coaching', 'survey'])).map((e) => e.kind)).toEqual([
      'coaching',
      'survey',
    ]);
    expect(filterTimeline(events, new Set())).toHaveLength(5);
  });
});
