import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { buildCaseworkerSummary } from '../../../renderer/domain/reports/caseworkerSummary';
import { buildCohortReport } from '../../../renderer/domain/reports/cohortReport';
import { useFreshDb } from './freshDb';
import { reportRepository } from '../../../renderer/data/reportRepository';

const db = useFreshDb();
const today = '2026-03-14';

describe('reportRepository', () => {
  it('reads only the rows about one person or cohort, yet the reports match those built from everything', async () => {
    const demo = await loadDemoWorkspace(db(), 7, today);
    const everything = await reportRepository.rollout();
    expect(everything.source.coachingEntries).toHaveLength(demo.coachingEntries.length);

    const person = demo.caseworkers.find((c) => demo.coachingEntries.some((e) => e.caseworkerId === c.id));
    const cohort = demo.cohorts[0];
    if (!person || !cohort) throw new Error('the demo has people and cohorts');

    const one = await reportRepository.caseworker(person.id);
    expect(new Set(one.source.coachingEntries.map((e) => e.caseworkerId))).toEqual(new Set([person.id]));
    expect(buildCaseworkerSummary(one.source, person.id, one.settings, today)).toEqual(
      buildCaseworkerSummary(everything.source, person.id, everything.settings, today),
    );

    const team = await reportRepository.cohort(cohort.id);
    expect(team.source.standups.every((s) => s.cohortId === cohort.id)).toBe(true);
    expect(buildCohortReport(team.source, cohort.id, team.settings, today)).toEqual(
      buildCohortReport(everything.source, cohort.id, everything.settings, today),
    );
  });

  it('lists the current rollout and its cohorts for the index', async () => {
    const demo = await loadDemoWorkspace(db(), 7, today);
    const index = await reportRepository.cohortsOfCurrentRollout();
    expect(index.rollout?.id).toBe(demo.settings.currentRolloutId);
    expect(index.cohorts.length).toBeGreaterThan(0);
    expect(index.cohorts.every((c) => c.rolloutId === demo.settings.currentRolloutId)).toBe(true);
  });
});
