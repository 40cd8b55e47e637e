// Mastery for everyone at once: gathers each caseworker's evidence for one rollout from the raw records in one pass
// per table (training, coaching entries, standup answers, imported tool usage, cohorts, gaps), then applies
// computeMastery. Pure, so any screen or a per-caseworker summary can reuse it.
import type { Cohort, CoachingEntry, Gap, Rubric, Standup, ToolUsage, TrainingSession } from '../model';
import {
  computeMastery,
  masteryTrack,
  type Mastery,
  type MasteryEvidence,
  type MasteryRules,
  type MasteryTrack,
} from './mastery';
import { isLive, liveOnly } from '../model';
import { finish, SEALED_STEP } from '../steps';
import { workingDayBefore } from './masteryNumbers';

export interface MasteryData {
  trainingSessions: readonly TrainingSession[];
  coachingEntries: readonly CoachingEntry[];
  rubrics: readonly Rubric[];
  cohorts: readonly Cohort[];
  standups: readonly Standup[];
  gaps: readonly Gap[];
  toolUsage: readonly ToolUsage[];
}

export interface MasteryOptions {
  rolloutId: string;
  toolName: string;
  /** The rollout's start: coaching and usage before it do not count. */
  since: string | null;
  rules: MasteryRules;
  today: string;
}

/** Words that mark a gap as being about the tool ("documents visits in the new tool"), besides the rollout's name. */
export function isToolGap(gap: Pick<Gap, 'expectation'>, toolName: string): boolean {
  const text = gap.expectation.toLowerCase();
  return /\btool\b/.test(text) || (toolName.trim() !== '' && text.includes(toolName.trim().toLowerCase()));
}

const active = (status: Gap['status']) => status === 'open' || status === 'in-progress';

/** When a gap was open, from its status history: one interval per spell, `closedOn` null while still open. */
export function gapOpenSpells(
  gap: Pick<Gap, 'openedOn' | 'status' | 'statusHistory' | 'updatedAt'>,
): { openedOn: string; closedOn: string | null }[] {
  const history = gap.statusHistory.slice().sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  if (history.length === 0)
    return [{ openedOn: gap.openedOn, closedOn: active(gap.status) ? null : gap.updatedAt.slice(0, 10) }];
  const spells: { openedOn: string; closedOn: string | null }[] = [];
  let openSince: string | null = null;
  for (const h of history) {
    if (active(h.status)) openSince ??= h.on < gap.openedOn ? gap.openedOn : h.on;
    else if (openSince !== null) {
      spells.push({ openedOn: openSince, closedOn: h.on });
      openSince = null;
    }
  }
  if (openSince !== null) spells.push({ openedOn: openSince, closedOn: null });
  return spells;
}

type Gathered = MasteryEvidence & {
  trainingDates: string[];
  entries: MasteryEvidence['entries'][number][];
  standupUseDays: string[];
  importedUseDays: string[];
  standupDates: string[];
  toolGaps: { openedOn: string; closedOn: string | null }[];
};

/** Each caseworker's evidence in the rollout, gathered in one pass per table. */
export function masteryEvidence(
  caseworkerIds: readonly string[],
  data: MasteryData,
  opts: Omit<MasteryOptions, 'rules' | 'today'>,
): Map<string, MasteryEvidence> {
  return finish(evidenceInSteps(caseworkerIds, data, opts));
}

/** Records looked at between two pauses of the gathering done in steps (a few milliseconds of work). */
const STEP_RECORDS = 20_000;

/**
 * masteryEvidence in steps: pauses (yields) every STEP_RECORDS records, so a caller can let the window paint while
 * 200,000 coaching entries are gathered (the dashboard's first build, prepareDashboard). The result is the same.
 */
export function* evidenceInSteps(
  caseworkerIds: readonly string[],
  data: MasteryData,
  opts: Omit<MasteryOptions, 'rules' | 'today'>,
): Generator<void, Map<string, MasteryEvidence>> {
  const toolRubrics = new Set(
    liveOnly(data.rubrics)
      .filter((r) => r.purpose === 'tool-use')
      .map((r) => r.id),
  );
  const evidence = new Map<string, Gathered>();
  for (const id of caseworkerIds)
    evidence.set(id, {
      trainingDates: [],
      entries: [],
      standupUseDays: [],
      importedUseDays: [],
      cohort: null,
      standupDates: [],
      toolGaps: [],
    });
  const since = opts.since;
  let seen = 0;
  for (const s of data.trainingSessions)
    if (isLive(s) && s.rolloutId === opts.rolloutId)
      for (const id of s.attendeeIds) evidence.get(id)?.trainingDates.push(s.date);
  for (const c of data.coachingEntries) {
    if (++seen % STEP_RECORDS === 0) yield;
    const e = evidence.get(c.caseworkerId);
    if (!e || !isLive(c) || (since && c.date < since)) continue;
    const values = c.rubricId && toolRubrics.has(c.rubricId) ? Object.values(c.ratings) : [];
    e.entries.push({
      date: c.date,
      toolUsed: c.toolUsed,
      toolRating: values.length ? values.reduce((t, x) => t + x, 0) / values.length : null,
    });
  }
  yield;
  // Cohort names, standup rows and gap wording are sealed at rest and opened when first read (a fraction of a
  // millisecond each): a pause every SEALED_STEP of those records.
  const cohortIds = new Set<string>();
  for (const c of liveOnly(data.cohorts))
    if (c.rolloutId === opts.rolloutId) {
      if (cohortIds.size % SEALED_STEP === SEALED_STEP - 1) yield;
      cohortIds.add(c.id);
      for (const m of c.members) {
        const e = evidence.get(m.caseworkerId);
        if (e && e.cohort === null) e.cohort = { name: c.name, wave: m.wave };
      }
    }
  for (const s of data.standups) {
    if (++seen % SEALED_STEP === 0) yield;
    if (isLive(s) && cohortIds.has(s.cohortId))
      for (const row of s.rows) {
        const e = evidence.get(row.caseworkerId);
        if (!e || row.absent) continue;
        e.standupDates.push(s.date);
        if (row.usedToolYesterday === true) {
          const day = workingDayBefore(s.date);
          if (!since || day >= since) e.standupUseDays.push(day);
        }
      }
  }
  yield;
  for (const u of data.toolUsage) {
    if (++seen % STEP_RECORDS === 0) yield;
    if (isLive(u) && u.rolloutId === opts.rolloutId && (!since || u.date >= since))
      evidence.get(u.caseworkerId)?.importedUseDays.push(u.date);
  }
  for (const g of data.gaps) {
    if (++seen % SEALED_STEP === 0) yield;
    if (!isLive(g)) continue;
    const e = evidence.get(g.caseworkerId);
    if (e && isToolGap(g, opts.toolName)) e.toolGaps.push(...gapOpenSpells(g));
  }
  return evidence;
}

export function masteryByCaseworker(
  caseworkerIds: readonly string[],
  data: MasteryData,
  opts: MasteryOptions,
): Map<string, Mastery> {
  const out = new Map<string, Mastery>();
  for (const [id, e] of masteryEvidence(caseworkerIds, data, opts))
    out.set(id, computeMastery(e, opts.rules, opts.today));
  return out;
}

/** People walked between two pauses of tracksInSteps: a thousand took 100 ms and more at agency scale. */
const TRACK_STEP = 250;

/**
 * Each caseworker's evidence walked once (masteryTrack), so their level on any day is a lookup (masteryLevelOn); in
 * steps (see evidenceInSteps), also pausing every TRACK_STEP people walked.
 */
export function* tracksInSteps(
  caseworkerIds: readonly string[],
  data: MasteryData,
  opts: Omit<MasteryOptions, 'today'>,
): Generator<void, Map<string, MasteryTrack>> {
  const evidence = yield* evidenceInSteps(caseworkerIds, data, opts);
  const out = new Map<string, MasteryTrack>();
  for (const [id, e] of evidence) {
    out.set(id, masteryTrack(e, opts.rules));
    if (out.size % TRACK_STEP === 0) yield;
  }
  return out;
}
