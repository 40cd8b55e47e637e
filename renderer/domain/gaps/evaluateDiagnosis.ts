// Walks the Mager & Pipe questions with the answers given so far: the path taken, the next question to ask, and, once
// the path ends, the classification and the recommended remedies. Answers off the path are ignored, never guessed at.
import {
  diagnosisFindings,
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

export interface DiagnosisResult {
  /** Answered questions along the path, in order. */
  steps: DiagnosisStep[];
  path: QuestionId[];
  /** The next question to answer; null when the path has ended. */
  next: QuestionId | null;
  complete: boolean;
  /** Null until the path ends. */
  classification: GapClassification | null;
  /** Recommended remedies in the order the path revealed them (ids), then their labels. */
  remedyIds: RemedyId[];
  remedies: string[];
  /** Why, in plain sentences, one per finding. */
  reasons: string[];
}

// When several findings point different ways, the classification follows the first in this order: a closed gap,
// then unclear expectations (the fast fix), then knowledge (they cannot do it), then consequences, then barriers.
const PRECEDENCE: readonly GapClassification[] = [
  'not-worth-pursuing',
  'unclear-expectations',
  'knowledge',
  'execution-motivation',
  'execution-barrier',
];

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
  if (!complete) {
    return {
      steps,
      path,
      next: current,
      complete,
      classification: null,
      remedyIds: [],
      remedies: [],
      reasons: findings.map((f) => diagnosisFindings[f].reason),
    };
  }

  const found = new Set<GapClassification>();
  const remedyIds: RemedyId[] = [];
  const add = (id: RemedyId) => {
    if (!remedyIds.includes(id)) remedyIds.push(id);
  };
  for (const f of findings) {
    const finding = diagnosisFindings[f];
    if (finding.classification) found.add(finding.classification);
    for (const r of finding.remedies) add(r);
  }
  const reasons = findings.map((f) => diagnosisFindings[f].reason as string);
  let classification = PRECEDENCE.find((c) => found.has(c)) ?? null;
  if (classification === null) {
    // They know how, nothing stands in the way and the consequences look right: by elimination the gap is one of
    // execution, and the source's advice for it is to start with coaching.
    classification = 'execution-motivation';
    reasons.push('They know how and nothing obvious stands in the way, so start with coaching.');
  }
  if (classification === 'execution-motivation') add('coaching');
  return {
    steps,
    path,
    next: null,
    complete,
    classification,
    remedyIds,
    remedies: remedyIds.map((id) => remedyCatalogue[id].label),
    reasons,
  };
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
