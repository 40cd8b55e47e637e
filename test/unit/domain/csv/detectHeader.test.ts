// detectHeader: the row of column names, even below a title, a date line or blank lines.
import { describe, expect, it } from 'vitest';
import { detectHeader } from '../../../../renderer/domain/csv/detectHeader';
import { specFields } from '../../../../renderer/domain/csv/importSpec';
import { parseCsv, type CsvRow } from '../../../../renderer/domain/csv/parseCsv';
import { rosterImportSpec } from '../../../../renderer/domain/roster/rosterImport';

const known = specFields(rosterImportSpec).flatMap((f) => [f.label, ...f.synonyms]);
function rowsOf(text: string): CsvRow[] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.value.rows;
}

describe('detectHeader', () => {
  it('takes the first row when it is the header', () => {
    expect(detectHeader(rowsOf('Name,Unit,Caseload\nAna,Intake,12\n'), known)).toEqual({
      index: 0,
      line: 1,
      matched: 3,
      confidence: 'high',
    });
  });

  it('skips a title line, a date line and blank lines above the header', () => {
    const text =
      'Northside Family Services - staff roster\nExported 2026-03-02 by HRIS\n\n\nEmployee Name,Emp ID,Dept/Unit,Hire Date\nAna López,E1,Intake,2024-01-02\n';
    const guess = detectHeader(rowsOf(text), known);
    expect(guess).toMatchObject({ index: 2, line: 5, confidence: 'high' });
  });

  it('prefers the header to data rows that happen to contain known words', () => {
    const text = 'Name,Team,Status\nStaff Team,Intake Team,Active\nBo,Team B,Active\n';
    expect(detectHeader(rowsOf(text), known)?.index).toBe(0);
  });

  it('guesses a text row with low confidence when no column name is known', () => {
    const guess = detectHeader(rowsOf('Nom,Équipe\nAna,Accueil\n'), known);
    expect(guess).toEqual({ index: 0, line: 1, matched: 0, confidence: 'low' });
  });

  it('finds no header in junk or in numbers only', () => {
    expect(detectHeader(rowsOf('lorem ipsum dolor\nsit amet\nconsectetur\n'), known)).toBeNull();
    expect(detectHeader(rowsOf('1,2,3\n4,5,6\n'), known)).toBeNull();
  });

  it('looks only at the first rows', () => {
    const text = `${Array.from({ length: 12 }, (_, i) => `note ${String(i)}`).join('\n')}\nName,Unit\nAna,Intake\n`;
    expect(detectHeader(rowsOf(text), known)).toBeNull();
    expect(detectHeader(rowsOf(text), known, 20)?.line).toBe(13);
  });
});
