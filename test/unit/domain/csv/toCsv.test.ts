// toCsv and tableToCsv: export that spreadsheets open correctly and that reads back the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../renderer/domain/csv/parseCsv';
import { csvCell, tableToCsv, toCsv } from '../../../../renderer/domain/csv/toCsv';

describe('csvCell', () => {
  it('flattens values sensibly', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(false)).toBe('no');
    expect(csvCell(new Date('2026-03-14T10:00:00Z'))).toBe('2026-03-14T10:00:00.000Z');
    expect(csvCell(['paper', 'spreadsheet'])).toBe('paper; spreadsheet');
    expect(csvCell([1, null, 'x'])).toBe('1; x');
    expect(csvCell([{ wave: 1 }])).toBe('{"wave":1}');
    expect(csvCell({ where: 'desk', how: 'tablet' })).toBe('{"where":"desk","how":"tablet"}');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF line endings and quotes only where needed', () => {
    const csv = toCsv(
      ['Name', 'Unit', 'Note'],
      [
        ["O'Brien, Seán", 'Intake', 'said "hi"\nthen left'],
        ['Nguyễn Thị Ánh', 'CPS', ''],
      ],
    );
    expect(csv).toBe(
      '\uFEFFName,Unit,Note\r\n"O\'Brien, Seán",Intake,"said ""hi""\nthen left"\r\nNguyễn Thị Ánh,CPS,\r\n',
    );
  });

  it('leaves the BOM out on request', () => {
    expect(toCsv(['a'], [['1']], { bom: false })).toBe('a\r\n1\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but not real numbers', () => {
    const csv = toCsv(
      ['v'],
      [['=HYPERLINK("http://evil")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\tx'], ['\rx'], [-5], ['a=b']],
      { bom: false },
    );
    expect(csv.split('\r\n')).toEqual([
      'v',
      '"\'=HYPERLINK(""http://evil"")"',
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      '-5',
      'a=b',
      '',
    ]);
    expect(toCsv(['v'], [['=1+1']], { bom: false, guardFormulas: false })).toBe('v\r\n=1+1\r\n');
  });

  it('guards array cells too, as they are text', () => {
    expect(toCsv(['v'], [[['=cmd', 'b']]], { bom: false })).toBe("v\r\n'=cmd; b\r\n");
  });

  it('reads back what it wrote (round trip through parseCsv)', () => {
    const cell = fc
      .string({ unit: 'grapheme', maxLength: 12 })
      .filter((s) => !/^[=+\-@\t\r]/.test(s) && !s.includes('\0'));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          // Rows that are entirely blank are skipped on import by design, so give every row a visible id.
          const data = rows.map((r, i) => [`id${String(i)}`, ...r]);
          const result = parseCsv(toCsv(['id', 'a', 'b', 'c'], data));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const normalise = (s: string) => s.replace(/\r\n?/g, '\n');
          expect(result.value.rows.map((r) => r.cells)).toEqual([
            ['id', 'a', 'b', 'c'],
            ...data.map((r) => r.map(normalise)),
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('tableToCsv', () => {
  it('exports records through columns in the columns’ order', () => {
    interface Person {
      name: string;
      caseload: number | null;
      tags: string[];
    }
    const people: Person[] = [
      { name: 'Ana', caseload: 12, tags: ['pilot', 'mentor'] },
      { name: '-Bo', caseload: null, tags: [] },
    ];
    const csv = tableToCsv(people, [
      { key: 'caseload', header: 'Caseload', value: (p) => p.caseload },
      { key: 'name', header: 'Name', value: (p) => p.name },
      { key: 'tags', header: 'Tags', value: (p) => p.tags },
    ]);
    expect(csv).toBe("\uFEFFCaseload,Name,Tags\r\n12,Ana,pilot; mentor\r\n,'-Bo,\r\n");
  });

  it('writes just the header for an empty table', () => {
    expect(tableToCsv([], [{ key: 'a', header: 'A', value: () => 1 }], { bom: false })).toBe('A\r\n');
  });
});
