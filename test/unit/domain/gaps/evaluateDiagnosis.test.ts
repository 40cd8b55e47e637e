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

  it('expectations not clear -> the other fast fixes, then clarify expectations when that solves it', () => {
    const base = { 'worth-pursuing': true, 'expectations-clear': false };
    expect(evaluateDiagnosis(base).next).toBe('resources-adequate');
    const r = evaluateDiagnosis({
      ...base,
      'resources-adequate': true,
      'performance-visible': true,
      'fast-fix-solves': true,
    });
    expect(r.classification).toBe('unclear-expectations');
    expect(r.remedies).toEqual([label.clarify.label]);
    expect(r.path).toEqual([
      'worth-pursuing',
      'expectations-clear',
      'resources-adequate',
      'performance-visible',
      'fast-fix-solves',
    ]);
  });

  it('resources short on caseload or time -> rebalance the caseload and remove the obstacle (barrier)', () => {
    const base = { 'worth-pursuing': true, 'expectations-clear': true, 'resources-adequate': 'caseload' };
    expect(evaluateDiagnosis(base).next).toBe('performance-visible');
    const r = evaluateDiagnosis({ ...base, 'performance-visible': true, 'fast-fix-solves': true });
    expect(r.classification).toBe('execution-barrier');
    expect(r.remedyIds).toEqual(['rebalance', 'remove-obstacle']);
  });

  it('missing equipment -> provide equipment (barrier)', () => {
    const r = evaluateDiagnosis({
      'worth-pursuing': true,
      'expectations-clear': true,
      'resources-adequate': 'equipment',
      'performance-visible': true,
      'fast-fix-solves': true,
    });
    expect(r.classification).toBe('execution-barrier');
    expect(r.remedyIds).toEqual(['equipment']);
  });

  it('other resource missing -> remove the obstacle (barrier)', () => {
    const r = evaluateDiagnosis({
      'worth-pursuing': true,
      'expectations-clear': true,
      'resources-adequate': false,
      'performance-visible': true,
      'fast-fix-solves': true,
    });
    expect(r.classification).toBe('execution-barrier');
    expect(r.remedyIds).toEqual(['remove-obstacle']);
  });

  it('performance not visible -> feedback; when that is not enough the path goes on to consequences', () => {
    const partial = evaluateDiagnosis({ ...fastFixesPass, 'performance-visible': false });
    expect(partial.next).toBe('fast-fix-solves');
    expect(
      evaluateDiagnosis({ ...fastFixesPass, 'performance-visible': false, 'fast-fix-solves': false }).next,
    ).toBe('doing-it-punishing');
    const r = evaluateDiagnosis({
      ...consequencesFine,
      'performance-visible': false,
      'fast-fix-solves': false,
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
    const answers = { 'worth-pursuing': false, 'expectations-clear': false, 'did-it-before': false };
    expect(evaluateDiagnosis(answers).path).toEqual(['worth-pursuing']);
    expect(answersOnPath(answers)).toEqual({ 'worth-pursuing': false });
  });

  it('an answer to "would the fast fixes solve it" is ignored when no fast fix was found', () => {
    const answers = { ...consequencesFine, 'fast-fix-solves': true };
    const r = evaluateDiagnosis(answers);
    expect(r.path).not.toContain('fast-fix-solves');
    expect(r.next).toBe('could-do-if-life-depended');
  });

  it('an answer that fits no option stops the path at that question', () => {
    const r = evaluateDiagnosis({ 'worth-pursuing': 'perhaps' });
    expect(r.next).toBe('worth-pursuing');
    expect(r.path).toEqual([]);
  });
});

describe('the analysis goes on past a fast fix (Mager & Pipe)', () => {
  const noToUnclear: DiagnosisAnswers = {
    'worth-pursuing': true,
    'expectations-clear': false,
    'resources-adequate': true,
    'performance-visible': true,
  };

  it('records each fast fix found, then asks whether fixing them solves the problem', () => {
    const r = evaluateDiagnosis({ ...noToUnclear, 'performance-visible': false });
    expect(r.next).toBe('fast-fix-solves');
    expect(r.fastFixes).toEqual([
      { reason: 'The worker does not know clearly what is expected.', remedies: [label.clarify.label] },
      { reason: 'The worker cannot see how well they perform.', remedies: [label['feedback-visible'].label] },
    ]);
  });

  it('a fast fix that solves it ends the analysis, and the result claims nothing about knowledge', () => {
    const r = evaluateDiagnosis({
      ...noToUnclear,
      'resources-adequate': 'equipment',
      'fast-fix-solves': true,
    });
    expect(r.complete).toBe(true);
    expect(r.path).not.toContain('could-do-if-life-depended');
    expect(r.causes.map((c) => c.classification)).toEqual(['unclear-expectations', 'execution-barrier']);
    expect(r.causes.map((c) => c.statement)).toEqual([
      'They do not know clearly what is expected: say it plainly.',
      'Something concrete also stands in the way: remove it.',
    ]);
    expect(r.remedyIds).toEqual(['clarify', 'equipment']);
  });

  it('feedback alone, when it solves it, is named as such', () => {
    const r = evaluateDiagnosis({ ...fastFixesPass, 'performance-visible': false, 'fast-fix-solves': true });
    expect(r.classification).toBe('execution-barrier');
    expect(r.causes[0]?.statement).toBe('They cannot see how well they perform: show them.');
    expect(r.remedyIds).toEqual(['feedback-visible']);
  });

  it('a fast fix that does not solve it: consequences and knowledge follow, and the result names both causes', () => {
    const answers: DiagnosisAnswers = {
      ...noToUnclear,
      'fast-fix-solves': false,
      'doing-it-punishing': false,
      'not-doing-rewarding': false,
      'matters-to-anyone': true,
    };
    expect(evaluateDiagnosis({ ...noToUnclear, 'fast-fix-solves': false }).next).toBe('doing-it-punishing');
    expect(evaluateDiagnosis(answers).next).toBe('could-do-if-life-depended');
    const r = evaluateDiagnosis({
      ...answers,
      'could-do-if-life-depended': false,
      'did-it-before': false,
      'can-simplify': false,
      'other-obstacles': false,
    });
    expect(r.classification).toBe('knowledge');
    expect(r.causes.map((c) => c.classification)).toEqual(['knowledge', 'unclear-expectations']);
    expect(r.causes[1]?.statement).toBe('Expectations are not clear either: say them plainly.');
    expect(r.remedyIds).toEqual(['clarify', 'training']);
  });

  it('not solved, they know how and nothing else is wrong: consequences by elimination, with the fast fix kept', () => {
    const r = evaluateDiagnosis({
      ...fastFixesPass,
      'resources-adequate': 'caseload',
      'fast-fix-solves': false,
      'doing-it-punishing': false,
      'not-doing-rewarding': false,
      'matters-to-anyone': true,
      'could-do-if-life-depended': true,
      'other-obstacles': false,
    });
    expect(r.causes.map((c) => c.classification)).toEqual(['execution-motivation', 'execution-barrier']);
    expect(r.causes[0]?.reasons).toEqual([
      'They know how and nothing obvious stands in the way, so start with coaching.',
    ]);
    expect(r.causes[1]?.statement).toBe(
      'They know how, but something concrete stands in the way: remove it.',
    );
    expect(r.remedyIds).toEqual(['rebalance', 'remove-obstacle', 'coaching']);
  });

  it('no fast fix found: the question is not asked and the path goes straight to consequences', () => {
    expect(evaluateDiagnosis(fastFixesPass).next).toBe('doing-it-punishing');
  });

  it('on every complete path: a cause for the classification, and "they know how" only when it was answered', () => {
    // Walk every path through the questions, one option at a time.
    const complete: ReturnType<typeof evaluateDiagnosis>[] = [];
    const walk = (answers: DiagnosisAnswers) => {
      const r = evaluateDiagnosis(answers);
      if (r.complete) {
        complete.push(r);
        return;
      }
      const question = diagnosisQuestions.find((q) => q.id === r.next);
      for (const o of question?.options ?? []) walk({ ...answers, [question!.id]: o.value });
    };
    walk({});
    expect(complete.length).toBeGreaterThan(100);
    for (const r of complete) {
      expect(r.causes[0]?.classification).toBe(r.classification);
      const knowsHow = r.steps.find((s) => s.question.id === 'could-do-if-life-depended')?.answer;
      const statements = r.causes.map((c) => c.statement).join(' ');
      if (knowsHow !== true) expect(statements).not.toMatch(/they know how/i);
      if (knowsHow !== false) expect(statements).not.toMatch(/do not know how/i);
      const solvedEarly = r.steps.some((s) => s.question.id === 'fast-fix-solves' && s.answer === true);
      if (solvedEarly) expect(r.path).not.toContain('doing-it-punishing');
    }
  });
});
