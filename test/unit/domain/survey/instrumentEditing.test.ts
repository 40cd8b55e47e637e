import { describe, expect, it } from 'vitest';
import {
  constructs,
  surveyInstrumentFields,
  type SurveyInstrument,
  type SurveyItem,
} from '../../../../renderer/domain/model';
import { defaultInstrumentInput } from '../../../../renderer/domain/survey/defaultInstrument';
import {
  addOption,
  changeKind,
  checkDraft,
  constructsFor,
  describeScoring,
  hasAnswers,
  itemsChanged,
  latestVersions,
  moveItem,
  newItem,
  planInstrumentSave,
  questionName,
  uniqueId,
} from '../../../../renderer/domain/survey/instrumentEditing';

const SERIES = '00000000-0000-4000-8000-00000000000a';
const base = surveyInstrumentFields.parse(defaultInstrumentInput(SERIES));
const draftOf = (i: Pick<SurveyInstrument, 'name' | 'description' | 'items'>) => ({
  name: i.name,
  description: i.description,
  items: i.items.map((item) => ({ ...item, options: item.options.map((o) => ({ ...o })) })),
});
const likert = (id: string, patch: Partial<SurveyItem> = {}): SurveyItem => ({
  id,
  text: `Text of ${id}`,
  kind: 'likert5',
  construct: 'ease-of-use',
  options: [],
  reverse: false,
  weight: 1,
  scored: true,
  optional: false,
  ...patch,
});

describe('when saving an instrument makes a new version', () => {
  it('keeps the version when nothing changed', () => {
    expect(planInstrumentSave(base, draftOf(base), { answered: true, highestVersionInSeries: 1 })).toEqual({
      kind: 'unchanged',
    });
  });

  it('updates in place when nobody has answered yet, whatever changed', () => {
    const draft = draftOf(base);
    draft.items[3] = { ...draft.items[3]!, text: 'Reworded' };
    expect(planInstrumentSave(base, draft, { answered: false, highestVersionInSeries: 1 })).toEqual({
      kind: 'update',
    });
  });

  it('makes a new version above the highest of the series when answered questions are reworded, reordered, reweighted or reverse-scored', () => {
    const facts = { answered: true, highestVersionInSeries: 3 };
    const reworded = draftOf(base);
    reworded.items[3] = { ...reworded.items[3]!, text: 'Reworded' };
    expect(planInstrumentSave(base, reworded, facts)).toEqual({ kind: 'new-version', version: 4 });
    const reordered = { ...draftOf(base), items: moveItem(base.items, 0, 1) };
    expect(planInstrumentSave(base, reordered, facts)).toEqual({ kind: 'new-version', version: 4 });
    const weighted = draftOf(base);
    weighted.items[5] = { ...weighted.items[5]!, weight: 2 };
    expect(planInstrumentSave(base, weighted, facts).kind).toBe('new-version');
    const reversed = draftOf(base);
    reversed.items[5] = { ...reversed.items[5]!, reverse: true };
    expect(planInstrumentSave(base, reversed, facts).kind).toBe('new-version');
    const removed = { ...draftOf(base), items: base.items.slice(1) };
    expect(planInstrumentSave(base, removed, facts).kind).toBe('new-version');
    const rescored = draftOf(base);
    rescored.items[2] = {
      ...rescored.items[2]!,
      options: rescored.items[2]!.options.map((o, i) => (i === 0 ? { ...o, score: 0.1 } : o)),
    };
    expect(planInstrumentSave(base, rescored, facts).kind).toBe('new-version');
  });

  it('renames an answered instrument in place: answers do not depend on the name', () => {
    const renamed = { ...draftOf(base), name: 'Spring survey', description: 'New words' };
    expect(planInstrumentSave(base, renamed, { answered: true, highestVersionInSeries: 1 })).toEqual({
      kind: 'update',
    });
  });

  it('ignores spaces around texts when comparing', () => {
    const spaced = draftOf(base);
    spaced.items[0] = { ...spaced.items[0]!, text: `  ${spaced.items[0]!.text}  ` };
    expect(itemsChanged(base.items, spaced.items)).toBe(false);
  });

  it('counts answers in Trash as answers, since they can be restored', () => {
    expect(hasAnswers('a', [{ instrumentId: 'b' }])).toBe(false);
    expect(hasAnswers('a', [{ instrumentId: 'b' }, { instrumentId: 'a' }])).toBe(true);
    expect(hasAnswers('a', [])).toBe(false);
  });

  it('lists the newest live version of each series', () => {
    const v = (id: string, seriesId: string, version: number, deletedAt: string | null = null) => ({
      id,
      seriesId,
      version,
      deletedAt,
      createdAt: `2026-01-0${String(version)}T00:00:00Z`,
    });
    const list = [v('a1', 'a', 1), v('a2', 'a', 2), v('a3', 'a', 3, '2026-02-01T00:00:00Z'), v('b1', 'b', 1)];
    expect(latestVersions(list).map((i) => i.id)).toEqual(['a2', 'b1']);
  });
});

describe('editing steps', () => {
  const items = [likert('a'), likert('b'), likert('c')];
  it('moves a question up or down, and not past either end', () => {
    expect(moveItem(items, 1, -1).map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(moveItem(items, 1, 1).map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(moveItem(items, 0, -1).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(moveItem(items, 2, 1).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('makes short unique ids from words', () => {
    expect(uniqueId('Ease of use', [])).toBe('ease-of-use');
    expect(uniqueId('Ease of use', ['ease-of-use', 'ease-of-use-2'])).toBe('ease-of-use-3');
    expect(uniqueId('Élan & “café”', [])).toBe('elan-cafe');
    expect(uniqueId('!!!', [], 'option')).toBe('option');
  });

  it('adds a question with defaults that fit its kind', () => {
    const agree = newItem('likert5', 'ease-of-use', items);
    expect(agree.options.map((o) => o.label)).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ]);
    expect(agree.options.map((o) => o.score)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(agree).toMatchObject({ id: 'ease-of-use', scored: true, optional: false, weight: 1, text: '' });
    const adkar = newItem('adkar', 'adkar-desire', items);
    expect(adkar).toMatchObject({ scored: false, optional: true });
    expect(newItem('single', 'case-note-habit', items).options).toHaveLength(2);
  });

  it('changes a kind, resetting options only when the new kind has fixed ones', () => {
    const single = {
      ...newItem('single', 'case-note-habit', []),
      options: [
        { value: 'x', label: 'X', score: 1 },
        { value: 'y', label: 'Y', score: 0 },
      ],
    };
    expect(changeKind(single, 'multi', constructs).options).toEqual(single.options);
    const toScale = changeKind(single, 'likert5', constructs);
    expect(toScale.options).toHaveLength(5);
    const toAdkar = changeKind(likert('q', { reverse: true }), 'adkar', constructs);
    expect(toAdkar).toMatchObject({
      construct: 'adkar-awareness',
      reverse: false,
      scored: false,
      optional: true,
    });
    expect(constructsFor('adkar', constructs)).toHaveLength(5);
    expect(constructsFor('likert5', constructs)).toHaveLength(8);
  });

  it('adds an option with a value no other option has', () => {
    const item = addOption(addOption(newItem('multi', 'personal-technology', [])));
    expect(item.options.map((o) => o.value)).toEqual(['option-1', 'option-2', 'new-answer', 'new-answer-2']);
  });
});

describe('draft checks name the question at fault', () => {
  it('accepts the default instrument', () => {
    expect(checkDraft(draftOf(base))).toEqual([]);
  });

  it('names the question by number and text', () => {
    expect(questionName([likert('a'), likert('b', { text: 'I learn new apps easily.' })], 'b')).toBe(
      'Question 2 (“I learn new apps easily.”)',
    );
    const long = 'x'.repeat(100);
    expect(questionName([likert('a', { text: long })], 'a')).toBe(`Question 1 (“${'x'.repeat(79)}…”)`);
  });

  it('refuses empty texts, too few or doubled options, bad weights and a survey that scores nobody', () => {
    const single: SurveyItem = {
      ...newItem('single', 'case-note-habit', []),
      id: 's',
      text: 'Pick one',
      options: [
        { value: 'a', label: 'Same', score: 0 },
        { value: 'b', label: 'same', score: 2 },
      ],
    };
    const issues = checkDraft({
      name: ' ',
      description: '',
      items: [
        likert('a', { text: ' ' }),
        likert('b', { weight: 11 }),
        single,
        { ...single, id: 't', options: [single.options[0]!] },
      ],
    });
    expect(issues.map((i) => i.message)).toEqual([
      'The survey needs a name.',
      'Question 1: has no text. Write the question as a caseworker will read it.',
      'Question 2 (“Text of b”): weight must be a number from 0 to 10.',
      'Question 3 (“Pick one”): the answer “same” is listed twice.',
      'Question 3 (“Pick one”): the score of “same” must be from 0 to 100.',
      'Question 4 (“Pick one”): needs at least two answers to choose from.',
    ]);
    const none = checkDraft({
      name: 'S',
      description: '',
      items: [likert('a', { weight: 0 }), likert('b', { scored: false })],
    });
    expect(none.map((i) => i.field)).toEqual(['items']);
    expect(checkDraft({ name: 'S', description: '', items: [] })[0]?.message).toBe(
      'The survey needs at least one question.',
    );
  });
});

describe('how a question scores, in words', () => {
  const item = (id: string) => base.items.find((i) => i.id === id)!;
  it('explains agree items, reverse items, weights and unscored items', () => {
    expect(describeScoring(item('ease-learn'))).toBe(
      '“Strongly disagree” scores 0 and “Strongly agree” scores 100, in even steps.',
    );
    expect(describeScoring(item('anxiety-nervous'))).toBe(
      'Reverse-scored: “Strongly agree” scores 0 and “Strongly disagree” scores 100, so agreeing lowers readiness.',
    );
    expect(describeScoring({ ...item('ease-learn'), weight: 2 })).toContain(
      'Weight 2: counts 2 times as much as a question of weight 1.',
    );
    expect(describeScoring({ ...item('ease-learn'), weight: 0 })).toBe(
      'Weight 0: the answer is recorded but does not count toward readiness.',
    );
    expect(describeScoring(item('adkar-desire'))).toBe(
      'Recorded only: this answer does not count toward readiness.',
    );
  });

  it('lists the score of every answer of pick-one and tick-all questions', () => {
    expect(describeScoring(item('case-note-habit'))).toBe(
      'Each answer has its own score: I write them by hand, then type them up later 0; I type them at my desk back at the office 40; ' +
        'I dictate them (voice recorder or dictation software) 60; I type them in the field on a phone, tablet or laptop 100.',
    );
    expect(describeScoring(item('personal-technology'))).toMatch(
      /^Each ticked answer adds its points, up to 100: A smartphone \+20; A tablet \+15;/,
    );
  });
});
