// The survey that ships with the app: valid, covering the three source questions, the five TAM/UTAUT constructs
// (anxiety reverse-scored) and an optional, unscored ADKAR self-rating, each construct with a plain label.
import { describe, expect, it } from 'vitest';
import { constructs, surveyInstrumentFields } from '../../../../renderer/domain/model';
import {
  constructDescriptions,
  constructLabels,
  defaultInstrumentInput,
  defaultItemIds,
} from '../../../../renderer/domain/survey/defaultInstrument';

const SERIES = '5f0c3c1e-8f7a-4d8e-9b1a-2c3d4e5f6a7b';
const instrument = surveyInstrumentFields.parse(defaultInstrumentInput(SERIES));
const byConstruct = (c: string) => instrument.items.filter((i) => i.construct === c);

describe('default survey instrument', () => {
  it('passes its schema as version 1 of the given series, with unique item ids', () => {
    expect(surveyInstrumentFields.safeParse(defaultInstrumentInput(SERIES)).success).toBe(true);
    expect(instrument.seriesId).toBe(SERIES);
    expect(instrument.version).toBe(1);
    expect(new Set(instrument.items.map((i) => i.id)).size).toBe(instrument.items.length);
    for (const item of instrument.items) {
      expect(item.text.length).toBeLessThanOrEqual(120);
      expect(new Set(item.options.map((o) => o.value)).size).toBe(item.options.length);
    }
  });

  it('asks the three questions of the source', () => {
    const tech = instrument.items.find((i) => i.id === defaultItemIds.personalTechnology);
    expect(tech?.kind).toBe('multi');
    expect(tech?.construct).toBe('personal-technology');
    const values = tech?.options.map((o) => o.value) ?? [];
    for (const v of [
      'smartphone',
      'tablet',
      'computer',
      'wearable',
      'voice-assistant',
      'video-calls',
      'online-banking',
      'social-media',
      'none',
    ]) {
      expect(values).toContain(v);
    }
    expect(tech?.options.find((o) => o.value === 'none')?.score).toBe(0);
    expect(tech?.options.every((o) => o.score <= 0.25)).toBe(true);
    expect(tech?.options.reduce((s, o) => s + o.score, 0)).toBeGreaterThanOrEqual(1);

    const liking = instrument.items.find((i) => i.id === defaultItemIds.likingTechnology);
    expect(liking?.kind).toBe('likert5');
    expect(liking?.options).toHaveLength(5);

    const notes = instrument.items.find((i) => i.id === defaultItemIds.caseNoteHabit);
    expect(notes?.kind).toBe('single');
    expect(notes?.options.map((o) => o.value)).toEqual([
      'handwrite-then-type',
      'type-at-desk',
      'dictate',
      'type-in-field',
    ]);
    const scores = notes?.options.map((o) => o.score) ?? [];
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    expect(scores[0]).toBe(0);
    expect(scores.at(-1)).toBe(1);
  });

  it('has agree/disagree items on all five constructs, with technology anxiety reverse-scored', () => {
    const expected: Record<string, number> = {
      'perceived-usefulness': 3,
      'ease-of-use': 3,
      'social-influence': 2,
      'facilitating-conditions': 3,
      'technology-anxiety': 3,
    };
    for (const [construct, count] of Object.entries(expected)) {
      const items = byConstruct(construct);
      expect(items, construct).toHaveLength(count);
      for (const item of items) {
        expect(item.kind).toBe('likert5');
        expect(item.scored).toBe(true);
        expect(item.optional).toBe(false);
        expect(item.reverse).toBe(construct === 'technology-anxiety');
        expect(item.options.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
        expect(item.options[0]?.label).toBe('Strongly disagree');
        expect(item.options[4]?.label).toBe('Strongly agree');
        expect(item.options.map((o) => o.score)).toEqual([0, 0.25, 0.5, 0.75, 1]);
      }
    }
  });

  it('ends with an optional, unscored ADKAR self-rating in order', () => {
    const adkar = instrument.items.filter((i) => i.kind === 'adkar');
    expect(adkar.map((i) => i.construct)).toEqual([
      'adkar-awareness',
      'adkar-desire',
      'adkar-knowledge',
      'adkar-ability',
      'adkar-reinforcement',
    ]);
    for (const item of adkar) {
      expect(item.optional).toBe(true);
      expect(item.scored).toBe(false);
      expect(item.options.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
    }
    expect(instrument.items.filter((i) => i.optional).every((i) => i.kind === 'adkar')).toBe(true);
  });

  it('labels and describes every construct in plain words', () => {
    for (const c of constructs) {
      expect(constructLabels[c].length).toBeGreaterThan(3);
      expect(constructDescriptions[c]).toMatch(/\.$/);
    }
    expect(constructLabels['perceived-usefulness']).toBe('Perceived usefulness');
    expect(constructDescriptions['technology-anxiety']).toMatch(/reverse/);
  });
});
