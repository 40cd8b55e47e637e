// parseCsv: encodings, quoting, line endings, blank lines, delimiters, and the refusals a person can act on.
import { describe, expect, it } from 'vitest';
import {
  csvLimits,
  delimiterName,
  listLines,
  parseCsv,
  type ParsedCsv,
} from '../../../../renderer/domain/csv/parseCsv';

function parsed(text: string, options?: Parameters<typeof parseCsv>[1]): ParsedCsv {
  const result = parseCsv(text, options);
  if (!result.ok) throw new Error(`expected the file to parse, got: ${result.error}`);
  return result.value;
}
function refusal(text: string, options?: Parameters<typeof parseCsv>[1]): string {
  const result = parseCsv(text, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('parseCsv', () => {
  it('reads a plain comma file with 1-based line numbers', () => {
    const { rows, delimiter } = parsed('Name,Unit\nAna,Intake\nBo,CPS\n');
    expect(delimiter).toBe(',');
    expect(rows).toEqual([
      { line: 1, cells: ['Name', 'Unit'] },
      { line: 2, cells: ['Ana', 'Intake'] },
      { line: 3, cells: ['Bo', 'CPS'] },
    ]);
  });

  it('strips a UTF-8 byte order mark so the first header is not "\\uFEFFName"', () => {
    const { rows } = parsed('\uFEFFName,Unit\r\nAna,Intake\r\n');
    expect(rows[0]?.cells[0]).toBe('Name');
  });

  it('handles CRLF, LF and lone CR line endings, even mixed in one file', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const { rows } = parsed(['Name,Unit', 'Ana,Intake', 'Bo,CPS'].join(eol));
      expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
      expect(rows[2]?.cells).toEqual(['Bo', 'CPS']);
    }
    const { rows } = parsed('Name,Unit\r\nAna,Intake\nBo,CPS\rCy,Foster\r\n');
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'Name'],
      [2, 'Ana'],
      [3, 'Bo'],
      [4, 'Cy'],
    ]);
  });

  it('keeps quoted commas, escaped quotes and accents intact', () => {
    const { rows } = parsed('Name,Note\n"O\'Brien, Seán","said ""hi"""\nNguyễn Thị Ánh,ok\n');
    expect(rows[1]?.cells).toEqual(["O'Brien, Seán", 'said "hi"']);
    expect(rows[2]?.cells).toEqual(['Nguyễn Thị Ánh', 'ok']);
  });

  it('gives the line where a record starts when a quoted cell spans lines, and counts those lines afterwards', () => {
    const text = 'Name,Note\r\n"Ana","first\r\nsecond\r\nthird"\r\nBo,x\r\n\r\nCy,"a\nb"\nDee,y\n';
    const { rows } = parsed(text);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5, 7, 9]);
    // Line breaks inside a cell are kept, as "\n".
    expect(rows[1]?.cells[1]).toBe('first\nsecond\nthird');
  });

  it('skips blank lines and rows of empty cells but keeps the line numbers a person sees', () => {
    const { rows } = parsed('\n\nName,Unit\n\n,,\n  ,  \nAna,Intake\n\n\nBo,CPS');
    expect(rows.map((r) => r.line)).toEqual([3, 7, 10]);
  });

  it('detects semicolon, tab and vertical-bar delimiters', () => {
    expect(parsed("Name;Unit\nO'Brien, Seán;Intake\nBo;CPS\n").delimiter).toBe(';');
    expect(parsed("Name;Unit\nO'Brien, Seán;Intake\n").rows[1]?.cells).toEqual(["O'Brien, Seán", 'Intake']);
    expect(parsed('Name\tUnit\nAna\tIntake\n').delimiter).toBe('\t');
    expect(parsed('Name|Unit|Role\nAna|Intake|x\n').delimiter).toBe('|');
  });

  it('is not fooled by a title line with commas above a semicolon table', () => {
    const { delimiter, rows } = parsed('Roster, March 2026\nName;Unit;Role\nAna;Intake;x\nBo;CPS;y\n');
    expect(delimiter).toBe(';');
    expect(rows[1]?.cells).toEqual(['Name', 'Unit', 'Role']);
  });

  it('uses a delimiter the caller forces', () => {
    expect(parsed('a;b,c\n', { delimiter: ',' }).rows[0]?.cells).toEqual(['a;b', 'c']);
  });

  it('falls back to comma for a single-column file', () => {
    const { delimiter, rows } = parsed('Name\nAna\nBo\n');
    expect(delimiter).toBe(',');
    expect(rows).toHaveLength(3);
  });

  it('refuses an empty file and a file of blank lines', () => {
    expect(refusal('')).toMatch(/empty/);
    expect(refusal('\uFEFF')).toMatch(/empty/);
    expect(refusal('\n\r\n   \n')).toMatch(/empty/);
    expect(refusal(',,,\n,,\n')).toMatch(/empty/);
  });

  it('refuses binary content: NUL bytes, a workbook, a PDF, undecodable bytes', () => {
    expect(refusal('Name,Unit\nAna\u0000\u0000\u0001,x')).toMatch(/not text/);
    expect(refusal('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml')).toMatch(/Excel workbook/);
    expect(refusal('%PDF-1.7\n%âãÏÓ')).toMatch(/PDF/);
    expect(refusal('\uFFFD\uFFFD\uFFFDa\uFFFD\uFFFDb\uFFFD\uFFFD')).toMatch(/readable text/);
    const controls = Array.from({ length: 200 }, (_, i) => String.fromCharCode(1 + (i % 8))).join('');
    expect(refusal(`Name\n${controls}`)).toMatch(/readable text/);
  });

  it('warns, without refusing, when a few characters could not be decoded', () => {
    const { warnings } = parsed('Name,Unit\nSe\uFFFDn Murphy,Intake\nAna,CPS\nBo,Foster\nCy,Adoption\n');
    expect(warnings.join(' ')).toMatch(/CSV UTF-8/);
  });

  it('refuses a file over the size limit using the byte length the caller passes', () => {
    const error = refusal('Name\nAna\n', { byteLength: 25 * 1024 * 1024 });
    expect(error).toMatch(/25\.0 MB/);
    expect(error).toMatch(/20\.0 MB/);
  });

  it('refuses more rows than the limit', () => {
    const text = ['Name', ...Array.from({ length: 30 }, (_, i) => `Person ${String(i)}`)].join('\n');
    expect(refusal(text, { maxRows: 20 })).toMatch(/more than 20 rows/);
    expect(parsed(text, { maxRows: 31 }).rows).toHaveLength(31);
    expect(csvLimits.maxRows).toBe(200_000);
  });

  it('refuses 10 MB of junk on one line with a clear message', () => {
    const junk = 'x'.repeat(10 * 1024 * 1024);
    const error = refusal(junk, { byteLength: junk.length });
    expect(error).toMatch(/line 1 has a cell 10,485,760 characters long/i);
    expect(error).toMatch(/does not look like a CSV table/);
  });

  it('refuses a quote that is never closed or misplaced, naming the line, instead of running rows together', () => {
    expect(refusal('Name,Unit\nAna,Intake\n"Bo,CPS\nCy,Foster\n')).toMatch(
      /^Line 3 has a quote mark \("\) in the wrong place/,
    );
    expect(refusal('Name,Unit\n"Bo" Smith,CPS\nCy,Foster\n')).toMatch(/^Line 2 has a quote mark/);
    expect(refusal('Name,Unit\n"Bo"x,CPS\n"Cy",Foster\n')).toMatch(/^Line 2 has a quote mark/);
  });

  it('keeps quotes inside an unquoted cell as they are', () => {
    expect(parsed('Name,Unit\nBo "Bobby" Smith,CPS\n').rows[1]?.cells).toEqual(['Bo "Bobby" Smith', 'CPS']);
  });
});

describe('listLines and delimiterName', () => {
  it('words line lists for messages', () => {
    expect(listLines([4])).toBe('line 4');
    expect(listLines([4, 9, 12])).toBe('lines 4, 9 and 12');
    expect(listLines(Array.from({ length: 13 }, (_, i) => i + 1))).toBe(
      'lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 3 more',
    );
    expect(delimiterName(';')).toBe('semicolon');
  });
});
