// The Mager & Pipe performance analysis ("you really oughta wanna") as data: the ordered questions of PRODUCT.md 4.6,
// the answers each offers, where each answer leads, and what it reveals. evaluateDiagnosis walks this table.
import type { GapClassification } from './gapLabels';

/** The question ids, in the order the wizard asks them. Stored gaps record answers under these ids. */
export const diagnosisQuestionIds = [
  'worth-pursuing',
  'expectations-clear',
  'resources-adequate',
  'performance-visible',
  'fast-fix-solves',
  'doing-it-punishing',
  'not-doing-rewarding',
  'matters-to-anyone',
  'could-do-if-life-depended',
  'did-it-before',
  'used-often',
  'can-simplify',
  'other-obstacles',
] as const;
export type QuestionId = (typeof diagnosisQuestionIds)[number];

/** A recorded answer: yes/no, a choice, or (for answers that ask for a description) the description itself. */
export type AnswerValue = boolean | string;
export type DiagnosisAnswers = Partial<Record<string, AnswerValue>>;

export const diagnosisStages = {
  worth: 'Is it worth pursuing?',
  'fast-fixes': 'Fast fixes',
  consequences: 'Consequences',
  knowledge: 'Knowledge',
  obstacles: 'Other obstacles',
} as const;
export type DiagnosisStage = keyof typeof diagnosisStages;

export const remedyCatalogue = {
  close: {
    label: 'Close the gap: not worth pursuing',
    detail: 'The cost of fixing it is higher than the cost of living with it.',
  },
  clarify: {
    label: 'Clarify expectations',
    detail: 'Say what is expected, how it is measured and by when; check that the worker can repeat it back.',
  },
  'remove-obstacle': {
    label: 'Remove the obstacle',
    detail: 'Name what stands in the way (time, paperwork, access) and take it away.',
  },
  rebalance: {
    label: 'Rebalance the caseload',
    detail: 'Bring the caseload back within the standard range so there is time for every visit.',
  },
  equipment: {
    label: 'Provide equipment',
    detail: 'A working phone, tablet, car or connection for work in the field.',
  },
  'feedback-visible': {
    label: 'Feedback: let them see how they perform',
    detail: 'Share the monthly visit rate and quality scores so the worker can see the gap themselves.',
  },
  'remove-punishment': {
    label: 'Remove the punishment of doing it',
    detail: 'Doing it right should not bring more work, blame or lost time.',
  },
  'remove-reward': {
    label: 'Remove the rewards of not doing it',
    detail: 'Skipping it should not save time or earn approval.',
  },
  'make-it-matter': {
    label: 'Make it matter',
    detail: 'Notice and acknowledge it when it is done; show where it makes a difference for the child.',
  },
  coaching: {
    label: 'Coaching with in-field observation and modelling',
    detail:
      'Observe visits, model a good one, then work the assessment or case plan together so the worker sees what a quality visit makes possible.',
  },
  training: {
    label: 'Training and educational supervision',
    detail:
      'Connect the task to the unit mission and child safety; register for the matching workshop (for visits: CAPMIS Assessing Safety 114-11-CPM-S, Safety Planning 114-9-CPM-S, Strengths and Needs Risk Assessment 114-13-CPM-S).',
  },
  practice: {
    label: 'Practice: regular supervised practice',
    detail: 'The skill was there but fades when it is rarely used: schedule practice with feedback.',
  },
  feedback: {
    label: 'Feedback on each attempt',
    detail: 'The skill is used often, so quick feedback after each attempt closes the gap fastest.',
  },
  'job-aid': {
    label: 'Job aid: make the task simpler',
    detail: 'A checklist, template or one-page guide that carries part of the load.',
  },
} as const;
export type RemedyId = keyof typeof remedyCatalogue;
export const remedyIds = Object.keys(remedyCatalogue) as RemedyId[];

/** What an answer reveals: a class of gap (or none on its own) and the remedies it calls for. */
export const diagnosisFindings = {
  'not-worth': {
    classification: 'not-worth-pursuing',
    remedies: ['close'],
    reason: 'It is not worth pursuing, so the gap is closed.',
  },
  unclear: {
    classification: 'unclear-expectations',
    remedies: ['clarify'],
    reason: 'The worker does not know clearly what is expected.',
  },
  'lacks-time': {
    classification: 'execution-barrier',
    remedies: ['rebalance', 'remove-obstacle'],
    reason: 'Caseload or time are not enough to do it.',
  },
  'lacks-equipment': {
    classification: 'execution-barrier',
    remedies: ['equipment'],
    reason: 'The equipment needed is missing or broken.',
  },
  'lacks-other': {
    classification: 'execution-barrier',
    remedies: ['remove-obstacle'],
    reason: 'Something the job needs is missing.',
  },
  invisible: {
    // Not seeing one's own results is a gap in the work's surroundings, not in the person: a barrier.
    classification: 'execution-barrier',
    remedies: ['feedback-visible'],
    reason: 'The worker cannot see how well they perform.',
  },
  punished: {
    classification: 'execution-motivation',
    remedies: ['remove-punishment'],
    reason: 'Doing it is punishing.',
  },
  rewarded: {
    classification: 'execution-motivation',
    remedies: ['remove-reward'],
    reason: 'Not doing it is rewarding.',
  },
  'does-not-matter': {
    classification: 'execution-motivation',
    remedies: ['make-it-matter'],
    reason: 'Doing it does not matter to anyone.',
  },
  'never-done': {
    classification: 'knowledge',
    remedies: ['training'],
    reason: 'They could not do it and have never done it: a gap in knowledge.',
  },
  'used-rarely': {
    classification: 'knowledge',
    remedies: ['practice'],
    reason: 'They did it before but the skill is rarely used, so it has faded.',
  },
  'used-often': {
    classification: 'knowledge',
    remedies: ['feedback'],
    reason: 'They did it before and use it often, yet cannot do it now: they need feedback.',
  },
  simplify: {
    classification: null,
    remedies: ['job-aid'],
    reason: 'The task can be made simpler.',
  },
  obstacle: {
    classification: 'execution-barrier',
    remedies: ['remove-obstacle'],
    reason: 'Another obstacle stands in the way.',
  },
} as const satisfies Record<
  string,
  { classification: GapClassification | null; remedies: readonly RemedyId[]; reason: string }
>;
export type FindingId = keyof typeof diagnosisFindings;

/** What the fast-fix questions can find: each is recorded, and the person is asked whether fixing it is enough. */
export const fastFixFindings = [
  'unclear',
  'lacks-time',
  'lacks-equipment',
  'lacks-other',
  'invisible',
] as const satisfies readonly FindingId[];

export interface DiagnosisOption {
  value: AnswerValue;
  label: string;
  /** The next question, or null when the diagnosis is complete. */
  next: QuestionId | null;
  finding?: FindingId;
  /** The user may describe it (e.g. what the obstacle is); the description is stored as the answer. */
  describe?: string;
}

export interface DiagnosisQuestion {
  id: QuestionId;
  stage: DiagnosisStage;
  /** Asked only when one of these was found on the path so far; otherwise the path goes on to `otherwise`. */
  askedIf?: { found: readonly FindingId[]; otherwise: QuestionId };
  text: string;
  /** Why the question is asked, in plain words. */
  explanation: string;
  /** Which evidence the app already has helps answer it. */
  evidence: readonly ('visits' | 'caseload' | 'rubric')[];
  options: readonly DiagnosisOption[];
}

const yes = (next: QuestionId | null, finding?: FindingId, describe?: string): DiagnosisOption => ({
  value: true,
  label: 'Yes',
  next,
  ...(finding ? { finding } : {}),
  ...(describe ? { describe } : {}),
});
const no = (next: QuestionId | null, finding?: FindingId): DiagnosisOption => ({
  value: false,
  label: 'No',
  next,
  ...(finding ? { finding } : {}),
});

export const diagnosisQuestions: readonly DiagnosisQuestion[] = [
  {
    id: 'worth-pursuing',
    stage: 'worth',
    text: 'Is this gap worth pursuing?',
    explanation:
      'Ask what it costs the children, the families and the unit if nothing changes. If the answer is "very little", close it and spend your time elsewhere.',
    evidence: ['visits'],
    options: [yes('expectations-clear'), no(null, 'not-worth')],
  },
  {
    id: 'expectations-clear',
    stage: 'fast-fixes',
    text: 'Does the worker know clearly what is expected?',
    explanation:
      'Could they tell you the standard in their own words, how it is measured and by when? Many gaps close as soon as the expectation is said out loud.',
    evidence: [],
    options: [yes('resources-adequate'), no('resources-adequate', 'unclear')],
  },
  {
    id: 'resources-adequate',
    stage: 'fast-fixes',
    text: 'Are the resources adequate: time, equipment and caseload?',
    explanation:
      'A worker with too many cases or a broken tablet cannot make every visit however willing they are. A caseload above the standard range is a barrier, not a lack of effort.',
    evidence: ['caseload', 'visits'],
    options: [
      yes('performance-visible'),
      {
        value: 'caseload',
        label: 'No: caseload or time',
        next: 'performance-visible',
        finding: 'lacks-time',
      },
      {
        value: 'equipment',
        label: 'No: equipment',
        next: 'performance-visible',
        finding: 'lacks-equipment',
      },
      { value: false, label: 'No: something else', next: 'performance-visible', finding: 'lacks-other' },
    ],
  },
  {
    id: 'performance-visible',
    stage: 'fast-fixes',
    text: 'Can the worker see how well they are doing?',
    explanation:
      'People cannot fix what they cannot see. Do they get their visit rate and quality scores, or only hear about it when something goes wrong?',
    evidence: ['visits', 'rubric'],
    options: [yes('fast-fix-solves'), no('fast-fix-solves', 'invisible')],
  },
  {
    id: 'fast-fix-solves',
    stage: 'fast-fixes',
    askedIf: { found: fastFixFindings, otherwise: 'doing-it-punishing' },
    text: 'Would the fast fixes found solve the problem?',
    explanation:
      'Saying what is expected, providing what is missing and showing people their results are quick. If doing that would close the gap, stop here and do it; if not, look further at consequences and knowledge.',
    evidence: ['visits'],
    options: [
      { value: true, label: 'Yes, that would solve it', next: null },
      { value: false, label: 'No, there is more to it', next: 'doing-it-punishing' },
    ],
  },
  {
    id: 'doing-it-punishing',
    stage: 'consequences',
    text: 'Is doing it punishing for the worker?',
    explanation:
      'Does doing it right bring more paperwork, late evenings, hostile families or blame, with nothing to balance it?',
    evidence: [],
    options: [yes('not-doing-rewarding', 'punished'), no('not-doing-rewarding')],
  },
  {
    id: 'not-doing-rewarding',
    stage: 'consequences',
    text: 'Is not doing it rewarding?',
    explanation:
      'Does skipping it save time, avoid a hard conversation or earn approval for other work that looks more urgent?',
    evidence: [],
    options: [yes('matters-to-anyone', 'rewarded'), no('matters-to-anyone')],
  },
  {
    id: 'matters-to-anyone',
    stage: 'consequences',
    text: 'Does doing it matter to anyone?',
    explanation:
      'If it is done well, does anyone notice, comment or use it? Work nobody looks at slides down the list.',
    evidence: [],
    options: [yes('could-do-if-life-depended'), no('could-do-if-life-depended', 'does-not-matter')],
  },
  {
    id: 'could-do-if-life-depended',
    stage: 'knowledge',
    text: 'Could they do it if their life depended on it?',
    explanation:
      'If the answer is yes, they know how: the gap is in execution. If no, it is a gap in knowledge. Recent rubric scores from observed visits help answer this.',
    evidence: ['rubric'],
    options: [
      { value: true, label: 'Yes, they know how', next: 'other-obstacles' },
      { value: false, label: 'No, they could not', next: 'did-it-before' },
    ],
  },
  {
    id: 'did-it-before',
    stage: 'knowledge',
    text: 'Did they ever do it well before?',
    explanation: 'A skill that was once there needs practice or feedback; one that never was needs training.',
    evidence: ['rubric'],
    options: [yes('used-often'), no('can-simplify', 'never-done')],
  },
  {
    id: 'used-often',
    stage: 'knowledge',
    text: 'Is the skill used often?',
    explanation: 'Skills used rarely fade and need practice; skills used often need feedback to sharpen.',
    evidence: [],
    options: [yes('can-simplify', 'used-often'), no('can-simplify', 'used-rarely')],
  },
  {
    id: 'can-simplify',
    stage: 'knowledge',
    text: 'Can the task be made simpler?',
    explanation: 'A checklist, template or job aid can carry part of the load while the skill grows.',
    evidence: [],
    options: [yes('other-obstacles', 'simplify', 'How could it be simpler?'), no('other-obstacles')],
  },
  {
    id: 'other-obstacles',
    stage: 'obstacles',
    text: 'Is anything else in the way?',
    explanation:
      'Travel time, court days, an interpreter who is never free, a tool that will not sync in the field: name it so it can be removed.',
    evidence: ['caseload'],
    options: [yes(null, 'obstacle', 'What is in the way?'), no(null)],
  },
];

export const questionById: ReadonlyMap<QuestionId, DiagnosisQuestion> = new Map(
  diagnosisQuestions.map((q) => [q.id, q]),
);

export const firstQuestionId: QuestionId = 'worth-pursuing';
