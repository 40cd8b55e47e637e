// The cohort report (PRODUCT.md 4.7): one cohort's members by wave with their mastery, its coaches, the wave gates,
// training sessions and who came, the daily standups and how often the tool was used, and the coaching done.
// Pure: the records, the settings and `today` go in.
import type { Settings } from '../model';
import { coachingKinds, liveOnly } from '../model';
import { addDays } from '../coaching/calendar';
import { coachingKindLabel, type CoachingKind } from '../coaching/coachingLabels';
import { cohortSchedule } from '../cohorts/cohortRoster';
import { sessionAttendance } from '../cohorts/trainingAttendance';
import { waveGates } from '../cohorts/waveGates';
import { masteryLabel, type MasteryLevel } from '../mastery/mastery';
import { masteryByCaseworker } from '../mastery/masteryByCaseworker';
import { stanceLabel } from '../survey/scoreResponse';
import { latestStances } from '../survey/surveyResults';
import { tableToCsv, type CsvColumn } from '../csv/toCsv';
import { type ReportSource } from './reportText';
import { plural, percentOf } from '../format/format';

export interface CohortMemberRow {
  caseworkerId: string;
  name: string;
  unit: string;
  wave: number;
  assistantCoach: boolean;
  stance: string;
  readiness: number | null;
  /** The round of the latest answer the stance and readiness come from. */
  round: string;
  level: MasteryLevel;
  levelLabel: string;
  levelReason: string;
  trainingSessions: number;
  coachingEntries: number;
  standupsAttended: number;
}

export interface CohortReport {
  cohortId: string;
  name: string;
  rollout: string;
  role: string;
  status: string;
  headCoach: string;
  assistantCoach: string;
  notes: string;
  members: CohortMemberRow[];
  waves: { wave: number; members: CohortMemberRow[] }[];
  gates: {
    wave: number;
    state: 'ready' | 'overridden' | 'not-yet';
    stateLabel: string;
    explanation: string;
  }[];
  training: {
    date: string;
    topic: string;
    trainer: string;
    wave: number | null;
    attended: number;
    expected: number;
    /** Members who came without being expected (another wave catching up). */
    catchingUp: number;
    /** "3 of 4, plus 1 catching up". */
    attendanceText: string;
    held: boolean;
  }[];
  standups: {
    held: number;
    lastDate: string | null;
    /** Yes-answers to "used the tool yesterday" among present members who answered. */
    usedTool: number;
    answered: number;
    toolUseRate: number | null;
    attendanceRate: number | null;
    sentence: string;
  };
  coaching: {
    total: number;
    last30Days: number;
    byKind: { kind: CoachingKind; label: string; count: number }[];
    sentence: string;
  };
  summary: string;
}

const statusWords = { planned: 'Planned', active: 'Active', completed: 'Completed' } as const;

export function buildCohortReport(
  source: ReportSource,
  cohortId: string,
  settings: Settings,
  today: string,
): CohortReport | null {
  const cohort = liveOnly(source.cohorts).find((c) => c.id === cohortId);
  if (!cohort) return null;
  const rollout = source.rollouts.find((r) => r.id === cohort.rolloutId);
  const people = new Map(source.caseworkers.map((c) => [c.id, c]));
  const units = new Map(source.units.map((u) => [u.id, u.name]));
  const ids = cohort.members.map((m) => m.caseworkerId);
  const idSet = new Set(ids);

  const stances = latestStances(
    {
      rounds: source.surveyRounds,
      instruments: source.surveyInstruments,
      responses: source.surveyResponses.filter((r) => idSet.has(r.caseworkerId)),
    },
    settings,
    { rolloutId: cohort.rolloutId },
  );
  const mastery = masteryByCaseworker(ids, source, {
    rolloutId: cohort.rolloutId,
    toolName: rollout?.name ?? '',
    since: rollout?.startDate ?? null,
    rules: settings.mastery,
    today,
  });
  const roundNames = new Map(source.surveyRounds.map((r) => [r.id, r.name]));
  const levelOf = (id: string): MasteryLevel => mastery.get(id)?.level ?? 'not-started';

  const sessions = liveOnly(source.trainingSessions).filter((s) => s.rolloutId === cohort.rolloutId);
  const entries = liveOnly(source.coachingEntries).filter(
    (e) =>
      idSet.has(e.caseworkerId) && e.date <= today && (!rollout?.startDate || e.date >= rollout.startDate),
  );
  const standups = liveOnly(source.standups)
    .filter((s) => s.cohortId === cohort.id && s.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date));

  const members: CohortMemberRow[] = [...cohort.members]
    .sort((a, b) => a.wave - b.wave)
    .map((m) => {
      const p = people.get(m.caseworkerId);
      const s = stances.get(m.caseworkerId);
      const level = levelOf(m.caseworkerId);
      return {
        caseworkerId: m.caseworkerId,
        name: p?.name ?? 'Not on the roster',
        unit: (p?.unitId && units.get(p.unitId)) || 'No unit',
        wave: m.wave,
        assistantCoach: cohort.assistantCoachId === m.caseworkerId,
        stance: s?.stance ? stanceLabel[s.stance] : 'Not surveyed',
        readiness: s?.readiness !== null && s?.readiness !== undefined ? Math.round(s.readiness) : null,
        round: (s && roundNames.get(s.roundId)) ?? '',
        level,
        levelLabel: masteryLabel[level],
        levelReason: mastery.get(m.caseworkerId)?.reason ?? '',
        trainingSessions: sessions.filter((x) => x.date <= today && x.attendeeIds.includes(m.caseworkerId))
          .length,
        coachingEntries: entries.filter((e) => e.caseworkerId === m.caseworkerId).length,
        standupsAttended: standups.filter((s) =>
          s.rows.some((r) => r.caseworkerId === m.caseworkerId && !r.absent),
        ).length,
      };
    });
  const waves = [1, 2, 3, 4]
    .map((wave) => ({ wave, members: members.filter((m) => m.wave === wave) }))
    .filter((w) => w.members.length > 0);

  const gates = waveGates(cohort, levelOf).map((g) => ({
    wave: g.wave,
    state: g.ready ? ('ready' as const) : g.override ? ('overridden' as const) : ('not-yet' as const),
    stateLabel: g.ready ? 'Ready' : g.override ? 'Opened by the coach' : 'Not yet',
    explanation: g.explanation,
  }));

  const training = cohortSchedule(cohort, sessions).map((s) => {
    const attendance = sessionAttendance(s, [cohort], cohort);
    return {
      date: s.date,
      topic: s.topic,
      trainer: s.trainer,
      wave: s.wave,
      attended: attendance.present,
      expected: attendance.expected.length,
      catchingUp: attendance.catchingUp.length,
      attendanceText: attendance.text,
      held: s.date <= today,
    };
  });

  const rows = standups.flatMap((s) => s.rows.filter((r) => idSet.has(r.caseworkerId)));
  const present = rows.filter((r) => !r.absent);
  const answered = present.filter((r) => r.usedToolYesterday !== null);
  const usedTool = answered.filter((r) => r.usedToolYesterday === true).length;
  const toolUseRate = percentOf(usedTool, answered.length);
  const attendanceRate = percentOf(present.length, rows.length);
  const lastDate = standups.at(-1)?.date ?? null;

  const since30 = addDays(today, -29);
  const byKind = coachingKinds
    .map((kind) => ({
      kind,
      label: coachingKindLabel[kind],
      count: entries.filter((e) => e.kind === kind).length,
    }))
    .filter((k) => k.count > 0);
  const last30Days = entries.filter((e) => e.date >= since30).length;

  const practicing = members.filter((m) => ['practicing', 'proficient', 'mastered'].includes(m.level)).length;
  const openGates = gates.filter((g) => g.state !== 'not-yet').length;
  return {
    cohortId: cohort.id,
    name: cohort.name,
    rollout: rollout?.name ?? 'Unknown rollout',
    role: cohort.role || 'Not recorded',
    status: statusWords[cohort.status],
    headCoach:
      (cohort.headCoachId && source.coaches.find((c) => c.id === cohort.headCoachId)?.name) ||
      'Not chosen yet',
    assistantCoach:
      (cohort.assistantCoachId && people.get(cohort.assistantCoachId)?.name) ||
      'None yet (no cheerleader in this cohort)',
    notes: cohort.notes,
    members,
    waves,
    gates,
    training,
    standups: {
      held: standups.length,
      lastDate,
      usedTool,
      answered: answered.length,
      toolUseRate,
      attendanceRate,
      sentence:
        standups.length === 0
          ? 'No standups recorded yet.'
          : `${plural(standups.length, 'standup')} held${attendanceRate === null ? '' : `, ${attendanceRate}% attendance`}; members said they used the tool the day before ${toolUseRate === null ? 'in no recorded answer' : `${usedTool} of ${answered.length} times (${toolUseRate}%)`}.`,
    },
    coaching: {
      total: entries.length,
      last30Days,
      byKind,
      sentence:
        entries.length === 0
          ? 'No coaching recorded for these members yet.'
          : `${plural(entries.length, 'coaching entry', 'coaching entries')} for these members since the rollout began, ${last30Days} in the last 30 days.`,
    },
    summary: `${plural(members.length, 'member')} in ${plural(waves.length, 'wave')}; ${practicing} practicing or better; ${openGates} of ${plural(gates.length, 'wave gate')} open.`,
  };
}

const memberColumns: CsvColumn<CohortMemberRow>[] = [
  { key: 'wave', header: 'Wave', value: (r) => r.wave },
  { key: 'name', header: 'Member', value: (r) => r.name },
  { key: 'unit', header: 'Unit', value: (r) => r.unit },
  { key: 'assistant', header: 'Assistant coach', value: (r) => r.assistantCoach },
  { key: 'stance', header: 'Stance', value: (r) => r.stance },
  { key: 'readiness', header: 'Readiness', value: (r) => r.readiness },
  { key: 'round', header: 'Survey round', value: (r) => r.round },
  { key: 'level', header: 'Mastery level', value: (r) => r.levelLabel },
  { key: 'reason', header: 'Why', value: (r) => r.levelReason },
  { key: 'training', header: 'Training sessions attended', value: (r) => r.trainingSessions },
  { key: 'coaching', header: 'Coaching entries', value: (r) => r.coachingEntries },
  { key: 'standups', header: 'Standups attended', value: (r) => r.standupsAttended },
];

/** One row per member: what a spreadsheet needs to follow the cohort. */
export const cohortReportCsv = (report: CohortReport): string => tableToCsv(report.members, memberColumns);
