// Walks the Mager & Pipe questions with the answers given so far: the path taken, the next question to ask, and, once
// the path ends, the causes found (the main one is the classification) and the recommended remedies. Answers off the
// path are ignored, never guessed at, and no cause is worded as if a question had been answered that was not.
import {
  diagnosisFindings,
  fastFixFindings,
  firstQuestionId,
  questionById,
  remedyCatalogue,
  type AnswerValue,
  type DiagnosisAnswers,
  type DiagnosisOption,
  type DiagnosisQuestion,
  type FindingId,
  type QuestionId,
  type RemedyId,
} from './diagnosisQuestions';
import type { GapClassification } from './gapLabels';

export interface DiagnosisStep {
  question: DiagnosisQuestion;
  answer: AnswerValue;
  option: DiagnosisOption;
  /** The user's description when the option asks for one (e.g. what the obstacle is). */
  note: string;
}

/** One cause the analysis found: its class, a sentence that states only what was asked, and why. */
export interface DiagnosisCause {
  classification: GapClassification;
  statement: string;
  reasons: string[];
}

export interface DiagnosisResult {
  /** Answered questions along the path, in order. */
  steps: DiagnosisStep[];
  path: QuestionId[];
  /** The next question to answer; null when the path has ended. */
  next: QuestionId | null;
  complete: boolean;
  /** The main cause; null until the path ends. */
  classification: GapClassification | null;
  /** Every cause found, the main one first; empty until the path ends. */
  causes: DiagnosisCause[];
  /** What the fast-fix questions found so far (shown when asking whether fixing them is enough). */
  fastFixes: { reason: string; remedies: string[] }[];
  /** Recommended remedies in the order the path revealed them (ids), then their labels. */
  remedyIds: RemedyId[];
  remedies: string[];
  /** Why, in plain sentences, one per finding. */
  reasons: string[];
}

// When fixing the fast fixes would be enough, they are the causes; when it would not, the causes found after them
// come first. Within each group the order is: a closed gap, unclear expectations, knowledge (they cannot do it),
// consequences, then barriers.
const PRECEDENCE: readonly GapClassification[] = [
  'not-worth-pursuing',
  'unclear-expectations',
  'knowledge',
  'execution-motivation',
  'execution-barrier',
];
const ELIMINATION = 'They know how and nothing obvious stands in the way, so start with coaching.';

/** The option an answer stands for; a description counts as the option that asks for one. */
export function optionFor(
  question: DiagnosisQuestion,
  answer: AnswerValue | undefined,
): DiagnosisOption | null {
  if (answer === undefined) return null;
  const exact = question.options.find((o) => o.value === answer);
  if (exact) return exact;
  if (typeof answer === 'string' && answer.trim() !== '') {
    return question.options.find((o) => o.describe !== undefined) ?? null;
  }
  return null;
}

export function evaluateDiagnosis(answers: DiagnosisAnswers): DiagnosisResult {
  const steps: DiagnosisStep[] = [];
  const findings: FindingId[] = [];
  let current: QuestionId | null = firstQuestionId;
  const visited = new Set<QuestionId>();
  while (current !== null && !visited.has(current)) {
    visited.add(current);
    const question = questionById.get(current);
    if (!question) break;
    if (question.askedIf && !question.askedIf.found.some((f) => findings.includes(f))) {
      current = question.askedIf.otherwise;
      continue;
    }
    const answer = answers[current];
    const option = optionFor(question, answer);
    if (!option || answer === undefined) break;
    steps.push({
      question,
      answer,
      option,
      note: typeof answer === 'string' && option.value !== answer ? answer.trim() : '',
    });
    if (option.finding) findings.push(option.finding);
    current = option.next;
  }
  const complete = current === null;
  const path = steps.map((s) => s.question.id);
  const reasons = findings.map((f): string => diagnosisFindings[f].reason);
  const fast = findings.filter(isFastFix);
  const fastFixes = fast.map((f) => ({
    reason: diagnosisFindings[f].reason,
    remedies: diagnosisFindings[f].remedies.map((r) => remedyCatalogue[r].label),
  }));
  if (!complete) {
    return {
      steps,
      path,
      next: current,
      complete,
      classification: null,
      causes: [],
      fastFixes,
      remedyIds: [],
      remedies: [],
      reasons,
    };
  }

  const remedyIds: RemedyId[] = [];
  const add = (id: RemedyId) => {
    if (!remedyIds.includes(id)) remedyIds.push(id);
  };
  for (const f of findings) for (const r of diagnosisFindings[f].remedies) add(r);

  const knowsHow = answerTo(steps, 'could-do-if-life-depended');
  const later = findings.filter((f) => !isFastFix(f));
  const groups: FindingId[][] = answerTo(steps, 'fast-fix-solves') === true ? [fast] : [later, fast];
  const causes: DiagnosisCause[] = [];
  for (const group of groups) {
    for (const classification of PRECEDENCE) {
      const why = group.filter((f) => diagnosisFindings[f].classification === classification);
      if (why.length === 0 || causes.some((c) => c.classification === classification)) continue;
      causes.push({
        classification,
        statement: statementFor(classification, why, knowsHow, causes.length > 0),
        reasons: why.map((f) => diagnosisFindings[f].reason),
      });
    }
    // Past the fast fixes nothing was found, though they know how: by elimination the consequences are the gap,
    // and the source's advice for it is to start with coaching.
    if (group === later && groups.length > 1 && later.length === 0 && knowsHow === true) {
      causes.push({
        classification: 'execution-motivation',
        statement: statementFor('execution-motivation', [], knowsHow, false),
        reasons: [ELIMINATION],
      });
      reasons.push(ELIMINATION);
    }
  }
  const classification = causes[0]?.classification ?? null;
  if (classification === 'execution-motivation') add('coaching');
  return {
    steps,
    path,
    next: null,
    complete,
    classification,
    causes,
    fastFixes,
    remedyIds,
    remedies: remedyIds.map((id) => remedyCatalogue[id].label),
    reasons,
  };
}

const fastFixIds: ReadonlySet<FindingId> = new Set(fastFixFindings);
const isFastFix = (f: FindingId): boolean => fastFixIds.has(f);

function answerTo(steps: readonly DiagnosisStep[], id: QuestionId): AnswerValue | undefined {
  return steps.find((s) => s.question.id === id)?.option.value;
}

/**
 * A cause in words that claim only what was asked: "They know how, but..." only after they were said to know how.
 * `also` marks a cause that follows the main one.
 */
function statementFor(
  classification: GapClassification,
  why: readonly FindingId[],
  knowsHow: AnswerValue | undefined,
  also: boolean,
): string {
  switch (classification) {
    case 'not-worth-pursuing':
      return 'Closed: not worth the effort to fix.';
    case 'unclear-expectations':
      return also
        ? 'Expectations are not clear either: say them plainly.'
        : 'They do not know clearly what is expected: say it plainly.';
    case 'knowledge':
      return 'They do not know how: educational supervision, training, practice, feedback.';
    case 'execution-motivation':
      if (knowsHow === true)
        return 'They know how, but the consequences work against it: coaching and fixing consequences.';
      return also
        ? 'The consequences work against it too: fix them.'
        : 'The consequences work against it: fix them.';
    case 'execution-barrier':
      if (why.length > 0 && why.every((f) => f === 'invisible'))
        return also
          ? 'They cannot see how well they perform either: show them.'
          : 'They cannot see how well they perform: show them.';
      if (knowsHow === true) return 'They know how, but something concrete stands in the way: remove it.';
      return also
        ? 'Something concrete also stands in the way: remove it.'
        : 'Something concrete stands in the way: remove it.';
  }
}

/** Only the answers on the path, so a stored gap never keeps answers from a branch the user backed out of. */
export function answersOnPath(answers: DiagnosisAnswers): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const step of evaluateDiagnosis(answers).steps) out[step.question.id] = step.answer;
  return out;
}

/** An answer in words, for the path so far ("No: caseload or time", "Yes: broken tablet"). */
export function describeAnswer(step: Pick<DiagnosisStep, 'option' | 'note'>): string {
  return step.note ? `${step.option.label}: ${step.note}` : step.option.label;
}
