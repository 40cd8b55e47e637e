import { describe, expect, it } from 'vitest';
import {
  buildCaseworkerSummary,
  caseworkerSummaryCsv,
} from '../../../../renderer/domain/reports/caseworkerSummary';
import { ANA, BEN, CARL, fixture, settings, today } from './reportFixture';

describe('buildCaseworkerSummary', () => {
  const s = buildCaseworkerSummary(fixture(), ANA, settings, today);
  if (!s) throw new Error('expected a summary');

  it('names the person, their unit, role, cohort, wave and head coach', () => {
    expect(s).toMatchObject({
      name: 'Ana Nguyễn',
      unit: 'Intake North',
      supervisor: 'Dana Supervisor',
      role: 'Intake specialist',
      caseload: 18,
      rollout: 'MobileCase',
    });
    expect(s.cohort).toEqual({
      name: 'Intake cohort',
      wave: 1,
      reason: 'Wave 1: assistant coach, the highest-scoring cheerleader when placed',
      headCoach: 'Kim Coach',
      isAssistantCoach: true,
    });
  });

  it('takes the latest stance, its readiness and explanation, the ADKAR barrier and the stances before', () => {
    expect(s.survey).toMatchObject({
      stance: 'cheerleader',
      readiness: 100,
      roundName: 'Pulse',
      answeredOn: '2026-03-02',
      adkarBarrier: 'Desire to take part',
      history: ['Heckler'],
    });
    expect(s.survey?.explanation).toMatch(/^Readiness 100 of 100/);
  });

  it('gives the mastery level with its reason', () => {
    expect(s.mastery?.level).toBe('practicing');
    expect(s.mastery?.reason).toMatch(
      /^Practicing: trained and tool used on 3 days\. For proficient: 2 more tool-rubric entries \(1 of 3\); 7 more days of tool use \(3 of 10\)\.$/,
    );
  });

  it('lists training attended so far, not sessions still to come', () => {
    expect(s.training).toEqual([{ date: '2026-01-10', topic: 'Basics' }]);
  });

  it('counts coaching of the last 90 days by kind and averages each rubric', () => {
    expect(s.coaching.since).toBe('2025-12-15');
    expect(s.coaching.total).toBe(2);
    expect(s.coaching.byKind.map((k) => [k.label, k.count])).toEqual([
      ['Observation', 1],
      ['Ride-along', 1],
    ]);
    expect(s.coaching.rubrics).toEqual([
      { rubric: 'Use of the new tool', entries: 1, average: 4 },
      { rubric: 'Visit quality', entries: 1, average: 2.5 },
    ]);
  });

  it('quotes the newest strengths and growth areas, each once', () => {
    expect(s.strengths).toEqual([
      { date: '2026-03-10', text: 'Quick in the app.' },
      { date: '2025-11-01', text: 'An old strength.' },
    ]);
    expect(s.growthAreas).toEqual([{ date: '2026-03-10', text: 'Plan the visit.' }]);
  });

  it('lists open action items by due date, overdue ones marked, undated last, done ones left out', () => {
    expect(s.actionItems.map((a) => [a.text, a.dueDate, a.overdue])).toEqual([
      ['Book the refresher', '2026-03-01', true],
      ['Try dictation', '2026-03-20', false],
      ['No date on this one', null, false],
    ]);
  });

  it('lists open and in-progress gaps with their type and status, not resolved ones', () => {
    expect(s.gaps).toEqual([
      {
        expectation: 'Sees every child each month',
        type: 'Knowledge gap',
        status: 'Open',
        openedOn: '2026-02-01',
      },
      {
        expectation: 'Documents within 48 hours',
        type: 'Not diagnosed yet',
        status: 'In progress',
        openedOn: '2026-02-15',
      },
    ]);
  });

  it('weighs the last three recorded months of visits against the target', () => {
    expect(s.visits).toMatchObject({
      months: ['2026-01', '2026-02', '2026-03'],
      due: 30,
      made: 28,
      good: 26,
      rate: 93,
      qualityRate: 93,
      target: 95,
      meetsTarget: false,
    });
    expect(s.visits.sentence).toBe(
      '28 of 30 due visits made from January 2026 to March 2026 (93%, target 95%): 2 points below target; 93% of visits made were good quality.',
    );
  });

  it('says plainly when there is nothing yet', () => {
    const ben = buildCaseworkerSummary(fixture(), BEN, settings, today);
    expect(ben?.coaching.total).toBe(0);
    expect(ben?.actionItems).toEqual([]);
    expect(ben?.visits.rate).toBeNull();
    expect(ben?.visits.sentence).toBe('No face-to-face visits were due in the months recorded.');
    expect(ben?.cohort?.isAssistantCoach).toBe(false);
  });

  it('returns null for someone not on the roster, and still reports someone who has left', () => {
    expect(buildCaseworkerSummary(fixture(), 'nobody', settings, today)).toBeNull();
    expect(buildCaseworkerSummary(fixture(), CARL, settings, today)?.status).toBe('Left');
  });

  it('exports every section as CSV rows', () => {
    const csv = caseworkerSummaryCsv(s);
    expect(csv.startsWith('\uFEFFSection,Item,Value\r\n')).toBe(true);
    expect(csv).toContain('Survey,ADKAR barrier,Desire to take part');
    expect(csv).toContain('Open action item,2026-03-01,Book the refresher (Ana)');
    expect(csv).toContain('Visits,Visit rate (%),93');
  });
});
