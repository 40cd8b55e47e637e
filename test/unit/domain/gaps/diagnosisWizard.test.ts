// The diagnosis wizard as a state machine: details checked before the questions, forward along the path the answers
// take, back, jumps to an answered question, descriptions, and drafts resumed where they were left.
import { describe, expect, it } from 'vitest';
import {
  currentQuestion,
  questionNumber,
  startWizard,
  stepOf,
  toDraft,
  wizardTransition,
  type WizardEvent,
  type WizardState,
} from '../../../../renderer/domain/gaps/diagnosisWizard';
import { evaluateDiagnosis } from '../../../../renderer/domain/gaps/evaluateDiagnosis';
import { parseWizardDraft, type WizardAnswers } from '../../../../renderer/domain/gaps/wizardDraft';

const CW = '00000000-0000-4000-8000-000000000001';
const expectations = ['Sees every child each month', 'Documents visits within 48 hours'];

const run = (state: WizardState, ...events: WizardEvent[]): WizardState =>
  events.reduce(wizardTransition, state);
const fresh = () => startWizard({ caseworkerId: CW, expectations });
const started = () => run(fresh(), { type: 'start' });
const yes: WizardEvent[] = [{ type: 'answer', value: true }, { type: 'next' }];

/** Answers each question on screen from `answers` and moves on, until one is not in `answers` or the result. */
function walk(state: WizardState, answers: WizardAnswers): WizardState {
  let s = state;
  for (let i = 0; i < 20 && s.at !== null && s.at !== 'result'; i++) {
    const value = answers[s.at];
    if (value === undefined) break;
    s = run(s, { type: 'answer', value }, { type: 'next' });
  }
  return s;
}

describe('the details step', () => {
  it('starts on the details with the first expectation and nothing changed', () => {
    const s = startWizard({ expectations });
    expect(s).toMatchObject({ at: null, caseworkerId: '', expectation: expectations[0], touched: false });
    expect(stepOf(s.at)).toBe('details');
  });

  it('will not start the questions without a caseworker and an expectation, and says why', () => {
    const s = run(startWizard({ expectations: [] }), { type: 'start' });
    expect(s.at).toBeNull();
    expect(s.errors).toEqual({
      caseworker: 'Caseworker is required: choose who the gap is about.',
      expectation: 'Expectation is required: choose one or write a new one.',
    });
    const fixed = run(
      s,
      { type: 'choose-caseworker', caseworkerId: CW },
      { type: 'write-new-expectation' },
      { type: 'edit', field: 'expectation', value: '  Completes safety plans in 7 days ' },
    );
    expect(fixed.errors).toEqual({});
    const go = run(fixed, { type: 'start' });
    expect(go).toMatchObject({ at: 'worth-pursuing', expectation: 'Completes safety plans in 7 days' });
    expect(go.newExpectation).toBe(true);
  });

  it('choosing a caseworker alone keeps nothing as a draft; typing does', () => {
    const s = run(startWizard({ expectations }), { type: 'choose-caseworker', caseworkerId: CW });
    expect(s.touched).toBe(false);
    expect(run(s, { type: 'edit', field: 'actualLevel', value: '70%' }).touched).toBe(true);
  });

  it('the caseworker of a stored gap cannot be changed', () => {
    const gap = {
      id: 'g1',
      caseworkerId: CW,
      expectation: 'Visits',
      expectedLevel: '',
      actualLevel: '',
      answers: {},
    };
    const s = run(startWizard({ gap, expectations }), { type: 'choose-caseworker', caseworkerId: 'other' });
    expect(s.caseworkerId).toBe(CW);
  });
});

describe('the questions', () => {
  it('ask one question at a time, forward along the path the answers take', () => {
    let s = started();
    expect(currentQuestion(s)?.id).toBe('worth-pursuing');
    expect(questionNumber(s, evaluateDiagnosis(s.answers))).toBe(1);
    s = run(s, ...yes);
    expect(s.at).toBe('expectations-clear');
    expect(questionNumber(s, evaluateDiagnosis(s.answers))).toBe(2);
    expect(stepOf(s.at)).toBe('questions');
  });

  it('do not move on before the question is answered', () => {
    expect(run(started(), { type: 'next' }).at).toBe('worth-pursuing');
  });

  it('reach the result when the path ends', () => {
    const s = run(started(), { type: 'answer', value: false }, { type: 'next' });
    expect(s.at).toBe('result');
    expect(stepOf(s.at)).toBe('result');
    expect(evaluateDiagnosis(s.answers).classification).toBe('not-worth-pursuing');
  });

  it('go back along the path with the answers kept, and from the first question to the details', () => {
    const s = run(started(), ...yes, ...yes);
    const back = run(s, { type: 'back' });
    expect(back.at).toBe('expectations-clear');
    expect(back.answers['expectations-clear']).toBe(true);
    expect(run(back, { type: 'back' }).at).toBe('worth-pursuing');
    expect(run(back, { type: 'back' }, { type: 'back' }).at).toBeNull();
  });

  it('go back from the result to the last question answered', () => {
    const s = run(started(), { type: 'answer', value: false }, { type: 'next' }, { type: 'back' });
    expect(s.at).toBe('worth-pursuing');
  });

  it('jump to an answered question or the next one, never to one off the path', () => {
    const s = run(started(), ...yes, ...yes);
    expect(run(s, { type: 'go-to', question: 'worth-pursuing' }).at).toBe('worth-pursuing');
    expect(run(s, { type: 'go-to', question: 'did-it-before' }).at).toBe(s.at);
  });

  it('a jump from the details checks the details first', () => {
    const gap = {
      id: 'g1',
      caseworkerId: CW,
      expectation: '',
      expectedLevel: '',
      actualLevel: '',
      answers: { 'worth-pursuing': true },
    };
    const s = run(startWizard({ gap, expectations: [] }), { type: 'go-to', question: 'worth-pursuing' });
    expect(s.at).toBeNull();
    expect(s.errors.expectation).toMatch(/required/);
  });

  it('a changed answer changes the path; answers off the new path are kept but ignored', () => {
    const s = run(started(), ...yes, ...yes, { type: 'back' }, { type: 'back' });
    const changed = run(s, { type: 'answer', value: false }, { type: 'next' });
    expect(changed.at).toBe('result');
    expect(changed.answers['expectations-clear']).toBe(true);
    expect(evaluateDiagnosis(changed.answers).path).toEqual(['worth-pursuing']);
  });

  it('keeps a description with the answer that asks for one; a blank one keeps the plain answer', () => {
    let s = walk(started(), {
      'worth-pursuing': true,
      'expectations-clear': true,
      'resources-adequate': true,
      'performance-visible': true,
      'doing-it-punishing': false,
      'not-doing-rewarding': false,
      'matters-to-anyone': true,
      'could-do-if-life-depended': true,
    });
    expect(s.at).toBe('other-obstacles');
    s = run(s, { type: 'answer', value: true }, { type: 'describe', text: 'Court three days a week' });
    expect(s.answers['other-obstacles']).toBe('Court three days a week');
    expect(run(s, { type: 'describe', text: '  ' }).answers['other-obstacles']).toBe(true);
    const noDescription = run(s, { type: 'answer', value: false }, { type: 'describe', text: 'ignored' });
    expect(noDescription.answers['other-obstacles']).toBe(false);
  });

  it('answers only the question on screen', () => {
    expect(run(fresh(), { type: 'answer', value: true }).answers).toEqual({});
  });
});

describe('drafts', () => {
  it('keep the state without the screen extras, and read back with the same answers', () => {
    const s = run(started(), ...yes, { type: 'answer', value: true });
    const draft = toDraft(s);
    expect(draft).not.toHaveProperty('touched');
    expect(draft).not.toHaveProperty('errors');
    expect(parseWizardDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('resume where they were left', () => {
    const draft = toDraft(run(started(), ...yes));
    const s = run(startWizard({ expectations }), { type: 'resume', draft });
    expect(s).toMatchObject({ at: 'expectations-clear', touched: true, caseworkerId: CW });
  });

  it('resume at the next question when the place they were left is no longer on the path', () => {
    const draft = { ...toDraft(run(started(), ...yes)), at: 'did-it-before' as const };
    expect(run(fresh(), { type: 'resume', draft }).at).toBe('expectations-clear');
    const unfinished = { ...toDraft(run(started(), ...yes)), at: 'result' as const };
    expect(run(fresh(), { type: 'resume', draft: unfinished }).at).toBe('expectations-clear');
  });

  it('are typed: an unknown place starts at the details, unknown answers are dropped', () => {
    const parsed = parseWizardDraft({
      caseworkerId: CW,
      at: 'a-question-from-the-future',
      answers: { 'worth-pursuing': true, 'no-such-question': false },
      savedOn: '2026-03-01',
    });
    expect(parsed).toMatchObject({ at: null, answers: { 'worth-pursuing': true } });
    expect(parsed?.answers).not.toHaveProperty('no-such-question');
    expect(parseWizardDraft({ answers: {} })).toBeNull();
  });
});
