// The demo's performance gaps: a handful of knowledge and execution gaps (Mager & Pipe) on the two default
// expectations, diagnosed with recorded wizard answers, with remedies, a status history and linked evidence.
import type { CoachingEntry, Gap, InputByTable, MonthlyMeasure } from '../../domain/model';
import { answersOnPath, evaluateDiagnosis } from '../../domain/gaps/evaluateDiagnosis';
import type { QuestionId } from '../../domain/gaps/diagnosisQuestions';
import { percentText } from '../../domain/format/format';
import { calendarDays } from './calendarDays';
import type { DemoContext, DemoPerson } from './demoContext';

type GapInput = InputByTable['gaps'];
type Classification = NonNullable<Gap['classification']>;
type Status = Gap['status'];

type Answers = Partial<Record<QuestionId, boolean | string>>;

// Complete answer paths through the wizard's questions (the domain owns the ids); each leads to its classification.
const WIZARD: Record<Classification, Answers> = {
  'not-worth-pursuing': { 'worth-pursuing': false },
  'unclear-expectations': {
    'worth-pursuing': true,
    'expectations-clear': false,
    'resources-adequate': true,
    'performance-visible': true,
    'fast-fix-solves': true,
  },
  // The fast fix (a lighter caseload) is not enough on its own: travel time stands in the way as well.
  'execution-barrier': {
    'worth-pursuing': true,
    'expectations-clear': true,
    'resources-adequate': 'caseload',
    'performance-visible': true,
    'fast-fix-solves': false,
    'doing-it-punishing': false,
    'not-doing-rewarding': false,
    'matters-to-anyone': true,
    'could-do-if-life-depended': true,
    'other-obstacles': 'Caseload and travel time leave too few hours for visits.',
  },
  'execution-motivation': {
    'worth-pursuing': true,
    'expectations-clear': true,
    'resources-adequate': true,
    'performance-visible': true,
    'doing-it-punishing': true,
    'not-doing-rewarding': true,
    'matters-to-anyone': false,
    'could-do-if-life-depended': true,
    'other-obstacles': false,
  },
  knowledge: {
    'worth-pursuing': true,
    'expectations-clear': true,
    'resources-adequate': true,
    'performance-visible': true,
    'doing-it-punishing': false,
    'not-doing-rewarding': false,
    'matters-to-anyone': true,
    'could-do-if-life-depended': false,
    'did-it-before': false,
    'can-simplify': 'A one-page job aid.',
    'other-obstacles': false,
  },
};

interface Scenario {
  expectation: 0 | 1;
  classification: Classification;
  pool: 'overloaded' | 'low-visits' | 'heckler' | 'late-wave' | 'any' | 'held-by-gap';
  openedAgo: number;
  /** [status, days after opening] after the initial 'open'. */
  steps: [Status, number][];
  expectedLevel: string;
  actualLevel: string;
  remedies: string[];
  /** Extra answers that differ from the classification's usual ones. */
  answers?: Answers;
}

const VISITS_EXPECTED = 'Every child on the caseload seen face to face each month (target 95%).';
const TOOL_EXPECTED = 'Visit notes in MobileCase within 48 hours.';

const SCENARIOS: Scenario[] = [
  {
    expectation: 0,
    classification: 'execution-barrier',
    pool: 'overloaded',
    openedAgo: 75,
    steps: [['in-progress', 6]],
    expectedLevel: VISITS_EXPECTED,
    actualLevel: '',
    remedies: ['Rebalance the caseload', 'Remove the obstacle: block out visit days in the calendar'],
  },
  {
    expectation: 0,
    classification: 'execution-barrier',
    pool: 'overloaded',
    openedAgo: 40,
    steps: [],
    expectedLevel: VISITS_EXPECTED,
    actualLevel: '',
    remedies: ['Rebalance the caseload'],
  },
  {
    expectation: 0,
    classification: 'knowledge',
    pool: 'low-visits',
    openedAgo: 95,
    steps: [['in-progress', 5]],
    expectedLevel: VISITS_EXPECTED,
    actualLevel: '',
    remedies: [
      'Training: Assessing Safety workshop',
      'Feedback after each observed visit',
      'Job aid: what each visit must cover',
    ],
    answers: {
      'did-it-before': true,
      'used-often': true,
      'can-simplify': 'A visit checklist tied to the case plan.',
    },
  },
  {
    expectation: 0,
    classification: 'unclear-expectations',
    pool: 'low-visits',
    openedAgo: 120,
    steps: [
      ['in-progress', 3],
      ['resolved', 45],
    ],
    expectedLevel: VISITS_EXPECTED,
    actualLevel: '',
    remedies: ['Clarify expectations: monthly visit standard explained at unit meeting'],
  },
  {
    expectation: 1,
    classification: 'execution-motivation',
    pool: 'heckler',
    openedAgo: 30,
    steps: [['in-progress', 4]],
    expectedLevel: TOOL_EXPECTED,
    actualLevel: 'Notes written on paper and typed into the desktop system 4-6 days later.',
    remedies: [
      'Coaching with in-field observation and modelling',
      'Remove rewards of not doing it: paper notes no longer accepted for typing by support staff',
      'Make it matter: share how fast notes now reach the case',
    ],
  },
  {
    expectation: 1,
    classification: 'execution-motivation',
    pool: 'heckler',
    openedAgo: 18,
    steps: [],
    expectedLevel: TOOL_EXPECTED,
    actualLevel: 'Uses MobileCase only when the coach is present.',
    remedies: [
      'Coaching with in-field observation and modelling',
      'Make it matter: show the supervisor dashboard of timely notes',
    ],
  },
  {
    expectation: 1,
    classification: 'knowledge',
    pool: 'late-wave',
    openedAgo: 55,
    steps: [
      ['in-progress', 2],
      ['resolved', 35],
    ],
    expectedLevel: TOOL_EXPECTED,
    actualLevel: 'Notes lost twice because the tablet was not synced.',
    remedies: [
      'Training: MobileCase offline and sync refresher',
      'Practice: three supervised syncs',
      'Job aid: one-page sync guide',
    ],
  },
  {
    expectation: 1,
    classification: 'knowledge',
    pool: 'late-wave',
    openedAgo: 25,
    steps: [['in-progress', 3]],
    expectedLevel: TOOL_EXPECTED,
    actualLevel: 'Cannot find the case plan screen; notes entered 3 days later at the desk.',
    remedies: ['Training: MobileCase basics, repeat session', 'Feedback on the next five notes'],
    answers: { 'did-it-before': true, 'used-often': true },
  },
  {
    expectation: 1,
    classification: 'execution-barrier',
    pool: 'any',
    openedAgo: 65,
    steps: [
      ['in-progress', 1],
      ['resolved', 12],
    ],
    expectedLevel: TOOL_EXPECTED,
    actualLevel: 'Tablet screen cracked; notes typed at the desk 2-3 days later.',
    remedies: ['Provide equipment: replacement tablet'],
    answers: { 'resources-adequate': 'equipment', 'fast-fix-solves': true },
  },
  {
    expectation: 1,
    classification: 'unclear-expectations',
    pool: 'any',
    openedAgo: 4,
    steps: [],
    expectedLevel: TOOL_EXPECTED,
    actualLevel: 'Thought the 48 hours counted working days only.',
    remedies: ['Clarify expectations'],
  },
  // The demo's proficient caseworker held back from mastery, whatever the date: a gap on the tool still open.
  {
    expectation: 1,
    classification: 'execution-barrier',
    pool: 'held-by-gap',
    openedAgo: 12,
    steps: [['in-progress', 2]],
    expectedLevel: TOOL_EXPECTED,
    actualLevel: 'No signal on rural visits: notes saved offline and synced two or three days later.',
    remedies: ['Provide equipment: a mobile hotspot for rural visits'],
    answers: { 'resources-adequate': 'equipment', 'fast-fix-solves': true },
  },
  // A gap diagnosed, then dropped: the worker's cases moved to another unit.
  {
    expectation: 0,
    classification: 'execution-barrier',
    pool: 'any',
    openedAgo: 70,
    steps: [
      ['in-progress', 3],
      ['dropped', 21],
    ],
    expectedLevel: VISITS_EXPECTED,
    actualLevel: '',
    remedies: ['Rebalance the caseload'],
  },
  // A gap judged not worth pursuing at the first question, and closed.
  {
    expectation: 0,
    classification: 'not-worth-pursuing',
    pool: 'any',
    openedAgo: 33,
    steps: [['dropped', 0]],
    expectedLevel: VISITS_EXPECTED,
    actualLevel: 'One visit missed in the month: the child was in hospital and seen there by the nurse.',
    remedies: [],
  },
];

export function buildDemoGaps(
  ctx: DemoContext,
  args: {
    people: readonly DemoPerson[];
    expectations: readonly string[];
    entries: readonly CoachingEntry[];
    measures: readonly MonthlyMeasure[];
  },
): Gap[] {
  const rng = ctx.stream('gaps');
  const active = args.people.filter((p) => p.active);
  const used = new Set<string>();
  const pools: Record<Scenario['pool'], DemoPerson[]> = {
    overloaded: active.filter((p) => p.spec.overloaded),
    'low-visits': rng.shuffle(active.filter((p) => p.lowVisits)),
    heckler: active
      .filter((p) => p.baselineStance === 'heckler')
      .sort((a, b) => (a.baselineScore ?? 0) - (b.baselineScore ?? 0)),
    'late-wave': rng.shuffle(active.filter((p) => (p.wave ?? 0) >= 3)),
    any: rng.shuffle(active),
    'held-by-gap': active.filter((p) => p.spec.masteryPath === 'held-by-gap'),
  };
  // People on a mastery path get only the gap their path calls for, so their level holds whatever the date.
  const choose = (pool: Scenario['pool']): DemoPerson | undefined =>
    pool === 'held-by-gap'
      ? pools[pool][0]
      : [...pools[pool], ...pools.any].find((p) => !used.has(p.record.id) && !p.spec.masteryPath);

  const gaps: Gap[] = [];
  for (const scenario of SCENARIOS) {
    const person = choose(scenario.pool);
    if (!person) continue;
    used.add(person.record.id);
    const opened = calendarDays.weekdayOnOrBefore(ctx.today - scenario.openedAgo);
    const history: { status: Status; on: string }[] = [{ status: 'open', on: calendarDays.toDate(opened) }];
    for (const [status, after] of scenario.steps) {
      history.push({ status, on: calendarDays.toDate(Math.min(ctx.today, opened + after)) });
    }
    const last = history[history.length - 1] ?? { status: 'open' as Status, on: calendarDays.toDate(opened) };

    const theirMeasures = args.measures.filter((m) => m.caseworkerId === person.record.id);
    const theirEntries = args.entries.filter((e) => e.caseworkerId === person.record.id);
    const evidence: GapInput['evidence'] = [];
    let actualLevel = scenario.actualLevel;
    if (scenario.expectation === 0) {
      const before = theirMeasures.filter((m) => m.month < calendarDays.monthOf(opened));
      const worst = [...(before.length > 0 ? before : theirMeasures)]
        .sort((a, b) => a.visitsMade / Math.max(1, a.visitsDue) - b.visitsMade / Math.max(1, b.visitsDue))
        .slice(0, 2);
      for (const m of worst) evidence.push({ kind: 'measure', id: m.id });
      const m = worst[0];
      if (m)
        actualLevel = `${percentText(m.visitsMade, Math.max(1, m.visitsDue))} of children seen in ${m.month} (${String(m.visitsMade)} of ${String(m.visitsDue)}).`;
    }
    const telling = theirEntries
      .filter((e) => e.renegade !== null || (e.focusSkill === 'Documenting in the new tool' && !e.toolUsed))
      .slice(-2);
    for (const e of telling.length > 0 ? telling : theirEntries.slice(-1))
      evidence.push({ kind: 'coaching', id: e.id });

    const answers = { ...WIZARD[scenario.classification], ...scenario.answers };
    const diagnosis = evaluateDiagnosis(answers);
    const path = diagnosis.path;
    const input: GapInput = {
      caseworkerId: person.record.id,
      expectation:
        args.expectations[scenario.expectation] ?? 'Documents visits in the new tool within 48 hours',
      expectedLevel: scenario.expectedLevel,
      actualLevel,
      answers: answersOnPath(answers),
      path: [...path],
      classification: diagnosis.classification ?? scenario.classification,
      remedies: scenario.remedies,
      status: last.status,
      statusHistory: history,
      evidence,
      openedOn: calendarDays.toDate(opened),
    };
    const gap = ctx.make('gaps', input, opened);
    // The record was last touched when its status last changed.
    gaps.push(
      history.length > 1 ? { ...gap, updatedAt: ctx.at(calendarDays.toDay(last.on), 17 * 60 + 30) } : gap,
    );
  }
  return gaps;
}
