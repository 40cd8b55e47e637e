import { describe, expect, it } from 'vitest';
import {
  buildRolloutReport,
  rolloutCharts,
  rolloutReportCsv,
} from '../../../../renderer/domain/reports/rolloutReport';
import { fixture, settings, today } from './reportFixture';

describe('buildRolloutReport', () => {
  const r = buildRolloutReport(fixture(), settings, today);
  if (!r) throw new Error('expected a report');

  it('describes the current rollout and when it runs', () => {
    expect(r.rollout.name).toBe('MobileCase');
    expect(r.timing).toBe('Started Jan 1, 2026 · target Sep 30, 2026 · day 73');
  });

  it('gives headline numbers for everyone still in the rollout', () => {
    const value = (label: string) => r.headlines.find((h) => h.label === label)?.value;
    expect(value('Caseworkers')).toBe('2');
    expect(value('Surveyed')).toBe('100%');
    expect(value('In a cohort')).toBe('100%');
    expect(value('Practicing or better')).toBe('50%');
    expect(value('Open gaps')).toBe('2');
    expect(value('Coaching, last 30 days')).toBe('2');
    expect(value('Visit rate')).toBe('100%');
    expect(r.summary).toBe(
      '1 of 2 caseworkers (50%) are practicing with MobileCase or better, and 0 have mastered it; 1 cohort and 2 coaching entries in the last 30 days.',
    );
  });

  it('carries every dashboard chart with its summary', () => {
    for (const [key] of rolloutCharts) expect(r.dashboard[key].summary, key).toMatch(/\w/);
    expect(r.dashboard.funnel.summary).toContain('Of 2 caseworkers in scope');
  });

  it('exports headline numbers and the rows of every chart as one long CSV', () => {
    const csv = rolloutReportCsv(r);
    expect(csv.startsWith('\uFEFFChart,Row,Measure,Value\r\n')).toBe(true);
    expect(csv).toContain('Headline numbers,Caseworkers,');
    expect(csv).toContain('Progress funnel,Surveyed,count,2');
    expect(csv).toContain('Face-to-face visit rate,2026-03,visitRate,100');
  });

  it('returns null when no rollout is current', () => {
    expect(buildRolloutReport(fixture(), { ...settings, currentRolloutId: null }, today)).toBeNull();
  });
});
