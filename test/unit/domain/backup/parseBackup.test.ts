// parseBackup checks the whole file before the confirm dialog: every problem in words, nothing written.
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../renderer/domain/backup/parseBackup';
import { defaultSettings, tableNames, type TableName } from '../../../../renderer/domain/model';

const AT = '2026-03-01T10:00:00.000Z';
const meta = { createdAt: AT, updatedAt: AT, deletedAt: null };
const UNIT = '00000000-0000-4000-8000-000000000001';
const ANA = '00000000-0000-4000-8000-000000000002';
const ENTRY = '00000000-0000-4000-8000-000000000003';
const GHOST = '00000000-0000-4000-8000-0000000000ff';

function tables(over: Partial<Record<TableName, unknown[]>> = {}): Record<TableName, unknown[]> {
  const base = Object.fromEntries(tableNames.map((t) => [t, []])) as unknown as Record<TableName, unknown[]>;
  base.units = [{ ...meta, id: UNIT, name: 'Intake North', supervisorName: '', programArea: '' }];
  base.caseworkers = [{ ...meta, id: ANA, name: 'Ana Diaz', unitId: UNIT }];
  base.coachingEntries = [{ ...meta, id: ENTRY, kind: 'observation', caseworkerId: ANA, date: '2026-02-02' }];
  return { ...base, ...over };
}

const file = (t: Record<TableName, unknown[]>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    ...(JSON.parse(serializeBackup(t as never, defaultSettings(), AT)) as object),
    ...extra,
  });

function problems(text: string): string[] {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.errors;
}

describe('parseBackup', () => {
  it('accepts a sound backup, with the record counts written in its header', () => {
    const text = file(tables());
    expect(JSON.parse(text).counts).toMatchObject({ units: 1, caseworkers: 1, coachingEntries: 1, gaps: 0 });
    expect(parseBackup(text).ok).toBe(true);
  });

  it('refuses a backup with a table missing, instead of emptying that table', () => {
    const parsed = JSON.parse(file(tables())) as { tables: Record<string, unknown> };
    delete parsed.tables.coachingEntries;
    expect(problems(JSON.stringify(parsed))).toEqual([
      'Coaching entries: the table is missing from the file, so restoring would empty it. The backup is incomplete.',
    ]);
  });

  it('refuses a table emptied or cut short after the backup was made', () => {
    const parsed = JSON.parse(file(tables())) as { tables: Record<string, unknown[]> };
    parsed.tables.caseworkers = [];
    parsed.tables.coachingEntries = [];
    expect(problems(JSON.stringify(parsed))).toEqual([
      'Caseworkers: the backup was saved with 1 record but the file holds 0 records. The file was cut short or changed after it was made.',
      'Coaching entries: the backup was saved with 1 record but the file holds 0 records. The file was cut short or changed after it was made.',
    ]);
  });

  it('refuses duplicate ids in words (not a raw ConstraintError at restore time)', () => {
    const twice = { ...meta, id: ANA, name: 'Ana Diaz again', unitId: UNIT };
    const t = tables();
    const text = file({ ...t, caseworkers: [...(t.caseworkers ?? []), twice] });
    expect(problems(text)).toEqual([
      `Caseworkers: the id ${ANA} is used by 2 records; each record needs its own.`,
    ]);
  });

  it('refuses references to records the file does not hold', () => {
    const t = tables({
      coachingEntries: [{ ...meta, id: ENTRY, kind: 'observation', caseworkerId: GHOST, date: '2026-02-02' }],
      cohorts: [
        {
          ...meta,
          id: '00000000-0000-4000-8000-000000000010',
          rolloutId: GHOST,
          name: 'Cohort A',
          members: [{ caseworkerId: ANA, wave: 1 }],
        },
      ],
    });
    expect(problems(file(t))).toEqual([
      `Cohorts, record 00000000-0000-4000-8000-000000000010: its rollout (${GHOST}) is not in the backup.`,
      `Coaching entries, record ${ENTRY}: its caseworker (${GHOST}) is not in the backup.`,
    ]);
  });

  it.each([0, -3])('refuses data version %i, which no version of the app wrote', (version) => {
    expect(problems(file(tables(), { schemaVersion: version }))[0]).toMatch(
      new RegExp(
        `^This backup says it holds data version ${String(version)}, which no version of Cohort Coach ever wrote`,
      ),
    );
  });

  it('lists at most twenty problems and says how many more there were', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...meta, id: `bad-${String(i)}`, name: '' }));
    const errors = problems(file(tables({ units: many })));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('… and 5 more problems.');
  });
});

describe('a backup written in pieces', () => {
  it('joins into the JSON of the whole workspace, tables over several pieces included, and reads back whole', () => {
    const many = Array.from({ length: 2_500 }, (_, i) => ({
      ...meta,
      id: `00000000-0000-4000-8000-${String(i + 100).padStart(12, '0')}`,
      name: `Caseworker ${i}`,
      unitId: UNIT,
    }));
    const t = tables();
    t.caseworkers.push(...many);
    const text = serializeBackup(t as never, defaultSettings(), AT);
    expect(JSON.parse(text)).toEqual({
      format: 'cohort-coach-backup',
      schemaVersion: 1,
      exportedAt: AT,
      counts: Object.fromEntries(tableNames.map((name) => [name, t[name].length])),
      tables: t,
      settings: defaultSettings(),
    });
    const parsed = parseBackup(text);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.backup.tables.caseworkers.map((c) => c.name)).toEqual([
      'Ana Diaz',
      ...many.map((c) => c.name),
    ]);
  });
});
