// decodeCsvBytes: the encodings spreadsheets actually save in.
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../../renderer/domain/csv/decodeCsvBytes';
import { parseCsv } from '../../../../renderer/domain/csv/parseCsv';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const text = "Name\nNguyễn Thị Ánh\nO'Brien, Seán\n";
    expect(decodeCsvBytes(utf8(text))).toEqual({ text, encoding: 'utf-8', warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeCsvBytes(withBom).text).toBe(text);
  });

  it('reads UTF-16 little- and big-endian with a BOM (Excel "Unicode text")', () => {
    const text = 'Name\tUnit\r\nSeán\tIntake\r\n';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      le.set([c & 0xff, c >> 8], 2 + i * 2);
      be.set([c >> 8, c & 0xff], 2 + i * 2);
    }
    expect(decodeCsvBytes(le)).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(be)).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for old Excel CSV files, with a warning', () => {
    // "Seán" in Windows-1252: á is the single byte 0xE1, which is not valid UTF-8.
    const bytes = new Uint8Array([...utf8('Name\nSe'), 0xe1, ...utf8('n\n')]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('Name\nSeán\n');
    expect(decoded.warnings[0]).toMatch(/CSV UTF-8/);
  });

  it('lets parseCsv refuse binary files it decoded', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const result = parseCsv(decodeCsvBytes(png).text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not text/);
  });
});
