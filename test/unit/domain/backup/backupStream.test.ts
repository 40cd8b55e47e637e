import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupStreamReader, BackupStreamError } from '../../../../renderer/domain/backup/backupStream';

function read(chunks: readonly string[]) {
  const fields: Record<string, unknown> = {};
  const tables: Record<string, unknown[]> = {};
  const reader = backupStreamReader({
    field: (key, value) => {
      fields[key] = value;
    },
    table: (table) => {
      tables[table] = [];
    },
    row: (table, value) => {
      (tables[table] ??= []).push(value);
    },
  });
  for (const chunk of chunks) reader.write(chunk);
  reader.end();
  return { fields, tables };
}

/** Cuts text at the given fractions, so pieces end anywhere: inside strings, escapes, numbers, keys. */
const cut = (text: string, at: readonly number[]) => {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let last = 0;
  for (const p of points) {
    pieces.push(text.slice(last, p));
    last = p;
  }
  pieces.push(text.slice(last));
  return pieces;
};

const backup = {
  format: 'cohort-coach-backup',
  schemaVersion: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  tables: {
    units: [{ id: 'u1', name: 'Intake "North"\n\\ é 😀', n: [1, 2.5, -3e2, true, null] }, { id: 'u2' }],
    gaps: [],
    odd: [1, 'two', null, [3]],
  },
  settings: { role: 'trainer', nested: { a: [{}, []] } },
  trailing: null,
};

describe('backupStreamReader', () => {
  it('hands over each row and top-level field, parsed, for the compact and the indented layout', () => {
    for (const text of [JSON.stringify(backup), JSON.stringify(backup, null, 2)]) {
      const { fields, tables } = read([text]);
      expect(tables).toEqual(backup.tables);
      expect(fields).toEqual({
        format: backup.format,
        schemaVersion: 1,
        exportedAt: backup.exportedAt,
        settings: backup.settings,
        trailing: null,
      });
    }
  });

  it('gives the same result however the file is cut into pieces', () => {
    const text = JSON.stringify(backup, null, 1);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), (at) => {
        expect(read(cut(text, at)).tables).toEqual(backup.tables);
      }),
    );
  });

  it('refuses what is not JSON of the right shape', () => {
    for (const text of [
      '',
      'not json',
      '[1,2]',
      '{"tables": [1]}',
      '{"tables": {"units": 3}}',
      '{"a": 1}x',
      '{"a": {',
    ]) {
      expect(() => read([text]), text).toThrow(BackupStreamError);
    }
    expect(() => read(['{"tables": {"units": [{"id": }]}}'])).toThrow(BackupStreamError);
  });
});
