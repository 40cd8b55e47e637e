import { describe, expect, it } from 'vitest';
import { firstHourChecklist, type FirstHourFacts } from '../../../../renderer/domain/home/firstHourChecklist';

const empty: FirstHourFacts = {
  anyCaseworker: false,
  currentBrief: null,
  anySurveyResponse: false,
  anyCohort: false,
};
const brief = { where: '', how: '', limits: '', comparison: '' };

describe('firstHourChecklist', () => {
  it('lists the four steps in order, none done, in an empty workspace', () => {
    const list = firstHourChecklist(empty);
    expect(list.steps.map((s) => s.id)).toEqual(['roster', 'rollout', 'survey', 'cohorts']);
    expect(list.done).toBe(0);
    expect(list.show).toBe(true);
  });

  it('ticks each step off from the data alone', () => {
    const list = firstHourChecklist({ ...empty, anyCaseworker: true, anyCohort: true });
    expect(list.steps.filter((s) => s.done).map((s) => s.id)).toEqual(['roster', 'cohorts']);
    expect(list.done).toBe(2);
  });

  it('counts the rollout as described only once its brief says something', () => {
    expect(firstHourChecklist({ ...empty, currentBrief: brief }).steps[1]?.done).toBe(false);
    expect(firstHourChecklist({ ...empty, currentBrief: { ...brief, where: '   ' } }).steps[1]?.done).toBe(
      false,
    );
    expect(
      firstHourChecklist({ ...empty, currentBrief: { ...brief, how: 'On home visits' } }).steps[1]?.done,
    ).toBe(true);
  });

  it('disappears once every step is done', () => {
    const list = firstHourChecklist({
      anyCaseworker: true,
      currentBrief: { ...brief, where: 'In the field' },
      anySurveyResponse: true,
      anyCohort: true,
    });
    expect(list.done).toBe(4);
    expect(list.show).toBe(false);
  });
});
