// startImport: from file text to what the mapping step shows, or a refusal in words.
import { describe, expect, it } from 'vitest';
import { startImport, withHeaderRow } from '../../../../renderer/domain/csv/startImport';
import { rosterImportSpec } from '../../../../renderer/domain/roster/rosterImport';

describe('startImport', () => {
  it('finds the header below a title and guesses the mapping', () => {
    const text = 'Roster export\n\nEmployee Name,Dept/Unit,Hire Date\nAna López,Intake,2024-01-02\n';
    const result = startImport(text, rosterImportSpec);
    if (!result.ok) throw new Error(result.error);
    const { header, columns, guess, table } = result.value;
    expect(header).toMatchObject({ index: 1, line: 3, confidence: 'high' });
    expect(columns.map((c) => c.header)).toEqual(['Employee Name', 'Dept/Unit', 'Hire Date']);
    expect(columns[0]?.samples).toEqual(['Ana López']);
    expect(guess.mapping).toMatchObject({ name: 0, unit: 1, startDate: 2, email: null });
    expect(table.rows).toHaveLength(3);
  });

  it('passes parse refusals through', () => {
    expect(startImport('', rosterImportSpec)).toEqual({
      ok: false,
      error: 'The file is empty: there is nothing to import.',
    });
  });

  it('refuses a file with no recognisable header, even when it is large', () => {
    const junk = Array.from({ length: 100_000 }, (_, i) => `qwerty${String(i)} zxcv asdf`).join('\n');
    const result = startImport(junk, rosterImportSpec, { byteLength: junk.length });
    expect(result).toEqual({
      ok: false,
      error:
        'No row of column names was found in the first 10 lines, so this does not look like a caseworker list. ' +
        'The file should start with a row of column names such as Name, Unit, Role.',
    });
  });

  it('starts over from a header row the user picks', () => {
    const result = startImport('Name,Unit\nAna,Intake\n', rosterImportSpec);
    if (!result.ok) throw new Error(result.error);
    const again = withHeaderRow(result.value.table, 1, rosterImportSpec);
    expect(again.header).toEqual({ index: 1, line: 2, matched: 0, confidence: 'chosen' });
    expect(again.columns.map((c) => c.header)).toEqual(['Ana', 'Intake']);
  });
});
