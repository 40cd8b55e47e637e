// foldText and header keys: matching that ignores case, accents, punctuation and spacing.
import { describe, expect, it } from 'vitest';
import { foldText, headerKey, headerTokens, tidyText } from '../../../../renderer/domain/csv/foldText';

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
