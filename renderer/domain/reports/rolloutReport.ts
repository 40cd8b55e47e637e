// The rollout status report (PRODUCT.md 4.7): the headline numbers, the tool brief, and every dashboard chart with its
// one-sentence summary, for the current rollout and everyone in it. The charts come from buildDashboard itself, so the
// report and the dashboard can never disagree.
import type { Rollout, Settings } from '../model';
import { addDays } from '../coaching/calendar';
import type { DashboardModel } from '../dashboard/buildDashboard';
import { dashboardFor } from '../dashboard/dashboardFor';
import { emptyFilter } from '../dashboard/dashboardFilter';
import { toCsv } from '../csv/toCsv';
import { type ReportSource } from './reportText';
import { liveOnly } from '../model';
import { formatDay, percentText, plural } from '../format/format';

export interface Headline {
  label: string;
  value: string;
  /** What the number means, in words (shown under it and read by screen readers). */
  caption: string;
}

export interface RolloutReport {
  rollout: Rollout;
  /** "Started Mar 2, 2026 · target Sep 30, 2026 · day 120" */
  timing: string;
  headlines: Headline[];
  summary: string;
  dashboard: DashboardModel;
}

/** The charts of the report in the dashboard's order, with the titles the dashboard gives them. */
export const rolloutCharts = [
  ['funnel', 'Progress funnel'],
  ['byWave', 'Mastery by wave'],
  ['byUnit', 'Mastery by unit'],
  ['stanceByUnit', 'Stances by unit'],
  ['stanceOverTime', 'Stances over time'],
  ['adopters', 'Adopters against the Rogers curve'],
  ['gapsByUnit', 'Gap types by unit'],
  ['gapsOverTime', 'Gaps opened by month'],
  ['visits', 'Face-to-face visit rate'],
  ['coachActivity', 'Coaching activity by coach'],
  ['rideAlongs', 'Ride-along prep and debrief'],
  ['renegades', 'Renegade systems seen in the field'],
] as const;

const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function buildRolloutReport(
  source: ReportSource,
  settings: Settings,
  today: string,
): RolloutReport | null {
  const rollout = liveOnly(source.rollouts).find((r) => r.id === settings.currentRolloutId);
  if (!rollout) return null;
  const dashboard = dashboardFor(source, emptyFilter(rollout.id), settings, today);
  const stage = (name: string) => dashboard.funnel.series.find((s) => s.stage === name)?.count ?? 0;
  const n = dashboard.scopeSize;
  const practicing = stage('Practicing');
  const mastered = stage('Mastered');
  const cohorts = liveOnly(source.cohorts).filter((c) => c.rolloutId === rollout.id).length;
  const since30 = addDays(today, -29);
  const coaching30 = liveOnly(source.coachingEntries).filter(
    (e) => e.date >= since30 && e.date <= today,
  ).length;
  const openGaps = liveOnly(source.gaps).filter(
    (g) => g.status === 'open' || g.status === 'in-progress',
  ).length;
  const lastVisit = dashboard.visits.series.at(-1);
  const pctText = (x: number) => percentText(x, n);

  const headlines: Headline[] = [
    { label: 'Caseworkers', value: String(n), caption: 'in the rollout (everyone not marked as left)' },
    {
      label: 'Surveyed',
      value: pctText(stage('Surveyed')),
      caption: `${stage('Surveyed')} answered the adoption survey`,
    },
    {
      label: 'In a cohort',
      value: pctText(stage('In a cohort')),
      caption: `${stage('In a cohort')} placed in ${plural(cohorts, 'cohort')}`,
    },
    { label: 'Trained', value: pctText(stage('Trained')), caption: `${stage('Trained')} attended training` },
    {
      label: 'Practicing or better',
      value: pctText(practicing),
      caption: `${practicing} use the tool in the field`,
    },
    { label: 'Mastered', value: pctText(mastered), caption: `${mastered} have mastered the tool` },
    { label: 'Coaching, last 30 days', value: String(coaching30), caption: 'coaching entries recorded' },
    {
      label: 'Open gaps',
      value: String(openGaps),
      caption: 'knowledge or execution gaps still being worked on',
    },
    {
      label: 'Visit rate',
      value:
        lastVisit?.visitRate === null || lastVisit?.visitRate === undefined ? '–' : `${lastVisit.visitRate}%`,
      caption: lastVisit
        ? `of due face-to-face visits made in the latest month (target ${settings.visitTarget}%)`
        : 'no monthly measures recorded',
    },
  ];

  const timing = [
    rollout.startDate ? `Started ${formatDay(rollout.startDate)}` : 'No start date',
    rollout.targetDate ? `target ${formatDay(rollout.targetDate)}` : 'no target date',
    rollout.startDate && rollout.startDate <= today ? `day ${daysFrom(rollout.startDate, today) + 1}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return {
    rollout,
    timing,
    headlines,
    summary:
      n === 0
        ? 'Nobody is on the roster for this rollout yet.'
        : `${practicing} of ${plural(n, 'caseworker')} (${pctText(practicing)}) are practicing with ${rollout.name} or better, and ${mastered} have mastered it; ${plural(cohorts, 'cohort')} and ${coaching30} coaching entries in the last 30 days.`,
    dashboard,
  };
}

/**
 * The data behind every chart in one long table (chart, row, measure, value), so one file holds the whole report and
 * a spreadsheet pivot rebuilds any chart.
 */
export function rolloutReportCsv(report: RolloutReport): string {
  const rows: unknown[][] = report.headlines.map((h) => ['Headline numbers', h.label, h.caption, h.value]);
  for (const [key, title] of rolloutCharts) {
    for (const row of report.dashboard[key].series as ReadonlyArray<Record<string, unknown>>) {
      const entries = Object.entries(row).filter(([k]) => !k.endsWith('Id'));
      const [, label] = entries[0] ?? ['', ''];
      for (const [measure, value] of entries.slice(1)) rows.push([title, label, measure, value]);
    }
  }
  return toCsv(['Chart', 'Row', 'Measure', 'Value'], rows);
}
