// The one-page coaching summary of one caseworker (PRODUCT.md 4.7): who they are, where they stand on the rollout
// (stance, readiness, ADKAR barrier, mastery), their training and recent coaching, what is still open, and their visit
// rate against the target. Pure: the records, the settings and `today` go in; words and numbers come out.
import type { Settings } from '../model';
import { addDays } from '../coaching/calendar';
import { ownerLabel } from '../coaching/dueList';
import { coachingKindLabel, type CoachingKind } from '../coaching/coachingLabels';
import { classificationLabel, isActiveStatus, statusLabel } from '../gaps/gapLabels';
import { masteryLabel, type Mastery } from '../mastery/mastery';
import { masteryByCaseworker } from '../mastery/masteryByCaseworker';
import { masteryScorecard, type Scorecard } from '../mastery/scorecard';
import { adkarLabel } from '../survey/adkar';
import { placementText } from '../cohorts/placementText';
import { stanceLabel, type Stance } from '../survey/scoreResponse';
import { latestByCaseworker, scoreAllResponses, stanceHistory } from '../survey/surveyResults';
import { coachingKinds, liveOnly } from '../model';
import { toCsv } from '../csv/toCsv';
import { mean, monthsBefore, type ReportSource } from './reportText';
import { plural, percentOf, percentText, formatMonth } from '../format/format';

/** How far back "recent coaching" reaches. */
export const COACHING_WINDOW_DAYS = 90;
/** How many months of visits the summary weighs against the target. */
export const VISIT_MONTHS = 3;
const MAX_NOTES = 2;

export interface CaseworkerSummary {
  caseworkerId: string;
  name: string;
  unit: string;
  supervisor: string;
  role: string;
  status: string;
  caseload: number | null;
  rollout: string | null;
  /** `reason` is the placement as history ("Placed in wave 2 as a cheerleader"), without the readiness it quoted then. */
  cohort: { name: string; wave: number; reason: string; headCoach: string; isAssistantCoach: boolean } | null;
  survey: {
    stance: Stance;
    stanceLabel: string;
    readiness: number;
    /** The round the latest answer belongs to. */
    roundName: string;
    answeredOn: string;
    explanation: string;
    adkarBarrier: string | null;
    /** Earlier stances, oldest first, e.g. ["Heckler", "Fence-sitter"]. */
    history: string[];
  } | null;
  mastery: { level: Mastery['level']; label: string; reason: string; scorecard: Scorecard } | null;
  training: { date: string; topic: string }[];
  coaching: {
    since: string;
    total: number;
    byKind: { kind: CoachingKind; label: string; count: number }[];
    rubrics: { rubric: string; entries: number; average: number }[];
    lastDate: string | null;
  };
  strengths: { date: string; text: string }[];
  growthAreas: { date: string; text: string }[];
  actionItems: { text: string; owner: string; dueDate: string | null; overdue: boolean; entryDate: string }[];
  gaps: { expectation: string; type: string; status: string; openedOn: string }[];
  visits: {
    months: string[];
    due: number;
    made: number;
    good: number;
    rate: number | null;
    qualityRate: number | null;
    target: number;
    meetsTarget: boolean | null;
    sentence: string;
  };
}

export function buildCaseworkerSummary(
  source: ReportSource,
  caseworkerId: string,
  settings: Settings,
  today: string,
): CaseworkerSummary | null {
  const person = liveOnly(source.caseworkers).find((c) => c.id === caseworkerId);
  if (!person) return null;
  const unit = liveOnly(source.units).find((u) => u.id === person.unitId);
  const rollout = liveOnly(source.rollouts).find((r) => r.id === settings.currentRolloutId) ?? null;
  const coachName = (id: string | null) =>
    (id && source.coaches.find((c) => c.id === id)?.name) || 'Not chosen yet';

  // Cohort and wave in the current rollout.
  const cohort = liveOnly(source.cohorts).find(
    (c) => c.rolloutId === rollout?.id && c.members.some((m) => m.caseworkerId === caseworkerId),
  );
  const member = cohort?.members.find((m) => m.caseworkerId === caseworkerId);

  // Survey: the latest scored answer in the current rollout's rounds, and the stances before it.
  const scored = scoreAllResponses(
    {
      rounds: source.surveyRounds,
      instruments: source.surveyInstruments,
      responses: source.surveyResponses.filter((r) => r.caseworkerId === caseworkerId),
    },
    settings,
    { rolloutId: rollout?.id ?? null },
  );
  const latest = latestByCaseworker(scored).get(caseworkerId);
  const history = stanceHistory(scored, caseworkerId)
    .filter((s) => s.stance !== null && s.responseId !== latest?.responseId)
    .map((s) => stanceLabel[s.stance as Stance]);

  const mastery = rollout
    ? masteryByCaseworker([caseworkerId], source, {
        rolloutId: rollout.id,
        toolName: rollout.name,
        since: rollout.startDate,
        rules: settings.mastery,
        today,
      }).get(caseworkerId)
    : undefined;

  const training = liveOnly(source.trainingSessions)
    .filter((s) => s.rolloutId === rollout?.id && s.date <= today && s.attendeeIds.includes(caseworkerId))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({ date: s.date, topic: s.topic }));

  // Coaching in the last 90 days.
  const entries = liveOnly(source.coachingEntries)
    .filter((e) => e.caseworkerId === caseworkerId && e.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const since = addDays(today, -(COACHING_WINDOW_DAYS - 1));
  const recent = entries.filter((e) => e.date >= since);
  const byKind = coachingKinds
    .map((kind) => ({
      kind,
      label: coachingKindLabel[kind],
      count: recent.filter((e) => e.kind === kind).length,
    }))
    .filter((k) => k.count > 0);
  const rubricById = new Map(source.rubrics.map((r) => [r.id, r]));
  const perRubric = new Map<string, { rubric: string; means: number[] }>();
  for (const e of recent) {
    const rubric = e.rubricId ? rubricById.get(e.rubricId) : undefined;
    const m = mean(Object.values(e.ratings));
    if (!rubric || m === null) continue;
    const slot = perRubric.get(rubric.seriesId) ?? { rubric: rubric.name, means: [] };
    slot.means.push(m);
    perRubric.set(rubric.seriesId, slot);
  }
  const rubrics = [...perRubric.values()]
    .map((r) => ({
      rubric: r.rubric,
      entries: r.means.length,
      average: Math.round((mean(r.means) ?? 0) * 10) / 10,
    }))
    .sort((a, b) => a.rubric.localeCompare(b.rubric));

  const notes = (pick: (e: (typeof entries)[number]) => string) =>
    // The newest few, each said once: the same advice repeated across entries is one note, dated when last given.
    entries
      .map((e) => ({ date: e.date, text: pick(e).trim() }))
      .filter((n, i, all) => n.text !== '' && all.findIndex((m) => m.text === n.text) === i)
      .slice(0, MAX_NOTES);

  const actionItems = entries
    .flatMap((e) =>
      e.actionItems
        .filter((a) => !a.done)
        .map((a) => ({
          text: a.text,
          owner: ownerLabel(
            a,
            (id) =>
              source.coaches.find((c) => c.id === id)?.name ??
              source.caseworkers.find((c) => c.id === id)?.name,
          ),
          dueDate: a.dueDate,
          overdue: a.dueDate !== null && a.dueDate < today,
          entryDate: e.date,
        })),
    )
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.text.localeCompare(b.text));

  const gaps = liveOnly(source.gaps)
    .filter((g) => g.caseworkerId === caseworkerId && isActiveStatus(g.status))
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn))
    .map((g) => ({
      expectation: g.expectation,
      type: g.classification ? classificationLabel[g.classification] : 'Not diagnosed yet',
      status: statusLabel[g.status],
      openedOn: g.openedOn,
    }));

  // Visits: the last three recorded months up to this month.
  const thisMonth = today.slice(0, 7);
  const measures = liveOnly(source.monthlyMeasures)
    .filter((m) => m.caseworkerId === caseworkerId && m.month <= thisMonth)
    .sort((a, b) => a.month.localeCompare(b.month));
  const lastMonth = measures.at(-1)?.month;
  const window = lastMonth ? measures.filter((m) => m.month > monthsBefore(lastMonth, VISIT_MONTHS)) : [];
  const due = window.reduce((t, m) => t + m.visitsDue, 0);
  const made = window.reduce((t, m) => t + m.visitsMade, 0);
  const good = window.reduce((t, m) => t + m.visitsGoodQuality, 0);
  const rate = percentOf(made, due);
  const months = [...new Set(window.map((m) => m.month))];
  const first = months[0];
  const last = months.at(-1);
  const span =
    first && last
      ? first === last
        ? formatMonth(first)
        : `${formatMonth(first)} to ${formatMonth(last)}`
      : '';
  const meetsTarget = rate === null ? null : rate >= settings.visitTarget;
  const visitSentence =
    rate === null
      ? 'No face-to-face visits were due in the months recorded.'
      : `${made} of ${plural(due, 'due visit')} made from ${span} (${rate}%, target ${settings.visitTarget}%): ${meetsTarget ? 'on target' : `${plural(settings.visitTarget - rate, 'point')} below target`}; ${percentText(good, made)} of visits made were good quality.`;

  return {
    caseworkerId,
    name: person.name,
    unit: unit?.name ?? 'No unit',
    supervisor: unit?.supervisorName ?? '',
    role: person.role || 'Not recorded',
    status: person.status === 'on-leave' ? 'On leave' : person.status === 'left' ? 'Left' : 'Active',
    caseload: person.caseload,
    rollout: rollout?.name ?? null,
    cohort:
      cohort && member
        ? {
            name: cohort.name,
            wave: member.wave,
            reason: placementText(member.reason),
            headCoach: coachName(cohort.headCoachId),
            isAssistantCoach: cohort.assistantCoachId === caseworkerId,
          }
        : null,
    survey:
      latest && latest.readiness !== null && latest.stance !== null
        ? {
            stance: latest.stance,
            stanceLabel: stanceLabel[latest.stance],
            readiness: Math.round(latest.readiness),
            roundName: source.surveyRounds.find((r) => r.id === latest.roundId)?.name ?? 'a survey round',
            answeredOn: latest.answeredOn,
            explanation: latest.explanation,
            adkarBarrier: latest.adkarBarrier ? adkarLabel[latest.adkarBarrier] : null,
            history,
          }
        : null,
    mastery: mastery
      ? {
          level: mastery.level,
          label: masteryLabel[mastery.level],
          reason: mastery.reason,
          scorecard: masteryScorecard(mastery, settings.mastery),
        }
      : null,
    training,
    coaching: { since, total: recent.length, byKind, rubrics, lastDate: entries[0]?.date ?? null },
    strengths: notes((e) => e.strengths),
    growthAreas: notes((e) => e.growthAreas),
    actionItems,
    gaps,
    visits: {
      months,
      due,
      made,
      good,
      rate,
      qualityRate: percentOf(good, made),
      target: settings.visitTarget,
      meetsTarget,
      sentence: visitSentence,
    },
  };
}

/** The summary as a CSV of section, item and value rows: what a spreadsheet needs to file or compare it. */
export function caseworkerSummaryCsv(s: CaseworkerSummary): string {
  const rows: [string, string, unknown][] = [
    ['Caseworker', 'Name', s.name],
    ['Caseworker', 'Unit', s.unit],
    ['Caseworker', 'Role', s.role],
    ['Caseworker', 'Status', s.status],
    ['Caseworker', 'Caseload', s.caseload],
    ['Rollout', 'Name', s.rollout ?? ''],
    ['Rollout', 'Cohort', s.cohort?.name ?? 'Not in a cohort'],
    ['Rollout', 'Wave', s.cohort?.wave ?? ''],
    ['Rollout', 'Head coach', s.cohort?.headCoach ?? ''],
    ['Survey', 'Stance', s.survey?.stanceLabel ?? 'Not surveyed'],
    ['Survey', 'Readiness', s.survey?.readiness ?? ''],
    ['Survey', 'Round', s.survey?.roundName ?? ''],
    ['Survey', 'Answered on', s.survey?.answeredOn ?? ''],
    ['Survey', 'ADKAR barrier', s.survey ? (s.survey.adkarBarrier ?? 'None') : ''],
    ['Mastery', 'Level', s.mastery?.label ?? ''],
    ['Mastery', 'Reason', s.mastery?.reason ?? ''],
    ...(s.mastery?.scorecard.rows ?? []).map((r): [string, string, unknown] => [
      'Mastery scorecard',
      r.label,
      `${r.figure}; rule: ${r.threshold}; ${r.met ? 'met' : `not yet: ${r.needed ?? ''}`}`,
    ]),
    ...s.training.map((t): [string, string, unknown] => ['Training', t.date, t.topic]),
    ['Coaching', `Entries since ${s.coaching.since}`, s.coaching.total],
    ...s.coaching.byKind.map((k): [string, string, unknown] => ['Coaching', k.label, k.count]),
    ...s.coaching.rubrics.map((r): [string, string, unknown] => [
      'Rubric average',
      r.rubric,
      `${r.average} (${plural(r.entries, 'entry', 'entries')})`,
    ]),
    ...s.strengths.map((n): [string, string, unknown] => ['Strength', n.date, n.text]),
    ...s.growthAreas.map((n): [string, string, unknown] => ['Growth area', n.date, n.text]),
    ...s.actionItems.map((a): [string, string, unknown] => [
      'Open action item',
      a.dueDate ?? 'No due date',
      a.owner ? `${a.text} (${a.owner})` : a.text,
    ]),
    ...s.gaps.map((g): [string, string, unknown] => ['Open gap', g.expectation, `${g.type}; ${g.status}`]),
    ['Visits', 'Months', s.visits.months],
    ['Visits', 'Due', s.visits.due],
    ['Visits', 'Made', s.visits.made],
    ['Visits', 'Good quality', s.visits.good],
    ['Visits', 'Visit rate (%)', s.visits.rate],
    ['Visits', 'Target (%)', s.visits.target],
  ];
  return toCsv(['Section', 'Item', 'Value'], rows);
}
