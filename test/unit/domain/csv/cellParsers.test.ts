// cellParsers: each kind of cell, good and bad, with the words that follow the column name.
import { describe, expect, it } from 'vitest';
import { cellParsers } from '../../../../renderer/domain/csv/cellParsers';

describe('cellParsers.date', () => {
  const date = cellParsers.date();
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['2025/3/4', '2025-03-04'],
    ['2025-03-14 00:00:00', '2025-03-14'],
    ['2025-03-14T08:30:00Z', '2025-03-14'],
    ['3/14/2025', '2025-03-14'],
    ['03/04/2025', '2025-03-04'],
    ['3-14-2025', '2025-03-14'],
    ['14.03.2025', '2025-03-14'],
    ['14 March 2025', '2025-03-14'],
    ['14 Mar 2025', '2025-03-14'],
    ['1 Sept 2019', '2019-09-01'],
    ['14-Mar-2025', '2025-03-14'],
    ['March 14, 2025', '2025-03-14'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %s', (cell, expected) => {
    expect(date(cell)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2025-02-30', 'is not a real calendar date'],
    ['2/30/2025', 'is not a real calendar date'],
    ['30 February 2025', 'is not a real calendar date'],
    ['February 30, 2025', 'is not a real calendar date'],
    ['2025-13-01', 'is not a real calendar date'],
    ['31.04.2025', 'is not a real calendar date'],
  ])('calls %s impossible', (cell, message) => {
    expect(date(cell)).toEqual({ ok: false, message });
  });

  it('explains day-first dates, two-digit years and text that is no date', () => {
    expect(date('25/03/2025')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/month\/day\/year/) as unknown,
    });
    expect(date('3/14/25')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/two-digit year/) as unknown,
    });
    expect(date('next week')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is not a date/) as unknown,
    });
    expect(date('Smarch 3 2025')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is not a date/) as unknown,
    });
  });
});

describe('cellParsers.wholeNumber', () => {
  const caseload = cellParsers.wholeNumber({ min: 0, max: 1000 });
  it('reads whole numbers, including "12.0" and "1,000"', () => {
    expect(caseload('12')).toEqual({ ok: true, value: 12 });
    expect(caseload('0')).toEqual({ ok: true, value: 0 });
    expect(caseload('12.0')).toEqual({ ok: true, value: 12 });
    expect(caseload('1,000')).toEqual({ ok: true, value: 1000 });
  });
  it('words each problem', () => {
    expect(caseload('twelve')).toEqual({ ok: false, message: 'is not a whole number' });
    expect(caseload('12.5')).toEqual({ ok: false, message: 'is not a whole number' });
    expect(caseload('-3')).toEqual({ ok: false, message: 'cannot be negative' });
    expect(caseload('5000')).toEqual({ ok: false, message: 'is more than 1000, which is not plausible' });
    expect(cellParsers.wholeNumber({ min: 1 })('0')).toEqual({ ok: false, message: 'cannot be less than 1' });
  });
});

describe('cellParsers.text, email and choice', () => {
  it('tidies text and refuses what is too long', () => {
    expect(cellParsers.text(20)("  O'Brien,   Seán ")).toEqual({ ok: true, value: "O'Brien, Seán" });
    expect(cellParsers.text(3)('abcd')).toEqual({ ok: false, message: 'is longer than 3 characters' });
  });
  it('checks email addresses', () => {
    expect(cellParsers.email()('ana.lopez@agency.example.gov')).toEqual({
      ok: true,
      value: 'ana.lopez@agency.example.gov',
    });
    expect(cellParsers.email()('ana at agency')).toEqual({
      ok: false,
      message: 'is not a valid email address',
    });
  });
  it('recognises choices by any of their words, ignoring case, accents and punctuation', () => {
    const size = cellParsers.choice({ small: ['small', 's'], large: ['large', 'l', 'très grand'] });
    expect(size('S')).toEqual({ ok: true, value: 'small' });
    expect(size('Tres-Grand')).toEqual({ ok: true, value: 'large' });
    expect(size('medium')).toEqual({ ok: false, message: 'is not one of: small or large' });
  });
});
