// validateImport with a small made-up spec: the generic rules every import shares.
import { describe, expect, it } from 'vitest';
import { cellParsers } from '../../../../renderer/domain/csv/cellParsers';
import type { ImportSpec } from '../../../../renderer/domain/csv/importSpec';
import { parseCsv, type ParsedCsv } from '../../../../renderer/domain/csv/parseCsv';
import {
  formatRejectedRow,
  importReport,
  validateImport,
} from '../../../../renderer/domain/csv/validateImport';

interface Values extends Record<string, unknown> {
  code: string;
  title: string;
  pages: number | null;
}
interface Book {
  code: string;
  title: string;
  pages: number | null;
}
interface Ctx {
  shelf: { code: string; title: string }[];
}

const spec: ImportSpec<Values, Book, Ctx> = {
  what: 'book',
  where: 'on the shelf',
  fields: {
    code: { label: 'Code', required: true, synonyms: ['isbn'], empty: '', parse: cellParsers.text(20) },
    title: { label: 'Title', synonyms: [], empty: '', parse: cellParsers.text(100) },
    pages: { label: 'Pages', synonyms: [], empty: null, parse: cellParsers.wholeNumber({ min: 1 }) },
  },
  build: (values) =>
    values.title.toLowerCase() === 'untitled'
      ? { ok: false, reasons: ['Title cannot be "Untitled"'] }
      : { ok: true, value: { ...values }, warnings: values.pages === null ? ['Pages is blank'] : [] },
  duplicateKeys: (book) => [{ key: book.code.toLowerCase(), label: `code ${book.code}` }],
  existingKeys: (ctx) => ctx.shelf.map((b) => ({ key: b.code.toLowerCase(), owner: b.title })),
};

function table(text: string): ParsedCsv {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const all = { code: 0, title: 1, pages: 2 };
const run = (text: string, mapping: Record<string, number | null> = all, shelf: Ctx['shelf'] = []) =>
  validateImport({ table: table(text), headerIndex: 0, mapping, spec, context: { shelf } });

describe('validateImport', () => {
  it('accepts good rows with their line numbers and builds the records', () => {
    const preview = run('Code,Title,Pages\nA1,Dune,412\n\nB2,Emma,\n');
    expect(preview.errors).toEqual([]);
    expect(preview.canImport).toBe(true);
    expect(preview.accepted).toEqual([
      { line: 2, value: { code: 'A1', title: 'Dune', pages: 412 }, warnings: [] },
      { line: 4, value: { code: 'B2', title: 'Emma', pages: null }, warnings: ['Pages is blank'] },
    ]);
    expect(preview.totals).toEqual({ rows: 2, accepted: 2, rejected: 0, duplicates: 0, withWarnings: 1 });
    expect(preview.summary).toBe('2 of 2 rows are ready to import as 2 books.');
    expect(preview.headerLine).toBe(1);
  });

  it('lists every reason of a bad row, naming the column and the value', () => {
    const preview = run('Code,Title,Pages\n,Dune,twelve\nC3,Untitled,10\n');
    expect(preview.rejected.map(formatRejectedRow)).toEqual([
      "line 2: Code is missing; Pages 'twelve' is not a whole number",
      'line 3: Title cannot be "Untitled"',
    ]);
    expect(preview.rejected[0]?.reasons.map((r) => r.field)).toEqual(['code', 'pages']);
    expect(preview.rejected[0]?.cells).toEqual(['', 'Dune', 'twelve']);
  });

  it('cuts long values short in messages', () => {
    const preview = run(`Code,Title,Pages\nA1,Dune,${'9'.repeat(30)}x${'9'.repeat(30)}\n`);
    expect(preview.rejected[0]?.reasons[0]?.message).toMatch(/^Pages '9{30}x9{8}…' is not a whole number$/);
  });

  it('flags duplicates within the file against the first row that will be imported', () => {
    const preview = run(
      'Code,Title,Pages\nA1,Dune,412\nB2,,x\nB2,Emma,300\na1,Dune again,10\nB2,Emma again,5\n',
    );
    expect(preview.rejected.map(formatRejectedRow)).toEqual([
      "line 3: Pages 'x' is not a whole number",
      'line 5: Same code a1 as line 2',
      'line 6: Same code B2 as line 4',
    ]);
    expect(preview.totals).toMatchObject({ rows: 5, accepted: 2, rejected: 3, duplicates: 2 });
    expect(preview.rejected.map((r) => r.duplicate)).toEqual([false, true, true]);
    expect(preview.summary).toBe(
      '2 of 5 rows are ready to import as 2 books; 3 will be skipped (1 row with problems, 2 duplicates).',
    );
  });

  it('flags rows already stored, naming who holds the key', () => {
    const preview = run('Code,Title,Pages\nA1,Dune,412\nZ9,New,5\n', all, [
      { code: 'a1', title: 'Dune (1965)' },
    ]);
    expect(preview.rejected.map(formatRejectedRow)).toEqual([
      'line 2: Code A1 is already on the shelf (Dune (1965))',
    ]);
    expect(preview.accepted.map((r) => r.line)).toEqual([3]);
  });

  it('refuses the file when a required field has no column', () => {
    const preview = run('Title,Pages\nDune,412\n', { code: null, title: 0, pages: 1 });
    expect(preview.errors).toEqual(['No column for Code was found. Map one of the columns to Code.']);
    expect(preview.canImport).toBe(false);
    expect(preview.accepted).toEqual([]);
    expect(preview.totals.rows).toBe(1);
  });

  it('refuses a mapping that uses one column twice or a column that does not exist', () => {
    expect(run('Code,Title\nA1,Dune\n', { code: 0, title: 0, pages: null }).errors).toEqual([
      "Column 'Code' is chosen for both Code and Title; a column can fill only one field.",
    ]);
    expect(run('Code,Title\nA1,Dune\n', { code: 0, title: 1, pages: 7 }).errors[0]).toMatch(
      /^Pages is set to a column that is not in the file/,
    );
  });

  it('says so clearly when every row is bad', () => {
    const preview = run('Code,Title,Pages\n,Dune,1\nA1,Untitled,2\n');
    expect(preview.canImport).toBe(false);
    expect(preview.errors).toEqual([
      'None of the 2 rows can be imported: every row has a problem, listed below with its line number.',
    ]);
    expect(preview.rejected).toHaveLength(2);
  });

  it('says so when there is a header but no data', () => {
    const preview = run('Code,Title,Pages\n');
    expect(preview.errors).toEqual(['The file has a header row but no rows of data below it.']);
    expect(preview.summary).toBe('No rows of data were found.');
  });

  it('warns about columns not imported and cells beyond the header', () => {
    const preview = run('Code,Title,Pages,Notes\nA1,Dune,412,classic\nB2,Emma,300,,stray\n', all);
    expect(preview.warnings).toEqual([
      'This column is not imported: Notes.',
      'Line 3 has more cells than the header has columns; the extra cells were not imported.',
    ]);
    expect(preview.columns).toEqual(['Code', 'Title', 'Pages', 'Notes', 'Column 5']);
    expect(preview.canImport).toBe(true);
  });

  it('treats an unmapped optional field as blank', () => {
    const preview = run('Code,Title,Pages\nA1,Dune,412\n', { code: 0, title: null, pages: null });
    expect(preview.accepted[0]?.value).toEqual({ code: 'A1', title: '', pages: null });
  });

  it('writes a plain-text report', () => {
    const report = importReport(run('Code,Title,Pages\nA1,Dune,\n,x,1\n'));
    expect(report.split('\n')).toEqual([
      '1 of 2 rows is ready to import as 1 book; 1 will be skipped (1 row with problems).',
      'line 3: Code is missing',
      'line 2: Pages is blank',
    ]);
  });

  // Its speed is measured by the benchmark (npm run bench), never asserted here: tests do not depend on the machine.
  it('validates 50,000 rows with 1,000 duplicates among them', () => {
    const lines = ['Code,Title,Pages'];
    for (let i = 0; i < 50_000; i += 1)
      lines.push(`C${String(i % 49_000)},Title ${String(i)},${String(1 + (i % 700))}`);
    const parsed = table(lines.join('\n'));
    const preview = validateImport({
      table: parsed,
      headerIndex: 0,
      mapping: all,
      spec,
      context: { shelf: [] },
    });
    expect(preview.totals).toMatchObject({ rows: 50_000, accepted: 49_000, duplicates: 1_000 });
  });
});
