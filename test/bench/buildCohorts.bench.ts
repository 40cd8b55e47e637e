// Cohort building at agency scale: buildCohorts on 5,000 active caseworkers in ~700 units of three roles with stances.
import { buildCohorts, type BuilderStance } from '../../renderer/domain/cohorts/buildCohorts';
import { seededRandom } from '../../renderer/domain/random/seededRandom';
import { stanceOf } from '../../renderer/domain/survey/scoreResponse';
import type { Benchmark } from './benchTypes';

const N = 5_000;
const thresholds = { cheerleaderMin: 70, hecklerMax: 40 };
const rng = seededRandom(7);
const roles = ['Intake specialist', 'CPS investigator', 'Ongoing case manager'];
const units = Array.from({ length: 700 }, (_, i) => ({ id: `unit-${i}`, name: `Unit ${i}` }));
const caseworkers = Array.from({ length: N }, (_, i) => ({
  id: `cw-${String(i).padStart(5, '0')}`,
  name: `Worker ${i}`,
  // Units of 1 to 14 people: most fit a cohort, some must be split, many small ones are combined.
  unitId: `unit-${Math.floor(rng.float(0, 1) ** 1.3 * 700)}`,
  role: roles[i % 3] ?? '',
  status: 'active' as const,
}));
const stances = new Map<string, BuilderStance>();
for (const c of caseworkers)
  if (rng.chance(0.9)) {
    const readiness = rng.int(5, 98);
    stances.set(c.id, { readiness, stance: stanceOf(readiness, thresholds) });
  }

export const benchmarks: Benchmark[] = [
  {
    name: `buildCohorts on ${N.toLocaleString('en-US')} caseworkers`,
    budgetMs: 100,
    repeat: 9,
    run: () =>
      buildCohorts({ caseworkers, units, stances, cohortSize: 7, combineSmallUnits: true, thresholds }),
  },
];
