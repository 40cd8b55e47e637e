import { describe, expect, it } from 'vitest';
import { buildCohortReport, cohortReportCsv } from '../../../../renderer/domain/reports/cohortReport';
import { COHORT, fixture, settings, today } from './reportFixture';

describe('buildCohortReport', () => {
  const r = buildCohortReport(fixture(), COHORT, settings, today);
  if (!r) throw new Error('expected a report');

  it('names the cohort, its rollout and coaches', () => {
    expect(r).toMatchObject({
      name: 'Intake cohort',
      rollout: 'MobileCase',
      role: 'Intake specialist',
      status: 'Active',
      headCoach: 'Kim Coach',
      assistantCoach: 'Ana Nguyễn',
    });
  });

  it('lists members by wave with stance, mastery and their activity', () => {
    expect(r.waves.map((w) => [w.wave, w.members.map((m) => m.name)])).toEqual([
      [1, ['Ana Nguyễn']],
      [3, ['Ben Okafor']],
    ]);
    const [ana, ben] = r.members;
    expect(ana).toMatchObject({
      assistantCoach: true,
      stance: 'Cheerleader',
      readiness: 100,
      level: 'practicing',
      levelLabel: 'Practicing',
      trainingSessions: 1,
      coachingEntries: 2,
      standupsAttended: 2,
    });
    expect(ben).toMatchObject({
      assistantCoach: false,
      stance: 'Fence-sitter',
      readiness: 50,
      level: 'in-training',
      coachingEntries: 0,
      standupsAttended: 1,
    });
  });

  it('shows each wave gate as ready, opened by the coach, or not yet', () => {
    expect(r.gates.map((g) => [g.wave, g.state, g.stateLabel])).toEqual([
      [1, 'ready', 'Ready'],
      [3, 'overridden', 'Opened by the coach'],
    ]);
    expect(r.gates[1]?.explanation).toContain('Ready in practice');
  });

  it('lists training with attendance against the members it was for; future sessions as planned', () => {
    expect(r.training).toEqual([
      {
        date: '2026-01-10',
        topic: 'Basics',
        trainer: 'Tia',
        wave: null,
        attended: 2,
        expected: 2,
        catchingUp: 0,
        attendanceText: '2 of 2',
        held: true,
      },
      {
        date: '2026-04-01',
        topic: 'Advanced',
        trainer: '',
        wave: 1,
        attended: 0,
        expected: 1,
        catchingUp: 0,
        attendanceText: '0 of 1',
        held: false,
      },
    ]);
  });

  it('counts standups held, attendance and the tool-use rate', () => {
    expect(r.standups).toMatchObject({
      held: 2,
      lastDate: '2026-03-03',
      usedTool: 2,
      answered: 3,
      toolUseRate: 67,
      attendanceRate: 75,
    });
    expect(r.standups.sentence).toBe(
      '2 standups held, 75% attendance; members said they used the tool the day before 2 of 3 times (67%).',
    );
  });

  it('counts coaching since the rollout began, by kind and in the last 30 days', () => {
    expect(r.coaching.total).toBe(2);
    expect(r.coaching.last30Days).toBe(2);
    expect(r.coaching.byKind.map((k) => [k.label, k.count])).toEqual([
      ['Observation', 1],
      ['Ride-along', 1],
    ]);
    expect(r.summary).toBe('2 members in 2 waves; 1 practicing or better; 2 of 2 wave gates open.');
  });

  it('returns null for a cohort that does not exist', () => {
    expect(buildCohortReport(fixture(), 'gone', settings, today)).toBeNull();
  });

  it('exports one CSV row per member', () => {
    const lines = cohortReportCsv(r).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '\uFEFFWave,Member,Unit,Assistant coach,Stance,Readiness,Survey round,Mastery level,Why,Training sessions attended,Coaching entries,Standups attended',
    );
    expect(lines[1]).toMatch(/^1,Ana Nguyễn,Intake North,yes,Cheerleader,100,[^,]+,Practicing,/);
  });
});
