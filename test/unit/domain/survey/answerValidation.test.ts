import { describe, expect, it } from 'vitest';
import { surveyInstrumentFields } from '../../../../renderer/domain/model';
import { checkAnswers } from '../../../../renderer/domain/survey/answerValidation';
import { defaultInstrumentInput } from '../../../../renderer/domain/survey/defaultInstrument';

const { items } = surveyInstrumentFields.parse(
  defaultInstrumentInput('00000000-0000-4000-8000-00000000000a'),
);
const required = items.filter((i) => !i.optional);

/** Every required question answered sensibly. */
function complete(): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of required) {
    answers[item.id] = item.kind === 'multi' ? ['smartphone'] : item.kind === 'single' ? 'dictate' : 4;
  }
  return answers;
}

describe('checking answers against the questions', () => {
  it('accepts a complete set and tidies it: numbers from strings, ticks in question order, blanks left out', () => {
    const result = checkAnswers(items, {
      ...complete(),
      'ease-learn': '5',
      'personal-technology': ['tablet', 'smartphone', 'tablet'],
      'adkar-desire': '',
      'adkar-ability': 2,
    });
    expect(result.ok).toBe(true);
    expect(result.answers['ease-learn']).toBe(5);
    expect(result.answers['personal-technology']).toEqual(['smartphone', 'tablet']);
    expect('adkar-desire' in result.answers).toBe(false);
    expect(result.answers['adkar-ability']).toBe(2);
    expect(Object.keys(result.answers)).toHaveLength(required.length + 1);
  });

  it('asks for every missing required answer, naming the question; optional ADKAR ratings may be blank', () => {
    const answers = complete();
    delete answers['ease-learn'];
    answers['personal-technology'] = [];
    const result = checkAnswers(items, answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        field: 'personal-technology',
        message:
          'Question 1 (“Which of these do you use in your own life? Tick all that apply.”) needs an answer.',
      },
      {
        field: 'ease-learn',
        message: 'Question 7 (“I learn new apps and computer programs easily.”) needs an answer.',
      },
    ]);
  });

  it('refuses answers outside the scale, fractions, unknown options and "none" ticked with others', () => {
    const result = checkAnswers(items, {
      ...complete(),
      'liking-technology': 7,
      'ease-learn': 2.5,
      'case-note-habit': 'carrier-pigeon',
      'personal-technology': ['none', 'tablet'],
      'usefulness-faster': 0,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      'Question 1 (“Which of these do you use in your own life? Tick all that apply.”): “None of these” cannot be ticked together with other answers.',
      'Question 2 (“How much do you like using technology?”): 7 is outside the 1 to 5 scale.',
      'Question 3 (“How do you usually write your case notes today?”): “carrier-pigeon” is not one of its answers.',
      'Question 4 (“A good mobile tool would help me get my paperwork done faster.”): 0 is outside the 1 to 5 scale.',
      'Question 7 (“I learn new apps and computer programs easily.”): the answer must be a whole number from 1 to 5.',
    ]);
  });

  it('refuses ticks that are not among the answers, and answers to questions not in the survey', () => {
    const result = checkAnswers(items, {
      ...complete(),
      'personal-technology': ['pager'],
      'old-question': 3,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      'There is an answer to a question that is not in this survey (“old-question”).',
      'Question 1 (“Which of these do you use in your own life? Tick all that apply.”): “pager” is not among its answers.',
    ]);
  });
});
