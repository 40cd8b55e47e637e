// foldText and header keys: matching that ignores case, accents, punctuation and spacing.
import { describe, expect, it } from 'vitest';
import {
  foldText,
  headerKey,
  headerTokens,
  searchKey,
  firstRankedMatches,
  rankedMatches,
  searchMatcher,
  searchWords,
  tidyText,
} from '../../../../renderer/domain/csv/foldText';

describe('foldText', () => {
  it('folds case, accents and spacing', () => {
    expect(foldText('  Nguyễn   Thị Ánh ')).toBe('nguyen thi anh');
    expect(foldText("O'Brien, SEÁN")).toBe("o'brien, sean");
    expect(foldText('Đặng Ørsted Łukasz Straße')).toBe('dang orsted lukasz strasse');
    expect(foldText('Seán O’Brien – “Coco”')).toBe(`sean o'brien - "coco"`);
  });

  it('tidies text to NFC with collapsed whitespace, leaving the letters alone', () => {
    const decomposed = 'Sea\u0301n'; // "Seán" as macOS writes it
    expect(tidyText(`  ${decomposed}\t O'Brien `)).toBe("Seán O'Brien");
    expect(tidyText('Nguyễn  Thị Ánh')).toBe('Nguyễn Thị Ánh');
  });

  it('turns headers into comparable words', () => {
    expect(headerTokens('E-mail Address')).toEqual(['email', 'address']);
    expect(headerTokens('Emp #')).toEqual(['emp', 'number']);
    expect(headerTokens('Dept/Unit')).toEqual(['dept', 'unit']);
    expect(headerKey('E-mail address')).toBe(headerKey('Email Address'));
    expect(headerKey('  HIRE_DATE ')).toBe(headerKey('Hire date'));
    expect(headerKey('Fecha de contratación')).toBe('fechadecontratacion');
    expect(headerTokens('---')).toEqual([]);
  });
});

describe('search keys', () => {
  const finds = (query: string, name: string) => searchMatcher(query)(searchKey(name));

  it('finds people however their name is typed', () => {
    expect(finds('lukasz', 'Łukasz Nowak')).toBe(true);
    expect(finds('sean obrien', "O'Brien, Seán")).toBe(true);
    expect(finds("o'brien", 'Seán O’Brien')).toBe(true);
    expect(finds('OBRIEN', 'Seán O‘Brien')).toBe(true);
    expect(finds('nguyen anh', 'Nguyễn Thị Ánh')).toBe(true);
    expect(finds('orsted', 'Ørsted, Bjørn')).toBe(true);
    expect(finds('strasse', 'Anna Straße')).toBe(true);
    expect(finds('ssen', 'Jan Deßen')).toBe(true);
    expect(finds('jean-luc', 'Jean Luc Picard')).toBe(true);
    expect(finds('dang', 'Đặng Văn')).toBe(true);
  });

  it('needs every word, in any order, and matches everything on an empty query', () => {
    expect(finds('sean smith', "O'Brien, Seán")).toBe(false);
    expect(finds('', 'Anyone')).toBe(true);
    expect(finds('  , ', 'Anyone')).toBe(true);
  });

  it('makes keys from words only', () => {
    expect(searchKey("O'Brien, Seán")).toBe('obrien sean');
    expect(searchKey('  Łukasz   Żółć ')).toBe('lukasz zolc');
    expect(searchWords('Sean  O’Brien')).toEqual(['sean', 'obrien']);
    expect(searchWords(' - ')).toEqual([]);
  });
});

describe('ranked matches for a picker', () => {
  const people = ['Worker 1432', 'Worker 432', 'Ana Worker', 'Worker 4320', 'Łukasz Nowak', 'Worker 2'].map(
    (name) => ({
      key: searchKey(name),
      item: name,
    }),
  );

  it('lists the names that start with what was typed first, then the other matches, each in the given order', () => {
    expect(rankedMatches(people, 'Worker 432')).toEqual(['Worker 432', 'Worker 4320', 'Worker 1432']);
    expect(rankedMatches(people, 'worker')).toEqual([
      'Worker 1432',
      'Worker 432',
      'Worker 4320',
      'Worker 2',
      'Ana Worker',
    ]);
    expect(rankedMatches(people, 'lukasz')).toEqual(['Łukasz Nowak']);
  });

  it('lists everyone for an empty query and no one for a miss', () => {
    expect(rankedMatches(people, '  ')).toHaveLength(6);
    expect(rankedMatches(people, 'zed')).toEqual([]);
  });

  it('gives the first matches up to a limit, best first, and how many match in all', () => {
    expect(firstRankedMatches(people, 'worker', 2)).toEqual({
      items: ['Worker 1432', 'Worker 432'],
      total: 5,
    });
    // No name starts with "432": the matches come in the given order; with the name typed, the exact start comes first.
    expect(firstRankedMatches(people, '432', 1)).toEqual({ items: ['Worker 1432'], total: 3 });
    expect(firstRankedMatches(people, 'Worker 432', 1)).toEqual({ items: ['Worker 432'], total: 3 });
    expect(firstRankedMatches(people, '', 3)).toEqual({
      items: ['Worker 1432', 'Worker 432', 'Ana Worker'],
      total: 6,
    });
    expect(firstRankedMatches(people, 'zed', 3)).toEqual({ items: [], total: 0 });
  });
});
