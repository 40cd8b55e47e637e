// The tool-usage import: exact matching by e-mail or employee ID, unknown users reported and never guessed, events
// counted once per person per day, days already recorded left alone, dates checked against today and the rollout.
import { describe, expect, it } from 'vitest';
import { startImport } from '../../../../renderer/domain/csv/startImport';
import {
  parseWhen,
  previewUsageImport,
  usageImportContext,
  usageImportSpec,
  usageRecords,
} from '../../../../renderer/domain/usage/usageImport';

const TODAY = '2026-03-18';
const rollout = { id: '00000000-0000-4000-8000-0000000000aa', name: 'MobileCase', startDate: '2026-01-05' };
const person = (n: number, name: string, email: string, employeeId = '') => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  name,
  email,
  employeeId,
  deletedAt: null as string | null,
});
const ana = person(1, 'Ana López', 'ana.lopez@agency.example.org', 'E1');
const bo = person(2, 'Bo Chen', 'bo.chen@agency.example.org', 'E2');
const twin = person(3, 'Bo Chen', 'shared@agency.example.org', 'E3');
const twin2 = person(4, 'Cy Chen', 'shared@agency.example.org', 'E4');

function run(csv: string, recorded: { caseworkerId: string; date: string }[] = [], people = [ana, bo]) {
  const started = startImport(csv, usageImportSpec);
  if (!started.ok) throw new Error(started.error);
  return previewUsageImport({
    table: started.value.table,
    headerIndex: started.value.header.index,
    mapping: started.value.guess.mapping,
    context: usageImportContext({
      caseworkers: people,
      usage: recorded.map((r) => ({ ...r, rolloutId: rollout.id, deletedAt: null })),
      rollout,
      today: TODAY,
    }),
  });
}

describe('parseWhen', () => {
  it('reads dates and timestamps as the day written, ignoring the time', () => {
    for (const [cell, day] of [
      ['2026-03-02', '2026-03-02'],
      ['2026-03-02T23:59:12Z', '2026-03-02'],
      ['2026-03-02 14:33:12.123+01:00', '2026-03-02'],
      ['3/2/2026 2:33 PM', '2026-03-02'],
      ['3/2/2026, 14:33', '2026-03-02'],
      ['2 March 2026 14:33 UTC', '2026-03-02'],
    ])
      expect(parseWhen(cell as string)).toEqual({ ok: true, value: day });
    expect(parseWhen('yesterday').ok).toBe(false);
    expect(parseWhen('2026-02-30 10:00').ok).toBe(false);
  });
});

describe('previewUsageImport', () => {
  it('matches by e-mail, counts events once per person per day, and keeps the actions', () => {
    const p = run(
      [
        'User,Timestamp,Action',
        'ana.lopez@agency.example.org,2026-03-02T09:10:00Z,Note created',
        'ANA.LOPEZ@agency.example.org,2026-03-02T15:40:00Z,Case opened',
        'ana.lopez@agency.example.org,2026-03-02T16:00:00Z,Note created',
        'bo.chen@agency.example.org,3/3/2026 8:02 AM,Signed in',
        'ana.lopez@agency.example.org,2026-03-04,',
      ].join('\n'),
    );
    expect(p.rejected).toEqual([]);
    expect(p.days.map((d) => [d.caseworkerName, d.date, d.events, d.actions])).toEqual([
      ['Ana López', '2026-03-02', 3, ['Note created', 'Case opened']],
      ['Ana López', '2026-03-04', 1, []],
      ['Bo Chen', '2026-03-03', 1, ['Signed in']],
    ]);
    expect(p.people).toBe(2);
    expect(p.canImport).toBe(true);
    expect(p.summary).toBe(
      '5 of 5 rows are ready to import as 5 tool-usage events. They make 3 new days of use for 2 caseworkers.',
    );
    expect(usageRecords(p, rollout.id, 'audit.csv')[0]).toEqual({
      rolloutId: rollout.id,
      caseworkerId: ana.id,
      date: '2026-03-02',
      events: 3,
      actions: ['Note created', 'Case opened'],
      source: 'audit.csv',
    });
  });

  it('reports unknown users by line and by user, and never guesses who they are', () => {
    const p = run(
      [
        'Email,Date',
        'ana.lopez@agency.example.org,2026-03-02',
        'a.lopez@agency.example.org,2026-03-02',
        'svc-batch,2026-03-02',
        'svc-batch,2026-03-03',
        'ana.lopes@agency.example.org,2026-03-05',
      ].join('\n'),
    );
    expect(p.days).toHaveLength(1);
    expect(p.rejected.map((r) => [r.line, r.reasons[0]?.message])).toEqual([
      [
        3,
        "Unknown user: no caseworker in the roster has the e-mail 'a.lopez@agency.example.org'; not counted.",
      ],
      [4, "Unknown user: no caseworker in the roster has the e-mail 'svc-batch'; not counted."],
      [5, "Unknown user: no caseworker in the roster has the e-mail 'svc-batch'; not counted."],
      [
        6,
        "Unknown user: no caseworker in the roster has the e-mail 'ana.lopes@agency.example.org'; not counted.",
      ],
    ]);
    expect(p.unknownUsers).toEqual([
      { user: 'svc-batch', rows: 2, lines: [4, 5] },
      { user: 'a.lopez@agency.example.org', rows: 1, lines: [3] },
      { user: 'ana.lopes@agency.example.org', rows: 1, lines: [6] },
    ]);
  });

  it('matches by employee ID, refuses shared e-mails and rows whose e-mail and ID disagree', () => {
    const p = run(
      [
        'Email,Employee ID,Date',
        ',E2,2026-03-02',
        'shared@agency.example.org,,2026-03-02',
        'ana.lopez@agency.example.org,E2,2026-03-02',
        ',,2026-03-02',
      ].join('\n'),
      [],
      [ana, bo, twin, twin2],
    );
    expect(p.days.map((d) => d.caseworkerName)).toEqual(['Bo Chen']);
    expect(p.rejected.map((r) => r.reasons[0]?.message)).toEqual([
      "E-mail 'shared@agency.example.org' belongs to 2 people in the roster; it cannot say which.",
      "E-mail 'ana.lopez@agency.example.org' is Ana López but employee ID 'E2' is Bo Chen.",
      'E-mail is missing',
    ]);
  });

  it('refuses future dates and days before the rollout began, naming the line', () => {
    const p = run(
      [
        'Email,Date',
        'ana.lopez@agency.example.org,2026-03-19',
        'ana.lopez@agency.example.org,2025-12-31',
      ].join('\n'),
    );
    expect(p.rejected.map((r) => [r.line, r.reasons[0]?.message])).toEqual([
      [2, 'Date 2026-03-19 is after today; a use cannot be recorded before it happens.'],
      [3, 'Date 2025-12-31 is before MobileCase started (2026-01-05); it does not count.'],
    ]);
    expect(p.canImport).toBe(false);
  });

  it('leaves days already recorded as they are, and says when nothing is new', () => {
    const csv = [
      'Email,Date',
      'ana.lopez@agency.example.org,2026-03-02',
      'bo.chen@agency.example.org,2026-03-02',
    ].join('\n');
    const some = run(csv, [{ caseworkerId: ana.id, date: '2026-03-02' }]);
    expect(some.days.map((d) => d.caseworkerName)).toEqual(['Bo Chen']);
    expect(some.alreadyRecorded).toBe(1);
    expect(some.summary).toContain(
      '1 new day of use for 1 caseworker; 1 day already recorded left as they are.',
    );
    const none = run(csv, [
      { caseworkerId: ana.id, date: '2026-03-02' },
      { caseworkerId: bo.id, date: '2026-03-02' },
    ]);
    expect(none.canImport).toBe(false);
    expect(none.errors).toEqual([
      'Every day of use in this file is already recorded: there is nothing new to import.',
    ]);
  });
});
