// The demo workspace: a realistic, generated agency (units, caseworkers, a rollout with its tool brief, two survey
// rounds, cohorts and waves, training, five months of coaching, standups, gaps and monthly measures). Pure and
// deterministic: the same seed and "today" always give the same records, ids and timestamps included.
import {
  dateOnly,
  defaultSettings,
  settingsSchema,
  type Caseworker,
  type Cohort,
  type EntityByTable,
  type Settings,
  type TableName,
  type TrainingSession,
} from '../../domain/model';
import { defaultRubricInputs } from '../../domain/coaching/defaultRubrics';
import { defaultInstrumentInput } from '../../domain/survey/defaultInstrument';
import { stanceOf, type StanceThresholds } from '../../domain/survey/scoreResponse';
import { buildDemoCoaching, type DemoCoachRef } from './buildDemoCoaching';
import { buildDemoGaps } from './buildDemoGaps';
import { buildDemoMeasures } from './buildDemoMeasures';
import { buildDemoStandups } from './buildDemoStandups';
import { buildDemoSchedules } from './buildDemoSchedules';
import { buildDemoSurveys } from './buildDemoSurveys';
import { buildDemoUsage } from './buildDemoUsage';
import { calendarDays } from './calendarDays';
import { createDemoContext, type DemoContext, type DemoPerson, type DemoStance } from './demoContext';
import {
  DEMO_EMAIL_DOMAIN,
  demoCoaches,
  demoCurrentRollout,
  demoPastRollout,
  demoPeople,
  demoRoles,
  demoUnits,
  type DemoRoleKey,
} from './demoRoster';

/** Every table's records, plus the settings row. */
export type DemoWorkspace = { [K in TableName]: EntityByTable[K][] } & { settings: Settings };

/** Head coach of the cohort whose first unit is the key; supervisors who coach their own unit. */
const HEAD_COACH_BY_UNIT: Record<string, string> = {
  'intake-north': 'okafor',
  'cps-east': 'lindqvist',
  'ongoing-a': 'castellanos',
  'ongoing-b': 'bello',
  'foster-care': 'ferreira',
};
const SUPERVISOR_COACH_BY_UNIT: Record<string, string> = {
  'intake-north': 'okafor',
  'cps-east': 'lindqvist',
  'ongoing-a': 'castellanos',
};
const LAST_DAY_AGO: Record<string, number> = { 'on-leave': 55, left: 100 };
const CASELOAD_RANGE: Record<DemoRoleKey, [number, number]> = {
  intake: [12, 22],
  investigator: [12, 21],
  ongoing: [14, 28],
};

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export function generateDemo(seed: number, today: string): DemoWorkspace {
  if (!dateOnly.safeParse(today).success) throw new Error(`"${today}" is not a date like 2026-03-14.`);
  const T = calendarDays.toDay(today);
  const ctx = createDemoContext(seed, T);
  const rng = ctx.stream('agency');
  const base = defaultSettings();
  const day = (ago: number): number => calendarDays.weekdayOnOrBefore(T - ago);

  // ---- Rollouts ----
  const rolloutStartDay = day(150);
  const pastRollout = ctx.make(
    'rollouts',
    {
      ...demoPastRollout,
      brief: { ...demoPastRollout.brief },
      startDate: calendarDays.toDate(day(820)),
      targetDate: calendarDays.toDate(day(700)),
    },
    T - 830,
  );
  const currentRollout = ctx.make(
    'rollouts',
    {
      ...demoCurrentRollout,
      brief: { ...demoCurrentRollout.brief },
      startDate: calendarDays.toDate(rolloutStartDay),
      targetDate: calendarDays.toDate(T + 75),
    },
    T - 165,
  );

  // ---- Units, caseworkers, coaches ----
  const rosterDay = T - 170;
  const units = demoUnits.map((u) =>
    ctx.make(
      'units',
      { name: u.name, supervisorName: u.supervisorName, programArea: u.programArea },
      rosterDay,
    ),
  );
  const unitIdByKey = new Map(demoUnits.map((u, i) => [u.key, units[i]?.id ?? null]));

  const caseworkers: Caseworker[] = demoPeople.map((spec, i) => {
    const [lo, hi] = CASELOAD_RANGE[spec.role];
    const caseload = spec.status ? 0 : spec.overloaded ? rng.int(31, 38) : rng.int(lo, hi);
    const startAgo = spec.pilotUser
      ? rng.int(2500, 4000)
      : rng.chance(0.15)
        ? rng.int(130, 360)
        : rng.int(400, 6200);
    return ctx.make(
      'caseworkers',
      {
        name: spec.name,
        unitId: unitIdByKey.get(spec.unit) ?? null,
        role: demoRoles[spec.role],
        employeeId: `RB${String(20417 + i * 173 + rng.int(0, 150))}`,
        email: `${spec.email}@${DEMO_EMAIL_DOMAIN}`,
        startDate: calendarDays.toDate(T - startAgo),
        caseload,
        status: spec.status ?? 'active',
      },
      rosterDay,
    );
  });

  const people = makePeople(ctx, caseworkers);
  const coachRefs = new Map<string, DemoCoachRef>();
  const coaches = demoCoaches.map((c) => {
    const worker = c.caseworkerEmail ? people.find((p) => p.spec.email === c.caseworkerEmail) : undefined;
    const record = ctx.make(
      'coaches',
      { name: c.name, expertise: c.expertise, caseworkerId: worker?.record.id ?? null },
      T - 160,
    );
    coachRefs.set(c.key, { id: record.id, name: record.name, caseworkerId: record.caseworkerId });
    return record;
  });
  const coachRef = (key: string | undefined): DemoCoachRef => {
    const ref = key === undefined ? undefined : coachRefs.get(key);
    if (!ref) throw new Error(`Demo coach ${String(key)} is missing.`);
    return ref;
  };

  // ---- Instrument and rubrics ----
  const instrument = ctx.make('surveyInstruments', defaultInstrumentInput(ctx.newId()), T - 160);
  const [visitInput, toolInput] = defaultRubricInputs(ctx.newId(), ctx.newId());
  const visitRubric = ctx.make('rubrics', visitInput, T - 160);
  const toolRubric = ctx.make('rubrics', toolInput, T - 160);

  // ---- Surveys ----
  const surveys = buildDemoSurveys(ctx, {
    rolloutId: currentRollout.id,
    instrument,
    people,
    baselineDay: day(122),
    pulseDay: day(31),
  });
  for (const p of people) {
    const score = surveys.baselineScores.get(p.record.id);
    if (score === undefined) continue;
    p.baselineScore = score;
    p.baselineStance = stanceOf(score, base);
  }

  // ---- Cohorts and training ----
  const cohortDay = day(112);
  const cohorts = buildCohorts(ctx, people, {
    rolloutId: currentRollout.id,
    size: base.cohortSize,
    thresholds: base,
    day: cohortDay,
    headCoachIdFor: (unitKey) => coachRef(HEAD_COACH_BY_UNIT[unitKey]).id,
  });
  const trainer = coachRef('ferreira');
  const trainingSessions = buildTraining(ctx, people, cohorts, {
    rolloutId: currentRollout.id,
    trainer: trainer.name,
    kickoffDay: day(110),
  });

  // ---- Coaching, standups, measures, gaps ----
  const headCoachByCohort = new Map(cohorts.map((c, i) => [i, c.headCoachId]));
  const coachingEntries = buildDemoCoaching(ctx, {
    people,
    headCoachOf: (p) => {
      const id = p.cohortIndex === null ? undefined : headCoachByCohort.get(p.cohortIndex);
      const byId = [...coachRefs.values()].find((c) => c.id === id);
      return byId ?? coachRef(HEAD_COACH_BY_UNIT[p.spec.unit]);
    },
    supervisorCoachOf: (p) => {
      const key = SUPERVISOR_COACH_BY_UNIT[p.spec.unit];
      return key ? coachRef(key) : null;
    },
    trainerCoach: trainer,
    visitRubric,
    toolRubric,
    rolloutStartDay,
    firstDay: T - 150,
  });
  // Who says "no" to "used the tool yesterday" whatever the date: not yet in the field, or not on their own yet.
  const noUseTold = new Set(
    people
      .filter((p) => p.spec.noFieldUseYet || p.spec.masteryPath === 'nearly-proficient')
      .map((p) => p.record.id),
  );
  const standups = buildDemoStandups(ctx, cohorts, noUseTold);
  const toolUsage = buildDemoUsage(ctx, people, { rolloutId: currentRollout.id });
  const monthlyMeasures = buildDemoMeasures(ctx, people);
  const gaps = buildDemoGaps(ctx, {
    people,
    expectations: base.expectations,
    entries: coachingEntries,
    measures: monthlyMeasures,
  });

  const schedules = buildDemoSchedules(ctx, cohorts, people);

  const settings = settingsSchema.parse({
    ...base,
    currentRolloutId: currentRollout.id,
    onboarded: true,
    updatedAt: ctx.at(T, 8 * 60),
  });

  return {
    rollouts: [pastRollout, currentRollout],
    units,
    caseworkers,
    coaches,
    surveyInstruments: [instrument],
    surveyRounds: surveys.rounds,
    surveyResponses: surveys.responses,
    cohorts,
    schedules,
    trainingSessions,
    rubrics: [visitRubric, toolRubric],
    coachingEntries,
    standups,
    gaps,
    monthlyMeasures,
    toolUsage,
    drafts: [],
    settings,
  };
}

/** The hidden traits of each caseworker: readiness (and how it moves by the pulse), visit skill and visit rate. */
function makePeople(ctx: DemoContext, caseworkers: readonly Caseworker[]): DemoPerson[] {
  const rng = ctx.stream('people');
  const people: DemoPerson[] = caseworkers.map((record, i) => {
    const spec = demoPeople[i] ?? { name: record.name, email: '', unit: '', role: 'ongoing' as const };
    return {
      spec,
      record,
      active: record.status === 'active',
      lastDay: ctx.today - (LAST_DAY_AGO[record.status] ?? 0),
      latent: 50,
      latentPulse: 50,
      baselineScore: null,
      baselineStance: null,
      cohortIndex: null,
      wave: null,
      trainedDay: null,
      visitSkill: clamp(rng.normal(2.6, 0.4), 1.6, 3.5),
      visitRate: clamp(1 - Math.abs(rng.normal(0, 0.05)), 0.85, 1),
      lowVisits: false,
    };
  });

  // Stances: roughly a third cheerleaders, a quarter hecklers, the rest on the fence (the pilot user is a cheerleader).
  const active = people.filter((p) => p.active);
  const others = rng.shuffle(active.filter((p) => !p.spec.pilotUser));
  const cheerCount = Math.round(active.length * 0.35) - (active.length - others.length);
  const hecklerCount = Math.round(active.length * 0.25);
  others.forEach((p, i) => {
    const band: DemoStance =
      i < cheerCount ? 'cheerleader' : i < cheerCount + hecklerCount ? 'heckler' : 'fence-sitter';
    p.latent =
      band === 'cheerleader' ? rng.float(76, 93) : band === 'heckler' ? rng.float(18, 33) : rng.float(48, 62);
  });
  for (const p of active) if (p.spec.pilotUser) p.latent = 90;
  for (const p of people) if (!p.active) p.latent = rng.float(30, 70);

  // Between the rounds most people warm up a little; a few convert, one cools off.
  for (const p of people) p.latentPulse = p.latent + rng.normal(4, 4);
  const hecklers = rng.shuffle(others.filter((p) => p.latent < 40));
  const fence = rng.shuffle(others.filter((p) => p.latent >= 40 && p.latent < 70));
  for (const p of hecklers.slice(0, 2)) p.latentPulse = p.latent + rng.float(22, 28);
  for (const p of fence.slice(0, 2)) p.latentPulse = p.latent + rng.float(17, 22);
  for (const p of fence.slice(2, 3)) p.latentPulse = p.latent - rng.float(12, 16);
  for (const p of people) p.latentPulse = clamp(p.latentPulse, 5, 97);

  // Visits: overloaded workers and a couple of strugglers see fewer children.
  for (const p of active) if (p.spec.overloaded) p.visitRate = rng.float(0.72, 0.84);
  for (const p of rng.sample(
    others.filter((p) => !p.spec.overloaded),
    2,
  )) {
    p.lowVisits = true;
    p.visitRate = rng.float(0.68, 0.8);
    p.visitSkill = clamp(p.visitSkill - 0.5, 1.5, 3.5);
  }
  return people;
}

/** Readiness as a whole number, unless rounding would carry it across a stance threshold (69.6 stays "69.6"). */
function readinessText(score: number, thresholds: StanceThresholds): string {
  const whole = Math.round(score);
  return stanceOf(whole, thresholds) === stanceOf(score, thresholds) ? String(whole) : score.toFixed(1);
}

/** Cohorts by role keeping units together (small same-role units combined up to the size), with waves and reasons. */
function buildCohorts(
  ctx: DemoContext,
  people: DemoPerson[],
  opts: {
    rolloutId: string;
    size: number;
    day: number;
    thresholds: StanceThresholds;
    headCoachIdFor: (unitKey: string) => string;
  },
): Cohort[] {
  const groups: { role: DemoRoleKey; unitKeys: string[]; members: DemoPerson[] }[] = [];
  for (const role of Object.keys(demoRoles) as DemoRoleKey[]) {
    let open: { role: DemoRoleKey; unitKeys: string[]; members: DemoPerson[] } | null = null;
    for (const unit of demoUnits) {
      const inUnit = people.filter((p) => p.active && p.spec.role === role && p.spec.unit === unit.key);
      if (inUnit.length === 0) continue;
      const parts = Math.ceil(inUnit.length / opts.size);
      for (let k = 0; k < parts; k += 1) {
        const chunk = inUnit.filter((_, i) => i % parts === k);
        if (open && open.members.length + chunk.length <= opts.size && parts === 1) {
          open.unitKeys.push(unit.key);
          open.members.push(...chunk);
        } else {
          open = { role, unitKeys: [unit.key], members: [...chunk] };
          groups.push(open);
        }
      }
    }
  }

  return groups.map((group, index) => {
    const cheer = group.members
      .filter((p) => p.baselineStance === 'cheerleader')
      .sort((a, b) => (b.baselineScore ?? 0) - (a.baselineScore ?? 0));
    const assistant = cheer[0] ?? null;
    const placed = group.members.map((p) => {
      const score = readinessText(p.baselineScore ?? 0, opts.thresholds);
      let wave: number;
      let reason: string;
      if (p === assistant) {
        wave = 1;
        reason = `wave 1: assistant coach, highest-scoring cheerleader, readiness ${score}`;
      } else if (p.baselineStance === 'cheerleader') {
        wave = 2;
        reason = `wave 2: cheerleader, readiness ${score}`;
      } else if (p.baselineStance === 'heckler') {
        wave = 4;
        reason = `wave 4: heckler, readiness ${score}`;
      } else if (p.baselineStance === 'fence-sitter') {
        wave = 3;
        reason = `wave 3: fence-sitter, readiness ${score}`;
      } else {
        wave = 3;
        reason = 'wave 3: not yet surveyed';
      }
      p.cohortIndex = index;
      p.wave = wave;
      return { person: p, wave, reason, score: p.baselineScore ?? -1 };
    });
    placed.sort((a, b) => a.wave - b.wave || b.score - a.score);
    const unitNames = group.unitKeys.map((k) => demoUnits.find((u) => u.key === k)?.name ?? k);
    return ctx.make(
      'cohorts',
      {
        rolloutId: opts.rolloutId,
        name: unitNames.join(' + '),
        role: demoRoles[group.role],
        members: placed.map(({ person, wave, reason }) => ({ caseworkerId: person.record.id, wave, reason })),
        headCoachId: opts.headCoachIdFor(group.unitKeys[0] ?? ''),
        assistantCoachId: assistant?.record.id ?? null,
        status: 'active',
        notes: assistant
          ? 'Standup at 8:45 each working day. Proposed from the baseline survey.'
          : 'No cheerleader in this cohort yet, so no assistant coach. Standup at 8:45 each working day.',
        gateOverrides: [],
        manuallyEdited: false,
      },
      opts.day,
    );
  });
}

/** Training in waves: a coach kickoff, then per cohort waves 1-2 and wave 3, then wave 4 with a catch-up. */
function buildTraining(
  ctx: DemoContext,
  people: DemoPerson[],
  cohorts: readonly Cohort[],
  opts: { rolloutId: string; trainer: string; kickoffDay: number },
): TrainingSession[] {
  const rng = ctx.stream('training');
  const byId = new Map(people.map((p) => [p.record.id, p]));
  const sessions: TrainingSession[] = [];
  const add = (
    day: number,
    topic: string,
    cohortId: string | null,
    wave: number,
    attendees: string[],
  ): void => {
    if (attendees.length === 0) return;
    sessions.push(
      ctx.make(
        'trainingSessions',
        {
          rolloutId: opts.rolloutId,
          date: calendarDays.toDate(day),
          topic,
          trainer: opts.trainer,
          cohortId,
          wave,
          attendeeIds: attendees,
        },
        day,
        8 * 60,
      ),
    );
    for (const id of attendees) {
      const p = byId.get(id);
      if (p && (p.trainedDay === null || day < p.trainedDay)) p.trainedDay = day;
    }
  };
  const attending = (ids: string[], chance: number): string[] => ids.filter(() => rng.chance(chance));
  const wave = (c: Cohort, ...waves: number[]): string[] =>
    c.members.filter((m) => waves.includes(m.wave)).map((m) => m.caseworkerId);

  // The assistant coaches learn the tool first, with the people the demo keeps on a mastery path whatever the date
  // (mastered, held back by a gap, nearly proficient): trained early, they have months of coaching behind them.
  const early = people.filter((p) => p.active && p.spec.masteryPath).map((p) => p.record.id);
  add(opts.kickoffDay, 'Coach kickoff: the MobileCase tool brief and how we will coach', null, 1, [
    ...new Set([...cohorts.flatMap((c) => wave(c, 1)), ...early]),
  ]);
  cohorts.forEach((c, i) => {
    const d = calendarDays.weekdayOnOrBefore(ctx.today - 100 + 2 * i);
    add(d, 'MobileCase basics for waves 1 and 2: signing in, finding cases, notes in the field', c.id, 2, [
      ...wave(c, 1),
      ...attending(wave(c, 2), 0.92),
    ]);
  });
  cohorts.forEach((c, i) => {
    const d = calendarDays.weekdayOnOrBefore(ctx.today - 62 + 3 * i);
    add(
      d,
      'MobileCase basics for wave 3: signing in, finding cases, notes in the field',
      c.id,
      3,
      attending(wave(c, 3), 0.9),
    );
  });
  const untrained = people
    .filter((p) => p.active && p.cohortIndex !== null && p.wave !== 4 && p.trainedDay === null)
    .map((p) => p.record.id);
  const wave4 = cohorts.flatMap((c) => attending(wave(c, 4), 0.92));
  add(
    calendarDays.weekdayOnOrBefore(ctx.today - 36),
    'MobileCase basics for wave 4, with a catch-up for anyone who missed their session',
    null,
    4,
    [...new Set([...wave4, ...untrained])],
  );
  return sessions;
}
