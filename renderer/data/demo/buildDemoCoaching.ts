// The demo's coaching log: about five months of observations, ride-alongs, modelling visits, one-to-ones and case
// reviews, with rubric ratings that grow over time, tool use that rises and renegade systems that fade.
import type { CoachingEntry, InputByTable, Rubric } from '../../domain/model';
import type { SeededRandom } from '../../domain/random/seededRandom';
import { calendarDays } from './calendarDays';
import type { DemoContext, DemoPerson } from './demoContext';
import { demoFocusSkills, demoText, fillText, type DemoFocus } from './demoText';

type EntryInput = InputByTable['coachingEntries'];
type Kind = CoachingEntry['kind'];
type ActionItemInput = NonNullable<EntryInput['actionItems']>[number];

export interface DemoCoachRef {
  id: string;
  name: string;
  caseworkerId: string | null;
}

export interface DemoCoachingArgs {
  people: readonly DemoPerson[];
  /** The coach who coaches each person most (head coach of their cohort, or of their unit's cohort). */
  headCoachOf: (person: DemoPerson) => DemoCoachRef;
  /** Their unit supervisor when the supervisor is a coach. */
  supervisorCoachOf: (person: DemoPerson) => DemoCoachRef | null;
  trainerCoach: DemoCoachRef;
  visitRubric: Rubric;
  toolRubric: Rubric;
  rolloutStartDay: number;
  firstDay: number;
}

const FIELD_KINDS: readonly Kind[] = ['observation', 'ride-along', 'modelling'];
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const firstName = (name: string): string => {
  // Vietnamese names put the given name last.
  const parts = name.split(' ');
  return (name.startsWith('Nguyễn') ? parts[parts.length - 1] : parts[0]) ?? name;
};

const WAVE_BONUS: Record<number, number> = { 1: 0.15, 2: 0.1, 3: 0, 4: -0.12 };

export function buildDemoCoaching(ctx: DemoContext, args: DemoCoachingArgs): CoachingEntry[] {
  const rng = ctx.stream('coaching');
  const planned: { input: EntryInput; day: number }[] = [];

  for (const person of args.people) {
    const endDay = Math.min(person.lastDay, ctx.today) - 1;
    const trained = person.trainedDay;
    const days: number[] = [];
    let day = args.firstDay + rng.int(0, 20);
    while (day <= endDay) {
      const d = calendarDays.weekdayOnOrBefore(day);
      if (d >= args.firstDay && (days.length === 0 || d > (days[days.length - 1] ?? 0))) days.push(d);
      const afterTraining = trained !== null && day >= trained;
      if (!afterTraining && trained !== null && day + 28 > trained) {
        day = trained + rng.int(3, 8);
      } else {
        day += afterTraining ? rng.int(11, 18) : rng.int(28, 42);
      }
    }
    const firstAfterTraining = trained === null ? -1 : days.findIndex((d) => d >= trained);
    days.forEach((d, i) => {
      planned.push({
        day: d,
        input: entryFor(rng, args, person, d, i === days.length - 1, i === firstAfterTraining),
      });
    });
  }

  ensureDueMix(rng, ctx.today, planned);
  planned.sort((a, b) => a.day - b.day);
  return planned.map(({ input, day }) => ctx.make('coachingEntries', input, day, 15 * 60 + rng.int(0, 180)));
}

function entryFor(
  rng: SeededRandom,
  args: DemoCoachingArgs,
  person: DemoPerson,
  day: number,
  isLatest: boolean,
  firstAfterTraining: boolean,
): EntryInput {
  const trained = person.trainedDay;
  const afterTraining = trained !== null && day >= trained;
  const p = person.latent / 100;
  // People the demo keeps on a mastery path whatever the date: after training, every entry is a field visit on the
  // tool, rated 3 or more on every criterion, so their latest ratings never dip below the rule.
  const path = afterTraining ? person.spec.masteryPath : undefined;
  const isHeckler = person.baselineStance === 'heckler';
  const drawnKind: Kind = afterTraining
    ? rng.weighted<Kind>([
        ['ride-along', 3],
        ['observation', 2],
        ['modelling', isHeckler ? 2.5 : 1.2],
        ['one-to-one', 2],
        ['case-review', 1.5],
      ])
    : rng.weighted<Kind>([
        ['ride-along', 3],
        ['observation', 3],
        ['case-review', 2],
        ['one-to-one', 2],
      ]);
  const kind: Kind = path && drawnKind !== 'ride-along' ? 'observation' : drawnKind;
  const drawnFocus: DemoFocus = afterTraining
    ? rng.weighted<DemoFocus>([
        ['tool', 6],
        ['visit', 2.5],
        ['safety', 1.5],
      ])
    : rng.weighted<DemoFocus>([
        ['visit', 3],
        ['safety', 2],
      ]);

  const focus: DemoFocus = path ? 'tool' : drawnFocus;
  const head = args.headCoachOf(person);
  const supervisor = args.supervisorCoachOf(person);
  let coach = head;
  if (afterTraining && focus === 'tool' && rng.chance(0.15)) coach = args.trainerCoach;
  else if (supervisor && rng.chance(afterTraining ? 0.1 : 0.6)) coach = supervisor;
  if (coach.caseworkerId === person.record.id) coach = args.trainerCoach;

  // Ratings: tool skill grows with time since training; visit skill is personal and grows slowly.
  const rubric = focus === 'tool' ? args.toolRubric : args.visitRubric;
  const rateChance: Record<Kind, number> = {
    observation: 0.95,
    'ride-along': 0.95,
    'case-review': 0.85,
    'one-to-one': 0.25,
    modelling: 0,
  };
  const ratings: Record<string, number> = {};
  if (rng.chance(rateChance[kind]) || path) {
    const skill =
      focus === 'tool'
        ? 1.3 + 2 * Math.min(1, (day - (trained ?? day)) / 80) + (p - 0.5) + rng.normal(0, 0.3)
        : person.visitSkill + 0.4 * Math.min(1, (day - args.firstDay) / 150) + rng.normal(0, 0.3);
    let criteria = rubric.criteria.map((c) => c.id);
    if (kind === 'case-review') {
      criteria =
        focus === 'tool'
          ? ['finding-records', 'timeliness', 'limits-workarounds']
          : ['information', 'documentation'];
      criteria = criteria.filter((id) => rubric.criteria.some((c) => c.id === id));
    } else if (rng.chance(0.12)) {
      criteria = rng.sample(criteria, criteria.length - 1);
    }
    for (const id of criteria) ratings[id] = clamp(Math.round(skill + rng.normal(0, 0.4)), path ? 3 : 1, 4);
  }
  const rated = Object.values(ratings);
  const level =
    rated.length > 0 ? clamp(Math.round(rated.reduce((s, r) => s + r, 0) / rated.length), 1, 4) : null;

  const inField = FIELD_KINDS.includes(kind);
  const toolChance = clamp(
    0.35 +
      0.55 * Math.min(1, (day - (trained ?? day)) / 70) +
      (WAVE_BONUS[person.wave ?? 3] ?? 0) +
      0.2 * (p - 0.5),
    0.05,
    0.97,
  );
  const toolUsed =
    path === 'nearly-proficient'
      ? firstAfterTraining
      : inField &&
        afterTraining &&
        (rng.chance(kind === 'modelling' ? 0.85 : toolChance) || path !== undefined) &&
        !person.spec.noFieldUseYet;
  // Renegade systems show up most early in the rollout and fade; hecklers hold on longer. Before a worker is trained,
  // paper is still the official way, so only private spreadsheets and unsupported apps count.
  const fade = Math.exp(-(day - args.rolloutStartDay) / 55);
  const renegadeChance =
    !inField || day < args.rolloutStartDay
      ? 0
      : afterTraining
        ? (0.05 + 0.8 * fade) * (isHeckler ? 1.5 : 1) * (toolUsed ? 0.35 : 1)
        : 0.25 * fade * (isHeckler ? 1.5 : 1);
  const renegade = rng.chance(renegadeChance)
    ? rng.weighted<'paper' | 'spreadsheet' | 'other'>([
        ['paper', afterTraining ? 6 : 0],
        ['spreadsheet', 3],
        ['other', 1],
      ])
    : null;

  const vars = {
    first: firstName(person.record.name),
    coach: coach.name,
    family: rng.pick(demoText.families),
    setting: rng.pick(demoText.settings),
  };
  const f = (t: string): string => fillText(t, vars);
  const observations =
    kind === 'modelling'
      ? rng.pick(demoText.observationsModelling)
      : kind === 'one-to-one'
        ? rng.pick(demoText.observationsOneToOne)
        : kind === 'case-review'
          ? rng.pick(demoText.observationsReview)
          : !afterTraining
            ? rng.pick(demoText.observationsBefore)
            : toolUsed
              ? rng.pick(demoText.observationsTool)
              : rng.pick(demoText.observationsNoTool);
  const background = inField
    ? demoText.background.field
    : kind === 'one-to-one'
      ? demoText.background['one-to-one']
      : demoText.background['case-review'];

  const itemCount = rng.weighted<number>([
    [0, 2],
    [1, 5],
    [2, 3],
  ]);
  const actionItems: ActionItemInput[] = rng.sample(demoText.actionItems[focus], itemCount).map((text) => {
    const dueDay = day + rng.int(5, 21);
    return {
      id: rng.uuid(),
      text,
      ownerId: rng.chance(0.8) ? person.record.id : coach.id,
      dueDate: calendarDays.toDate(dueDay),
      done: false,
      notifiedAt: null,
    };
  });

  const rideAlong = kind === 'ride-along';
  const missing = rideAlong
    ? rng.weighted<'none' | 'prep' | 'debrief'>([
        ['none', 85],
        ['prep', 7.5],
        ['debrief', 7.5],
      ])
    : 'none';

  return {
    kind,
    caseworkerId: person.record.id,
    coachId: coach.id,
    date: calendarDays.toDate(day),
    focusSkill: demoFocusSkills[focus],
    rubricId: rated.length > 0 ? rubric.id : null,
    ratings,
    note: {
      background: f(background),
      reason: rng.pick(demoText.reason[focus]),
      observations: f(observations),
      content: `Went over ${rng.pick(demoText.content[focus])}.`,
      results: level === null ? demoText.resultsUnrated : (demoText.results[level - 1] ?? ''),
      impressions: f(demoText.impressions[(level ?? 2) - 1] ?? ''),
      plan: rng.pick(demoText.plan),
    },
    strengths: rng.pick(demoText.strengths[focus]),
    growthAreas: rng.pick(demoText.growthAreas[focus]),
    actionItems,
    followUpDate: isLatest && rng.chance(0.85) ? calendarDays.toDate(day + rng.int(10, 21)) : null,
    followUpNotifiedAt: null,
    toolUsed,
    renegade,
    renegadeNote: renegade ? rng.pick(demoText.renegade[renegade]) : '',
    prep:
      rideAlong && missing !== 'prep'
        ? {
            goals: rng.pick(demoText.prep.goals),
            infoToGather: rng.pick(demoText.prep.infoToGather),
            toolPlan: rng.pick(demoText.prep.toolPlan),
          }
        : null,
    debrief:
      rideAlong && missing !== 'debrief'
        ? { wentWell: rng.pick(demoText.debrief.wentWell), toChange: rng.pick(demoText.debrief.toChange) }
        : null,
  };
}

/**
 * Marks action items done the way a busy team would (old ones almost all done, recent ones mostly open), then makes
 * sure the home screen has something to show: a few items overdue and a few due within the next week.
 */
function ensureDueMix(rng: SeededRandom, today: number, planned: { input: EntryInput; day: number }[]): void {
  const items: { item: ActionItemInput; entryDay: number }[] = [];
  for (const { input, day } of planned)
    for (const item of input.actionItems ?? []) items.push({ item, entryDay: day });
  const dueOf = (item: ActionItemInput): number => calendarDays.toDay(item.dueDate ?? '1970-01-01');
  for (const { item } of items) {
    const due = dueOf(item);
    const doneChance = due < today - 21 ? 0.99 : due < today ? 0.9 : 0.15;
    item.done = rng.chance(doneChance);
  }
  const open = (pred: (due: number) => boolean): number =>
    items.filter(({ item }) => !item.done && pred(dueOf(item))).length;
  const recent = items.filter(({ entryDay }) => entryDay >= today - 25 && entryDay < today);
  if (open((d) => d < today) < 3) {
    for (const { item } of rng.sample(
      recent.filter(({ item }) => dueOf(item) < today),
      3,
    ))
      item.done = false;
  }
  if (open((d) => d >= today && d <= today + 7) < 3) {
    for (const { item, entryDay } of rng.sample(recent, 3)) {
      item.dueDate = calendarDays.toDate(Math.max(today, entryDay + 5) + rng.int(0, 3));
      item.done = false;
    }
  }
  // A reminder fired on the due day (at the start of today for items due today) for anything come due and still
  // open, so opening the demo does not greet everyone with a burst of reminders.
  const remindedAt = (due: number): string => calendarDays.instant(due, due < today ? 8 * 60 : 0);
  for (const { item } of items) {
    const due = dueOf(item);
    item.notifiedAt = !item.done && due <= today ? remindedAt(due) : null;
  }
  for (const { input } of planned) {
    const due = input.followUpDate ? calendarDays.toDay(input.followUpDate) : null;
    input.followUpNotifiedAt = due !== null && due <= today ? remindedAt(due) : null;
  }
}
