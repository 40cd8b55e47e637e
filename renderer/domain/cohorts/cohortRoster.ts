// The printable and CSV cohort roster: one row per member with role, unit, wave, coaches and training dates.
import type { Cohort, TrainingSession } from '../model';
import { tableToCsv, type CsvColumn } from '../csv/toCsv';
import { isLive } from '../model';

export interface RosterRow {
  cohort: string;
  member: string;
  role: string;
  unit: string;
  wave: number;
  assistantCoach: boolean;
  headCoach: string;
  assistantCoachName: string;
  /** Training sessions the member attended for this rollout, as dates, oldest first. */
  trainingDates: string[];
  reason: string;
}

export interface RosterLookups {
  caseworker: (id: string) => { name: string; role: string; unit: string } | undefined;
  coachName: (id: Cohort['headCoachId']) => string;
  sessions: readonly TrainingSession[];
}

export function cohortRosterRows(cohort: Cohort, look: RosterLookups): RosterRow[] {
  const attended = new Map<string, string[]>();
  for (const s of look.sessions)
    if (isLive(s) && s.rolloutId === cohort.rolloutId)
      for (const id of s.attendeeIds) attended.set(id, [...(attended.get(id) ?? []), s.date]);
  const assistant = cohort.assistantCoachId ? (look.caseworker(cohort.assistantCoachId)?.name ?? '') : '';
  return cohort.members.map((m) => {
    const person = look.caseworker(m.caseworkerId);
    return {
      cohort: cohort.name,
      member: person?.name ?? 'Not on the roster',
      role: person?.role ?? '',
      unit: person?.unit ?? '',
      wave: m.wave,
      assistantCoach: m.caseworkerId === cohort.assistantCoachId,
      headCoach: look.coachName(cohort.headCoachId),
      assistantCoachName: assistant,
      trainingDates: [...new Set(attended.get(m.caseworkerId) ?? [])].sort(),
      reason: m.reason,
    };
  });
}

/** Training sessions planned for the cohort (its own sessions and rollout-wide ones), oldest first. */
export function cohortSchedule(
  cohort: Pick<Cohort, 'id' | 'rolloutId'>,
  sessions: readonly TrainingSession[],
) {
  return sessions
    .filter(
      (s) =>
        isLive(s) && s.rolloutId === cohort.rolloutId && (s.cohortId === cohort.id || s.cohortId === null),
    )
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date) || a.topic.localeCompare(b.topic));
}

const columns: CsvColumn<RosterRow>[] = [
  { key: 'cohort', header: 'Cohort', value: (r) => r.cohort },
  { key: 'member', header: 'Member', value: (r) => r.member },
  { key: 'role', header: 'Role', value: (r) => r.role },
  { key: 'unit', header: 'Unit', value: (r) => r.unit },
  { key: 'wave', header: 'Wave', value: (r) => r.wave },
  { key: 'assistant', header: 'Assistant coach', value: (r) => r.assistantCoach },
  { key: 'headCoach', header: 'Head coach', value: (r) => r.headCoach },
  { key: 'assistantName', header: 'Cohort assistant coach', value: (r) => r.assistantCoachName },
  { key: 'training', header: 'Training dates', value: (r) => r.trainingDates },
  { key: 'reason', header: 'Placement reason', value: (r) => r.reason },
];

export const cohortRosterCsv = (rows: readonly RosterRow[]): string => tableToCsv(rows, columns);
