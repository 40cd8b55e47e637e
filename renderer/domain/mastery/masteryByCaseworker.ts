// Mastery for everyone at once: gathers each caseworker's evidence for one rollout from the raw records in one pass
// per table, then applies computeMastery.
import type { Cohort, CoachingEntry, Gap, Rubric, Standup, TrainingSession } from '../model';
import { computeMastery, type Mastery, type MasteryEvidence, type MasteryRules } from './mastery';
import { liveOnly } from '../model';

export interface MasteryData {
  trainingSessions: readonly TrainingSession[];
  coachingEntries: readonly CoachingEntry[];
  rubrics: readonly Rubric[];
  cohorts: readonly Cohort[];
  standups: readonly Standup[];
  gaps: readonly Gap[];
}

/** Words that mark a gap as being about the tool ("documents visits in the new tool"), besides the rollout's name. */
export function isToolGap(gap: Pick<Gap, 'expectation'>, toolName: string): boolean {
  const text = gap.expectation.toLowerCase();
  return /\btool\b/.test(text) || (toolName.trim() !== '' && text.includes(toolName.trim().toLowerCase()));
}

export function masteryByCaseworker(
  caseworkerIds: readonly string[],
  data: MasteryData,
  opts: { rolloutId: string; toolName: string; since: string | null; rules: MasteryRules; today: string },
): Map<string, Mastery> {
  const toolRubrics = new Set(
    liveOnly(data.rubrics)
      .filter((r) => r.purpose === 'tool-use')
      .map((r) => r.id),
  );
  const evidence = new Map<
    string,
    MasteryEvidence & { trainingDates: string[]; entries: MasteryEvidence['entries'][number][] }
  >();
  const get = (id: string) => {
    let e = evidence.get(id);
    if (!e) {
      e = { trainingDates: [], entries: [], inCohort: false, standupsAttended: 0, openToolGap: false };
      evidence.set(id, e);
    }
    return e;
  };
  for (const id of caseworkerIds) get(id);
  for (const s of liveOnly(data.trainingSessions))
    if (s.rolloutId === opts.rolloutId)
      for (const id of s.attendeeIds) evidence.get(id)?.trainingDates.push(s.date);
  for (const c of liveOnly(data.coachingEntries)) {
    const e = evidence.get(c.caseworkerId);
    if (!e || (opts.since && c.date < opts.since)) continue;
    const values = c.rubricId && toolRubrics.has(c.rubricId) ? Object.values(c.ratings) : [];
    e.entries.push({
      date: c.date,
      toolUsed: c.toolUsed,
      toolRatings: values.length ? values.reduce((t, x) => t + x, 0) / values.length : null,
    });
  }
  const cohortIds = new Set<string>();
  for (const c of liveOnly(data.cohorts))
    if (c.rolloutId === opts.rolloutId) {
      cohortIds.add(c.id);
      for (const m of c.members) {
        const e = evidence.get(m.caseworkerId);
        if (e) e.inCohort = true;
      }
    }
  for (const s of liveOnly(data.standups))
    if (cohortIds.has(s.cohortId))
      for (const row of s.rows) {
        const e = evidence.get(row.caseworkerId);
        if (e && !row.absent) e.standupsAttended++;
      }
  for (const g of liveOnly(data.gaps)) {
    const e = evidence.get(g.caseworkerId);
    if (e && (g.status === 'open' || g.status === 'in-progress') && isToolGap(g, opts.toolName))
      e.openToolGap = true;
  }
  const out = new Map<string, Mastery>();
  for (const [id, e] of evidence) out.set(id, computeMastery(e, opts.rules, opts.today));
  return out;
}
