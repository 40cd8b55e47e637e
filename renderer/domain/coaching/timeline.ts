// A caseworker's timeline (PRODUCT.md 4.5): everything recorded about one person in date order, newest first, each
// event with the address of the screen that shows its record.
import type {
  CoachingEntry,
  Cohort,
  Gap,
  MonthlyMeasure,
  Standup,
  ToolUsage,
  TrainingSession,
} from '../model';
import type { ScoredResponse } from '../survey/surveyResults';
import { stanceLabel } from '../survey/scoreResponse';
import { coachingKindLabel, renegadeLabel } from './coachingLabels';
import { missingParts, rideAlongPartLabel } from './rideAlongs';
import { liveOnly } from '../model';
import { formatMonth } from '../format/format';

export const timelineKinds = [
  'survey',
  'cohort',
  'training',
  'coaching',
  'standup',
  'usage',
  'gap',
  'measure',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const timelineKindLabel: Record<TimelineKind, string> = {
  survey: 'Survey answers',
  cohort: 'Cohort and wave',
  training: 'Training',
  coaching: 'Coaching',
  standup: 'Standups',
  usage: 'Tool usage',
  gap: 'Gaps',
  measure: 'Measures',
};

export interface TimelineEvent {
  id: string;
  kind: TimelineKind;
  date: string;
  title: string;
  detail: string;
  /** App address of the record's screen. */
  href: string;
}

export interface TimelineInput {
  caseworkerId: string;
  scored: readonly ScoredResponse[];
  cohorts: readonly Cohort[];
  trainingSessions: readonly TrainingSession[];
  entries: readonly CoachingEntry[];
  standups: readonly Standup[];
  gaps: readonly Gap[];
  measures: readonly MonthlyMeasure[];
  /** Days of imported tool usage (any rollout's; each names its tool through `toolName`). */
  usage?: readonly ToolUsage[];
  coachName: (id: string | null) => string;
  cohortName: (id: string) => string;
  /** The survey round's name, so a past answer says which round it was. */
  roundName?: (id: string) => string;
  /** The name of a rollout's tool, for usage records. */
  toolName?: (rolloutId: string) => string;
}

const gapLabel: Record<NonNullable<Gap['classification']>, string> = {
  knowledge: 'knowledge gap',
  'execution-barrier': 'execution gap: barrier',
  'execution-motivation': 'execution gap: motivation',
  'unclear-expectations': 'unclear expectations',
  'not-worth-pursuing': 'not worth pursuing',
};

export function buildTimeline(input: TimelineInput): TimelineEvent[] {
  const id = input.caseworkerId;
  const events: TimelineEvent[] = [];
  const round = (roundId: string) => (input.roundName ? ` (${input.roundName(roundId)})` : '');

  for (const s of input.scored) {
    if (s.caseworkerId !== id) continue;
    events.push({
      id: s.responseId,
      kind: 'survey',
      date: s.answeredOn,
      title:
        s.readiness === null || s.stance === null
          ? `Answered the adoption survey${round(s.roundId)}`
          : `Adoption survey${round(s.roundId)}: ${stanceLabel[s.stance].toLowerCase()}, readiness ${String(Math.round(s.readiness))}`,
      detail: s.explanation,
      href: '/surveys',
    });
  }

  for (const c of liveOnly(input.cohorts)) {
    const member = c.members.find((m) => m.caseworkerId === id);
    if (!member) continue;
    const role = c.assistantCoachId === id ? ' as assistant coach' : '';
    events.push({
      id: c.id,
      kind: 'cohort',
      date: c.createdAt.slice(0, 10),
      title: `Placed in ${c.name}, wave ${String(member.wave)}${role}`,
      detail: member.reason,
      href: '/cohorts',
    });
  }

  for (const t of liveOnly(input.trainingSessions)) {
    if (!t.attendeeIds.includes(id)) continue;
    events.push({
      id: t.id,
      kind: 'training',
      date: t.date,
      title: `Training: ${t.topic}`,
      detail: t.trainer ? `With ${t.trainer}` : '',
      href: '/cohorts',
    });
  }

  for (const e of liveOnly(input.entries)) {
    if (e.caseworkerId !== id) continue;
    const ratings = Object.values(e.ratings);
    const parts = [
      e.focusSkill && `Focus: ${e.focusSkill}`,
      ratings.length > 0 &&
        `average rating ${(ratings.reduce((s, r) => s + r, 0) / ratings.length).toFixed(1)} of 4`,
      e.toolUsed && 'used the tool in the field',
      e.renegade && `renegade system seen: ${renegadeLabel[e.renegade].toLowerCase()}`,
      e.kind === 'ride-along' &&
        missingParts(e)
          .filter((p) => p !== 'observation')
          .map((p) => `${rideAlongPartLabel[p].toLowerCase()} missing`)
          .join(', '),
      e.actionItems.length > 0 &&
        `${String(e.actionItems.filter((a) => !a.done).length)} of ${String(e.actionItems.length)} action items open`,
    ].filter((p): p is string => typeof p === 'string' && p.length > 0);
    events.push({
      id: e.id,
      kind: 'coaching',
      date: e.date,
      title: `${coachingKindLabel[e.kind]} with ${input.coachName(e.coachId)}`,
      detail: parts.join('; '),
      href: `/coaching/entries/${e.id}`,
    });
  }

  for (const s of liveOnly(input.standups)) {
    const row = s.rows.find((r) => r.caseworkerId === id);
    if (!row) continue;
    const tool = row.absent
      ? 'absent'
      : row.usedToolYesterday === true
        ? 'used the tool the day before'
        : row.usedToolYesterday === false
          ? 'did not use the tool the day before'
          : 'tool use not recorded';
    events.push({
      id: s.id,
      kind: 'standup',
      date: s.date,
      title: `Standup of ${input.cohortName(s.cohortId)}: ${tool}`,
      detail: row.absent ? '' : [row.triedAndLearned, row.problems, row.tryToday].filter(Boolean).join(' · '),
      href: `/coaching/standups/${s.cohortId}/${s.date}`,
    });
  }

  for (const u of liveOnly(input.usage ?? [])) {
    if (u.caseworkerId !== id) continue;
    const tool = input.toolName?.(u.rolloutId) ?? 'the tool';
    events.push({
      id: u.id,
      kind: 'usage',
      date: u.date,
      title: `Used ${tool}: ${u.events === 1 ? '1 event' : `${String(u.events)} events`} in the usage log`,
      detail: [u.actions.join(', '), u.source && `imported from ${u.source}`].filter(Boolean).join('; '),
      href: '/coaching/usage',
    });
  }

  for (const g of liveOnly(input.gaps)) {
    if (g.caseworkerId !== id) continue;
    events.push({
      id: g.id,
      kind: 'gap',
      date: g.openedOn,
      title: `Gap opened: ${g.expectation}`,
      detail: [g.classification && gapLabel[g.classification], `status ${g.status.replace('-', ' ')}`]
        .filter(Boolean)
        .join('; '),
      href: '/gaps',
    });
  }

  for (const m of liveOnly(input.measures)) {
    if (m.caseworkerId !== id) continue;
    events.push({
      id: m.id,
      kind: 'measure',
      date: `${m.month}-01`,
      title: `Visits in ${formatMonth(m.month)}: ${String(m.visitsMade)} of ${String(m.visitsDue)} made`,
      detail: `${String(m.visitsGoodQuality)} of good quality${m.caseload === null ? '' : `; caseload ${String(m.caseload)}`}`,
      href: '/gaps',
    });
  }

  const order = new Map(timelineKinds.map((k, i) => [k, i]));
  return events.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) ||
      a.id.localeCompare(b.id),
  );
}

/** Events of the chosen kinds only (all when none is chosen). */
export function filterTimeline(
  events: readonly TimelineEvent[],
  kinds: ReadonlySet<TimelineKind>,
): TimelineEvent[] {
  return kinds.size === 0 ? [...events] : events.filter((e) => kinds.has(e.kind));
}
