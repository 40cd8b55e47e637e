import { describe, expect, it } from 'vitest';
import {
  diagnosisQuestionIds,
  diagnosisQuestions,
  remedyCatalogue,
  type DiagnosisAnswers,
} from '../../../../renderer/domain/gaps/diagnosisQuestions';
import {
  answersOnPath,
  describeAnswer,
  evaluateDiagnosis,
} from '../../../../renderer/domain/gaps/evaluateDiagnosis';

const label = remedyCatalogue;
const fastFixesPass: DiagnosisAnswers = {
  'worth-pursuing': true,
  'expectations-clear': true,
  'resources-adequate': true,
  'performance-visible': true,
};
const consequencesFine: DiagnosisAnswers = {
  ...fastFixesPass,
  'doing-it-punishing': false,
  'not-doing-rewarding': false,
  'matters-to-anyone': true,
};
const cannotDoIt: DiagnosisAnswers = { ...consequencesFine, 'could-do-if-life-depended': false };

describe('evaluateDiagnosis: the questions as data', () => {
  it('asks every question in the documented order and every answer leads to a known question or the end', () => {
    expect(diagnosisQuestions.map((q) => q.id)).toEqual([...diagnosisQuestionIds]);
    for (const q of diagnosisQuestions) {
      expect(q.explanation.length).toBeGreaterThan(20);
      for (const o of q.options) if (o.next !== null) expect(diagnosisQuestionIds).toContain(o.next);
    }
  });

  it('starts with "worth pursuing" and is incomplete until the path ends', () => {
    const r = evaluateDiagnosis({});
    expect(r).toMatchObject({ next: 'worth-pursuing', complete: false, classification: null, path: [] });
    expect(evaluateDiagnosis({ 'worth-pursuing': true })).toMatchObject({
      next: 'expectations-clear',
      path: ['worth-pursuing'],
      complete: false,
    });
  });
});

describe('evaluateDiagnosis: every branch and the remedy it leads to', () => {
  it('not worth pursuing -> closed', () => {
    const r = evaluateDiagnosis({ 'worth-pursuing': false });
    expect(r.complete).toBe(true);
    expect(r.classification).toBe('not-worth-pursuing');
    expect(r.remedies).toEqual([label.close.label]);
  });

  it('expectations not clear -> clarify expectations', () => {
    const r = evaluateDiagnosis({ 'worth-pursuing': true, 'expectations-clear': false });
    expect(r.classification).toBe('unclear-expectations');
    expect(r.remedies).toEqual([label.clarify.label]);
    expect(r.path).toEqual(['worth-pursuing', 'expectations-clear']);
  });

  it('resources short on caseload or time -> rebalance the caseload and remove the obstacle (barrier)', () => {
    const base = { 'worth-pursuing': true, 'expectations-clear': true, 'resources-adequate': 'caseload' };
    expect(evaluateDiagnosis(base).next).toBe('other-obstacles');
    const r = evaluateDiagnosis({ ...base, 'other-obstacles': false });
    expect(r.classification).toBe('execution-barrier');
    expect(r.remedyIds).toEqual(['rebalance', 'remove-obstacle']);
  });

  it('missing equipment -> provide equipment (barrier)', () => {
    const r = evaluateDiagnosis({
      'worth-pursuing': true,
      'expectations-clear': true,
      'resources-adequate': 'equipment',
      'other-obstacles': false,
    });
    expect(r.classification).toBe('execution-barrier');
    expect(r.remedyIds).toEqual(['equipment']);
  });

  it('other resource missing -> remove the obstacle (barrier)', () => {
    const r = evaluateDiagnosis({
      'worth-pursuing': true,
      'expectations-clear': true,
      'resources-adequate': false,
      'other-obstacles': false,
    });
    expect(r.classification).toBe('execution-barrier');
    expect(r.remedyIds).toEqual(['remove-obstacle']);
  });

  it('performance not visible -> feedback, and the path goes on to consequences', () => {
    const partial = evaluateDiagnosis({ ...fastFixesPass, 'performance-visible': false });
    expect(partial.next).toBe('doing-it-punishing');
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'performance-visible': false,
      'could-do-if-life-depended': true,
      'other-obstacles': false,
    });
    expect(r.remedyIds).toContain('feedback-visible');
    expect(r.classification).toBe('execution-motivation');
  });

  it('doing it is punished -> remove the punishment (motivation), with coaching', () => {
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'doing-it-punishing': true,
      'could-do-if-life-depended': true,
      'other-obstacles': false,
    });
    expect(r.classification).toBe('execution-motivation');
    expect(r.remedyIds).toEqual(['remove-punishment', 'coaching']);
  });

  it('not doing it is rewarded -> remove the rewards (motivation)', () => {
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'not-doing-rewarding': true,
      'could-do-if-life-depended': true,
      'other-obstacles': false,
    });
    expect(r.classification).toBe('execution-motivation');
    expect(r.remedyIds).toEqual(['remove-reward', 'coaching']);
  });

  it('it matters to no one -> make it matter (motivation)', () => {
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'matters-to-anyone': false,
      'could-do-if-life-depended': true,
      'other-obstacles': false,
    });
    expect(r.classification).toBe('execution-motivation');
    expect(r.remedyIds).toEqual(['make-it-matter', 'coaching']);
  });

  it('could do it and nothing is wrong -> execution gap by elimination: coaching', () => {
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'could-do-if-life-depended': true,
      'other-obstacles': false,
    });
    expect(r.path).toEqual([
      ...Object.keys(consequencesFine),
      'could-do-if-life-depended',
      'other-obstacles',
    ]);
    expect(r.classification).toBe('execution-motivation');
    expect(r.remedyIds).toEqual(['coaching']);
  });

  it('could do it but another obstacle is in the way -> remove the obstacle (barrier), keeping the description', () => {
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'could-do-if-life-depended': true,
      'other-obstacles': 'Court three days a week',
    });
    expect(r.classification).toBe('execution-barrier');
    expect(r.remedyIds).toEqual(['remove-obstacle']);
    const last = r.steps.at(-1);
    expect(last && describeAnswer(last)).toBe('Yes: Court three days a week');
  });

  it('never did it -> training (knowledge)', () => {
    const base = { ...cannotDoIt, 'did-it-before': false };
    expect(evaluateDiagnosis(base).next).toBe('can-simplify');
    const r = evaluateDiagnosis({ ...base, 'can-simplify': false, 'other-obstacles': false });
    expect(r.classification).toBe('knowledge');
    expect(r.remedyIds).toEqual(['training']);
    expect(r.path).not.toContain('used-often');
  });

  it('did it before and uses it rarely -> practice (knowledge)', () => {
    const r = evaluateDiagnosis({
      ...cannotDoIt,
      'did-it-before': true,
      'used-often': false,
      'can-simplify': false,
      'other-obstacles': false,
    });
    expect(r.classification).toBe('knowledge');
    expect(r.remedyIds).toEqual(['practice']);
  });

  it('did it before and uses it often -> feedback (knowledge)', () => {
    const r = evaluateDiagnosis({
      ...cannotDoIt,
      'did-it-before': true,
      'used-often': true,
      'can-simplify': false,
      'other-obstacles': false,
    });
    expect(r.classification).toBe('knowledge');
    expect(r.remedyIds).toEqual(['feedback']);
  });

  it('the task can be simplified -> job aid, added to the knowledge remedies', () => {
    const r = evaluateDiagnosis({
      ...cannotDoIt,
      'did-it-before': false,
      'can-simplify': 'A checklist',
      'other-obstacles': false,
    });
    expect(r.remedyIds).toEqual(['training', 'job-aid']);
  });

  it('knowledge wins over consequences when they also could not do it; all remedies are kept', () => {
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'doing-it-punishing': true,
      'could-do-if-life-depended': false,
      'did-it-before': false,
      'can-simplify': false,
      'other-obstacles': true,
    });
    expect(r.classification).toBe('knowledge');
    expect(r.remedyIds).toEqual(['remove-punishment', 'training', 'remove-obstacle']);
  });

  it('consequences win over a late obstacle', () => {
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'not-doing-rewarding': true,
      'could-do-if-life-depended': true,
      'other-obstacles': true,
    });
    expect(r.classification).toBe('execution-motivation');
    expect(r.remedyIds).toEqual(['remove-reward', 'remove-obstacle', 'coaching']);
  });
});

describe('answers off the path', () => {
  it('are ignored by the evaluator and dropped by answersOnPath', () => {
    const answers = { 'worth-pursuing': true, 'expectations-clear': false, 'did-it-before': false };
    expect(evaluateDiagnosis(answers).path).toEqual(['worth-pursuing', 'expectations-clear']);
    expect(answersOnPath(answers)).toEqual({ 'worth-pursuing': true, 'expectations-clear': false });
  });

  it('an answer that fits no option stops the path at that question', () => {
    const r = evaluateDiagnosis({ 'worth-pursuing': 'perhaps' });
    expect(r.next).toBe('worth-pursuing');
    expect(r.path).toEqual([]);
  });
});
