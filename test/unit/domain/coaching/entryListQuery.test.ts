// The coaching log's filters: which read holds every match (the narrowest index), what matches, and the focus skills
// offered without reading any entry.
import { describe, expect, it } from 'vitest';
import {
  entryRead,
  filterEntries,
  focusSkillChoices,
  noEntryFilters,
} from '../../../../renderer/domain/coaching/entryListQuery';
import type { CoachingEntry } from '../../../../renderer/domain/model';
import { noteElements } from '../../../../renderer/domain/coaching/coachingLabels';

const note = Object.fromEntries(noteElements.map((e) => [e.key, ''])) as CoachingEntry['note'];
const entry = (id: string, fields: Partial<CoachingEntry>): CoachingEntry =>
  ({
    id,
    kind: 'observation',
    caseworkerId: 'cw-1',
    coachId: null,
    date: '2026-03-01',
    focusSkill: '',
    strengths: '',
    growthAreas: '',
    note,
    createdAt: '2026-03-01T09:00:00.000Z',
    ...fields,
  }) as CoachingEntry;
const names = (id: string) => (id === 'cw-1' ? 'Seán O’Brien' : 'Ana Lopez');

describe('entryRead', () => {
  it('reads only the page when nothing is filtered, else the narrowest index, else everything', () => {
    expect(entryRead(noEntryFilters)).toEqual({ by: 'newest' });
    expect(entryRead({ ...noEntryFilters, text: '  ' })).toEqual({ by: 'newest' });
    expect(entryRead({ ...noEntryFilters, kind: 'ride-along', coachId: 'c1', caseworkerId: 'w1' })).toEqual({
      by: 'caseworkerId',
      value: 'w1',
    });
    expect(entryRead({ ...noEntryFilters, kind: 'ride-along', coachId: 'c1' })).toEqual({
      by: 'coachId',
      value: 'c1',
    });
    expect(entryRead({ ...noEntryFilters, kind: 'ride-along', text: 'visit' })).toEqual({
      by: 'kind',
      value: 'ride-along',
    });
    expect(entryRead({ ...noEntryFilters, focus: 'Safety assessment' })).toEqual({ by: 'all' });
    expect(entryRead({ ...noEntryFilters, text: 'obrien' })).toEqual({ by: 'all' });
  });
});

describe('filterEntries', () => {
  const entries = [
    entry('a', {
      kind: 'ride-along',
      focusSkill: 'Safety assessment',
      coachId: 'c1' as CoachingEntry['coachId'],
    }),
    entry('b', { caseworkerId: 'cw-2', note: { ...note, plan: 'Practise the new tool' } }),
    entry('c', { caseworkerId: 'cw-1', strengths: 'Calm' }),
  ];
  it('keeps the order given and matches every filter, words ignoring accents, case and apostrophes', () => {
    expect(filterEntries(entries, noEntryFilters, names).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(filterEntries(entries, { ...noEntryFilters, text: 'obrien' }, names).map((e) => e.id)).toEqual([
      'a',
      'c',
    ]);
    expect(filterEntries(entries, { ...noEntryFilters, text: 'NEW tool' }, names).map((e) => e.id)).toEqual([
      'b',
    ]);
    expect(
      filterEntries(entries, { ...noEntryFilters, kind: 'ride-along', coachId: 'c1' }, names).map(
        (e) => e.id,
      ),
    ).toEqual(['a']);
    expect(
      filterEntries(entries, { ...noEntryFilters, focus: 'Safety assessment', caseworkerId: 'cw-2' }, names),
    ).toEqual([]);
  });
});

describe('focusSkillChoices', () => {
  it('offers the settings list, other skills among the entries read and the one chosen, once each, sorted', () => {
    expect(
      focusSkillChoices(
        ['Safety assessment', 'Face-to-face visit quality'],
        [{ focusSkill: 'Court reports' }, { focusSkill: '' }, { focusSkill: 'Safety assessment' }],
        'Old skill',
      ),
    ).toEqual(['Court reports', 'Face-to-face visit quality', 'Old skill', 'Safety assessment']);
  });
});
