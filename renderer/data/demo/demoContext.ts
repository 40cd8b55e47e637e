// Shared state of one demo generation: the seeded random streams, "today" as a day number, deterministic ids and
// timestamps, and the people of the agency as the builders see them. Nothing here reads the clock.
import type { Caseworker, InputByTable, TableName } from '../../domain/model';
import { seededRandom, type SeededRandom } from '../../domain/random/seededRandom';
import type { Stance } from '../../domain/survey/scoreResponse';
import { makeRecord, type Stored } from '../repository';
import { calendarDays } from './calendarDays';
import type { DemoPersonSpec } from './demoRoster';

export interface DemoContext {
  /** Today as a day number; nothing is dated after it except future due dates. */
  readonly today: number;
  /** A named random stream, independent of the others. */
  stream(name: string): SeededRandom;
  newId(): string;
  /** An ISO instant on `day` (never after today), `minutes` after midnight UTC. */
  at(day: number, minutes?: number): string;
  /** A validated record stamped as created on `day`. */
  make<K extends TableName>(table: K, input: InputByTable[K], day: number, minutes?: number): Stored<K>;
}

export type DemoStance = Stance;

/** One caseworker of the demo as the builders see them. */
export interface DemoPerson {
  spec: DemoPersonSpec;
  record: Caseworker;
  active: boolean;
  /** The last day the person was at work (today for active people). */
  lastDay: number;
  /** Hidden readiness 0..100 at the baseline, and at the pulse. */
  latent: number;
  latentPulse: number;
  baselineScore: number | null;
  baselineStance: DemoStance | null;
  cohortIndex: number | null;
  wave: number | null;
  /** Day of the first training session attended, if any. */
  trainedDay: number | null;
  /** 1.5 .. 3.5: how good their face-to-face visits are, on the rubric scale. */
  visitSkill: number;
  /** Visits made / due, typical month. */
  visitRate: number;
  /** Flagged as struggling with visits (becomes a gap). */
  lowVisits: boolean;
}

export function createDemoContext(seed: number, today: number): DemoContext {
  const ids = seededRandom(seed).fork('ids');
  const times = seededRandom(seed).fork('times');
  const at = (day: number, minutes?: number): string =>
    calendarDays.instant(Math.min(day, today), minutes ?? 8 * 60 + times.int(0, 9 * 60));
  return {
    today,
    stream: (name) => seededRandom(seed).fork(name),
    newId: () => ids.uuid(),
    at,
    make: (table, input, day, minutes) => makeRecord(table, input, at(day, minutes), ids.uuid()),
  };
}
