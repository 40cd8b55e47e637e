import { describe, expect, it } from 'vitest';
import {
  defaultRulesForm,
  describeMasteryRules,
  masteryRulesForm,
  parseMasteryRules,
} from '../../../../renderer/domain/mastery/masteryRules';
import { defaultMasteryRules } from '../../../../renderer/domain/model';

describe('mastery rules in settings', () => {
  it('explains the default rules in words', () => {
    expect(describeMasteryRules(defaultMasteryRules())).toEqual([
      'Not started: no training session attended yet. In training: from the first session until practicing.',
      'Practicing: attended 1 training session and used the tool on at least 1 day.',
      'Proficient: attended 1 training session; 3 coaching entries rated on the tool rubric, the latest 3 averaging 3.0 or more; used the tool on at least 10 days; and a member of a cohort of the rollout. Proficient lasts only while all of this holds: if the latest ratings dip below the average, the person is practicing again until they recover.',
      'Mastered: proficient for 30 days in a row with no gap on the tool open; a gap on the tool holds mastery back, and the count starts again when it closes.',
    ]);
    const lenient = { ...defaultMasteryRules(), proficientMinRatedEntries: 0, proficientNeedsCohort: false };
    expect(describeMasteryRules(lenient)[2]).toBe(
      'Proficient: attended 1 training session; no rubric ratings needed; used the tool on at least 10 days. Proficient lasts only while all of this holds: if the latest ratings dip below the average, the person is practicing again until they recover.',
    );
  });

  it('reads a form into rules, and round-trips the defaults', () => {
    expect(parseMasteryRules(defaultRulesForm())).toEqual({ ok: true, rules: defaultMasteryRules() });
    const form = {
      ...masteryRulesForm(defaultMasteryRules()),
      proficientMinAverage: '2,75',
      masteredAfterDays: ' 45 ',
    };
    expect(parseMasteryRules(form)).toEqual({
      ok: true,
      rules: { ...defaultMasteryRules(), proficientMinAverage: 2.75, masteredAfterDays: 45 },
    });
  });

  it('names every field that is wrong, in words', () => {
    const bad = {
      ...defaultRulesForm(),
      trainingMinSessions: 'two',
      proficientMinRatedEntries: '2.5',
      masteredAfterDays: '',
    };
    expect(parseMasteryRules(bad)).toEqual({
      ok: false,
      errors: {
        trainingMinSessions: 'Training sessions to count as trained must be a number.',
        proficientMinRatedEntries: 'Tool-rubric entries for proficient must be a whole number.',
        masteredAfterDays: 'Days proficient for mastered must be a number.',
      },
    });
    expect(parseMasteryRules({ ...defaultRulesForm(), proficientMinAverage: '5' })).toEqual({
      ok: false,
      errors: { proficientMinAverage: 'Lowest tool-rubric average for proficient must be between 1 and 4.' },
    });
    expect(parseMasteryRules({ ...defaultRulesForm(), practicingMinOpportunities: '12' })).toEqual({
      ok: false,
      errors: {
        practicingMinOpportunities: 'Days of use for practicing cannot be more than for proficient.',
      },
    });
  });
});
