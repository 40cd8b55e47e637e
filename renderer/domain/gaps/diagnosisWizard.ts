// The diagnosis wizard as a pure state machine: the details of the gap, then the Mager & Pipe questions one at a time
// (forward along the path the answers take, back, or straight to an answered question), then the result. The screen
// drives it with useReducer(wizardTransition); what it keeps as a draft is the state without the screen's extras.
import type { Gap } from '../model';
import {
  questionById,
  type AnswerValue,
  type DiagnosisQuestion,
  type QuestionId,
} from './diagnosisQuestions';
import { evaluateDiagnosis, optionFor, type DiagnosisResult } from './evaluateDiagnosis';
import { knownAnswers, type WizardAt, type WizardDraft } from './wizardDraft';

export type WizardStep = 'details' | 'questions' | 'result';

export interface WizardState extends WizardDraft {
  /** The person changed something since the wizard opened: only then is the state kept as a draft. */
  touched: boolean;
  /** Problems with the details that stop the questions from starting. */
  errors: { caseworker?: string; expectation?: string };
}

export type DetailsField = 'expectation' | 'expectedLevel' | 'actualLevel';

export type WizardEvent =
  | { type: 'choose-caseworker'; caseworkerId: string }
  | { type: 'choose-expectation'; expectation: string }
  | { type: 'write-new-expectation' }
  | { type: 'edit'; field: DetailsField; value: string }
  | { type: 'start' }
  | { type: 'answer'; value: AnswerValue }
  /** The description an answer asks for ("What is in the way?"); blank keeps the plain answer. */
  | { type: 'describe'; text: string }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'go-to'; question: QuestionId }
  | { type: 'resume'; draft: WizardDraft };

/** A new diagnosis (for a caseworker, or for nobody chosen yet) or a re-diagnosis of a stored gap. */
export function startWizard(args: {
  gap?: Pick<Gap, 'id' | 'caseworkerId' | 'expectation' | 'expectedLevel' | 'actualLevel' | 'answers'>;
  caseworkerId?: string;
  expectations: readonly string[];
}): WizardState {
  const { gap } = args;
  const answers = gap ? knownAnswers(gap.answers) : {};
  return {
    caseworkerId: gap?.caseworkerId ?? args.caseworkerId ?? '',
    gapId: gap?.id ?? null,
    expectation: gap?.expectation ?? args.expectations[0] ?? '',
    newExpectation: false,
    expectedLevel: gap?.expectedLevel ?? '',
    actualLevel: gap?.actualLevel ?? '',
    answers,
    at: null,
    touched: false,
    errors: {},
  };
}

/** The part of the state kept as a draft. */
export function toDraft(state: WizardState): WizardDraft {
  const { touched: _touched, errors: _errors, ...draft } = state;
  return draft;
}

export const stepOf = (at: WizardAt): WizardStep =>
  at === null ? 'details' : at === 'result' ? 'result' : 'questions';

/** The question on screen, or null on the details and result steps. */
export function currentQuestion(state: Pick<WizardState, 'at'>): DiagnosisQuestion | null {
  return state.at === null || state.at === 'result' ? null : (questionById.get(state.at) ?? null);
}

/** "Question 3": the place of the question on screen along the path the answers take. */
export function questionNumber(state: Pick<WizardState, 'at'>, diagnosis: DiagnosisResult): number {
  if (state.at === null || state.at === 'result') return 0;
  const i = diagnosis.path.indexOf(state.at);
  return i >= 0 ? i + 1 : diagnosis.path.length + 1;
}

export function wizardTransition(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'choose-caseworker':
      return state.gapId
        ? state
        : { ...state, caseworkerId: event.caseworkerId, errors: clear(state, 'caseworker') };
    case 'choose-expectation':
      return {
        ...state,
        expectation: event.expectation,
        newExpectation: false,
        touched: true,
        errors: clear(state, 'expectation'),
      };
    case 'write-new-expectation':
      return { ...state, expectation: '', newExpectation: true, touched: true };
    case 'edit':
      return {
        ...state,
        [event.field]: event.value,
        touched: true,
        errors: event.field === 'expectation' ? clear(state, 'expectation') : state.errors,
      };
    case 'start':
      return start(state);
    case 'answer': {
      if (!currentQuestion(state) || state.at === null || state.at === 'result') return state;
      return { ...state, answers: { ...state.answers, [state.at]: event.value }, touched: true };
    }
    case 'describe': {
      const question = currentQuestion(state);
      if (!question || state.at === null || state.at === 'result') return state;
      const option = optionFor(question, state.answers[state.at]);
      if (!option?.describe) return state;
      const value = event.text.trim() === '' ? option.value : event.text;
      return { ...state, answers: { ...state.answers, [state.at]: value }, touched: true };
    }
    case 'next':
      return next(state);
    case 'back':
      return back(state);
    case 'go-to': {
      const diagnosis = evaluateDiagnosis(state.answers);
      const reachable = diagnosis.path.includes(event.question) || diagnosis.next === event.question;
      if (!reachable) return state;
      // From the details, the details must be complete first, as for 'start'.
      const from = state.at === null ? start(state) : state;
      return from.at === null ? from : { ...from, at: event.question };
    }
    case 'resume': {
      const resumed: WizardState = { ...event.draft, touched: true, errors: {} };
      return { ...resumed, at: placeOf(resumed) };
    }
  }
}

function clear(state: WizardState, field: keyof WizardState['errors']): WizardState['errors'] {
  if (!state.errors[field]) return state.errors;
  const { [field]: _gone, ...rest } = state.errors;
  return rest;
}

function start(state: WizardState): WizardState {
  const errors: WizardState['errors'] = {};
  if (!state.caseworkerId) errors.caseworker = 'Caseworker is required: choose who the gap is about.';
  const expectation = state.expectation.trim();
  if (!expectation) errors.expectation = 'Expectation is required: choose one or write a new one.';
  if (errors.caseworker || errors.expectation) return { ...state, errors };
  const diagnosis = evaluateDiagnosis(state.answers);
  return {
    ...state,
    expectation,
    errors,
    touched: true,
    at: diagnosis.complete ? (diagnosis.path[0] ?? null) : diagnosis.next,
  };
}

function next(state: WizardState): WizardState {
  const question = currentQuestion(state);
  if (!question || state.at === null || state.at === 'result') return state;
  if (!optionFor(question, state.answers[state.at])) return state;
  const diagnosis = evaluateDiagnosis(state.answers);
  const i = diagnosis.path.indexOf(state.at);
  const following = i >= 0 && i < diagnosis.path.length - 1 ? diagnosis.path[i + 1] : undefined;
  return { ...state, at: following ?? diagnosis.next ?? 'result' };
}

function back(state: WizardState): WizardState {
  if (state.at === null) return state;
  const { path } = evaluateDiagnosis(state.answers);
  if (state.at === 'result') return { ...state, at: path.at(-1) ?? null };
  const i = path.indexOf(state.at);
  if (i > 0) return { ...state, at: path[i - 1] ?? null };
  if (i === 0) return { ...state, at: null };
  return { ...state, at: path.at(-1) ?? null };
}

/** Where a resumed draft opens: where it was left, unless that place is no longer on the path of its answers. */
function placeOf(state: WizardState): WizardAt {
  if (state.at === null) return null;
  const diagnosis = evaluateDiagnosis(state.answers);
  if (state.at === 'result') return diagnosis.complete ? 'result' : diagnosis.next;
  if (diagnosis.path.includes(state.at) || diagnosis.next === state.at) return state.at;
  return diagnosis.next ?? 'result';
}
