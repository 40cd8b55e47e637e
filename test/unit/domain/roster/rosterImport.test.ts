// The roster import end to end on realistic files: mapping, every rejection reason, duplicates, new units.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RosterImportRow as StoredRosterImportRow } from '../../../../renderer/data/rosterRepository';
import { startImport, type StartedImport } from '../../../../renderer/domain/csv/startImport';
import { formatRejectedRow } from '../../../../renderer/domain/csv/validateImport';
import {
  previewRosterImport,
  rosterImportSpec,
  type RosterImportContext,
} from '../../../../renderer/domain/roster/rosterImport';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/csv/${name}`, import.meta.url), 'utf8');

const INTAKE_ID = '00000000-0000-4000-8000-000000000001';
const CPS_ID = '00000000-0000-4000-8000-000000000002';
const existing: RosterImportContext = {
  units: [
    { id: INTAKE_ID, name: 'Intake North' },
    { id: CPS_ID, name: 'CPS Investigations East' },
  ],
  caseworkers: [],
};
const empty: RosterImportContext = { units: [], caseworkers: [] };

function start(text: string): StartedImport {
  const result = startImport(text, rosterImportSpec);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
function preview(
  text: string,
  context: RosterImportContext = empty,
  mapping?: Record<string, number | null>,
) {
  const started = start(text);
  return previewRosterImport({
    table: started.table,
    headerIndex: started.header.index,
    mapping: mapping ?? started.guess.mapping,
    context,
  });
}

describe('roster-with-bad-rows.csv (the file the end-to-end test uploads)', () => {
  const text = fixture('roster-with-bad-rows.csv');

  it('finds the header under the title line and maps the HR columns', () => {
    const started = start(text);
    expect(started.header).toMatchObject({ line: 3, confidence: 'high' });
    expect(started.guess.mapping).toEqual({
      name: 0,
      firstName: null,
      lastName: null,
      employeeId: 1,
      unit: 2,
      role: 3,
      email: 4,
      startDate: 5,
      caseload: 6,
      status: 7,
      supervisor: null,
    });
  });

  it('accepts 10 rows across 3 units and names the one new unit', () => {
    const result = preview(text, existing);
    expect(result.errors).toEqual([]);
    expect(result.canImport).toBe(true);
    expect(result.totals).toEqual({ rows: 14, accepted: 10, rejected: 4, duplicates: 1, withWarnings: 0 });
    expect(result.newUnits).toEqual(['Kinship Care']);
    expect(new Set(result.accepted.map((r) => r.value.unitName))).toEqual(
      new Set(['Intake North', 'CPS Investigations East', 'Kinship Care']),
    );
    expect(result.summary).toBe(
      '10 of 14 rows are ready to import as 10 caseworkers; 4 will be skipped (3 rows with problems, 1 duplicate).',
    );
    expect(result.warnings).toEqual(['This column is not imported: Notes.']);
  });

  it('rejects the four bad rows with their line numbers and reasons', () => {
    const result = preview(text, existing);
    expect(result.rejected.map(formatRejectedRow)).toEqual([
      'line 8: Name is missing',
      "line 9: Caseload '-3' cannot be negative",
      "line 11: Start date '2025-02-30' is not a real calendar date",
      'line 13: Same employee ID E2003 as line 7',
    ]);
  });

  it('keeps names with accents, apostrophes and commas intact, and reads each date format and status', () => {
    const result = preview(text, existing);
    const byLine = new Map(result.accepted.map((r) => [r.line, r.value.caseworker]));
    expect(byLine.get(5)).toMatchObject({
      name: "O'Brien, Seán",
      startDate: '2022-03-06',
      employeeId: 'E2002',
    });
    expect(byLine.get(7)).toMatchObject({
      name: 'Nguyễn Văn Minh',
      startDate: '2021-03-14',
      caseload: 24,
      status: 'active',
    });
    expect(byLine.get(10)).toMatchObject({ name: 'Hana Kobayashi', status: 'on-leave' });
    expect(byLine.get(14)).toMatchObject({ name: 'Rivera, Ana Lucía', startDate: '2021-07-15' });
    expect(byLine.get(15)).toMatchObject({ name: 'Tomás Ruiz', status: 'on-leave' });
    expect(byLine.get(17)).toMatchObject({ startDate: '2018-12-01' });
    expect(byLine.get(18)).toMatchObject({ caseload: 0 });
    expect(byLine.get(4)).toEqual({
      name: 'Priya Raman',
      unitId: null,
      role: 'Intake specialist',
      employeeId: 'E2001',
      email: 'priya.raman@northside.example.org',
      startDate: '2023-04-17',
      caseload: 18,
      status: 'active',
    });
  });

  it('lists all three units as new in an empty workspace', () => {
    expect(preview(text).newUnits).toEqual(['Intake North', 'CPS Investigations East', 'Kinship Care']);
  });
});

describe('roster-good.csv', () => {
  it('imports all twelve rows', () => {
    const result = preview(fixture('roster-good.csv'), existing);
    expect(result.rejected.map(formatRejectedRow)).toEqual([]);
    expect(result.totals).toMatchObject({ rows: 12, accepted: 12 });
    expect(result.newUnits).toEqual(['Ongoing Services A']);
    const names = result.accepted.map((r) => r.value.caseworker.name);
    expect(names).toContain('Nguyễn Thị Ánh');
    expect(names).toContain("O'Brien, Seán");
    expect(names).toContain('Chloé "Coco" Dubois');
    expect(names).toContain("D'Andre Jackson");
    const luis = result.accepted.find((r) => r.value.caseworker.name === 'Luis Hernández')?.value.caseworker;
    expect(luis).toMatchObject({ email: '', caseload: null });
    const emily = result.accepted.find((r) => r.value.caseworker.name === 'Emily Carter')?.value.caseworker;
    expect(emily?.status).toBe('left');
  });
});

describe('roster-semicolon.csv', () => {
  it('reads a semicolon file with unquoted commas in names and European dates', () => {
    const result = preview(fixture('roster-semicolon.csv'));
    expect(result.rejected).toEqual([]);
    expect(
      result.accepted.map((r) => [
        r.line,
        r.value.caseworker.name,
        r.value.caseworker.startDate,
        r.value.caseworker.status,
      ]),
    ).toEqual([
      [2, "O'Brien, Seán", '2021-03-03', 'active'],
      [3, 'Zoë van der Berg', '2020-02-14', 'on-leave'],
      [4, 'Björn Eriksson', '2019-09-01', 'left'],
    ]);
    expect(result.newUnits).toEqual(['Equipe Nord', 'Équipe Sud']);
  });
});

describe('roster rules', () => {
  const header = 'Name,Emp ID,Unit,Role,Email,Start date,Caseload,Status';

  it('gives every reason for a row, naming the column and value', () => {
    const result = preview(
      `${header}\nAna López,E1,Intake,Intake,ana at agency,next week,twelve,Retired-ish\n`,
    );
    expect(result.rejected.map(formatRejectedRow)).toEqual([
      "line 2: Email 'ana at agency' is not a valid email address; " +
        "Start date 'next week' is not a date; write it like 2025-03-14, 3/14/2025 or 14 March 2025; " +
        "Caseload 'twelve' is not a whole number; " +
        "Status 'Retired-ish' is not one of: active, on leave or left",
    ]);
  });

  it.each([
    ['Active', 'active'],
    ['LOA', 'on-leave'],
    ['Leave', 'on-leave'],
    ['on leave', 'on-leave'],
    ['Terminated', 'left'],
    ['Inactive', 'left'],
    ['Left', 'left'],
    ['', 'active'],
  ])('reads status "%s" as %s', (status, expected) => {
    const result = preview(`Name,Status\nAna,${status}\n`);
    expect(result.accepted[0]?.value.caseworker.status).toBe(expected);
  });

  it('refuses a caseload that is not plausible and a name that is too long', () => {
    const result = preview(`Name,Caseload\nAna,1001\n${'x'.repeat(201)},3\n`);
    expect(result.rejected.map(formatRejectedRow)).toEqual([
      "line 2: Caseload '1001' is more than 1000, which is not plausible",
      `line 3: Name '${'x'.repeat(39)}…' is longer than 200 characters`,
    ]);
  });

  it('tidies names: trimmed, inner spaces collapsed, Unicode composed', () => {
    const result = preview('Name,Unit\n"  Nguyễn   Thị  Ánh ",Intake\nSea\u0301n  Murphy,Intake\n');
    expect(result.accepted.map((r) => r.value.caseworker.name)).toEqual(['Nguyễn Thị Ánh', 'Seán Murphy']);
  });

  it('flags the same name in the same unit, ignoring case and accents, but not in another unit', () => {
    const result = preview('Name,Unit\nNguyễn Thị Ánh,Intake\nNGUYEN THI ANH,intake\nNguyen Thi Anh,CPS\n');
    expect(result.rejected.map(formatRejectedRow)).toEqual([
      'line 3: Same name NGUYEN THI ANH in unit intake as line 2',
    ]);
    expect(result.accepted.map((r) => r.line)).toEqual([2, 4]);
  });

  it('flags employee IDs ignoring case', () => {
    const result = preview('Name,Emp ID\nAna,e1042\nBo,E1042\n');
    expect(result.rejected.map(formatRejectedRow)).toEqual(['line 3: Same employee ID E1042 as line 2']);
  });

  it('flags rows already in the roster, by employee ID or by name in the same unit', () => {
    const context: RosterImportContext = {
      units: existing.units,
      caseworkers: [
        { name: 'Ana López', unitId: INTAKE_ID, employeeId: 'E1042' },
        { name: "Seán O'Brien", unitId: CPS_ID, employeeId: '' },
        { name: 'Gone Person', unitId: CPS_ID, employeeId: 'E9', deletedAt: '2026-01-01T00:00:00.000Z' },
      ],
    };
    const result = preview(
      'Name,Emp ID,Unit\nAnita Lopez,E1042,Intake North\nsean o’brien,,CPS Investigations East\n' +
        "SEAN O'BRIEN,,cps investigations east\nGone Person,E9,CPS Investigations East\n",
      context,
    );
    expect(result.rejected.map(formatRejectedRow)).toEqual([
      'line 2: Employee ID E1042 is already in the roster (Ana López)',
      "line 3: Name sean o’brien in unit CPS Investigations East is already in the roster (Seán O'Brien)",
      "line 4: Name SEAN O'BRIEN in unit cps investigations east is already in the roster (Seán O'Brien)",
    ]);
    // A trashed caseworker does not block the import.
    expect(result.accepted.map((r) => r.line)).toEqual([5]);
  });

  it('calls a unit new when the only match is in Trash', () => {
    const context: RosterImportContext = {
      units: [{ id: INTAKE_ID, name: 'Intake North', deletedAt: '2026-01-01T00:00:00.000Z' }],
      caseworkers: [],
    };
    expect(preview('Name,Unit\nAna,intake north\n', context).newUnits).toEqual(['intake north']);
  });

  it('hands the data layer rows in the shape its all-or-nothing import takes', () => {
    const rows: StoredRosterImportRow[] = preview('Name,Unit\nAna,Intake\n').accepted.map((r) => r.value);
    expect(rows).toEqual([
      {
        caseworker: expect.objectContaining({ name: 'Ana', unitId: null }) as unknown,
        unitName: 'Intake',
        supervisorName: null,
      },
    ]);
  });

  it("keeps the file's supervisor names, so the units it creates know who runs them", () => {
    const started = start('Name,Unit,Supervisor\nAna,Kinship Care,Dana Whitfield\nBo,Kinship Care,\n');
    expect(started.guess.mapping.supervisor).toBe(2);
    const rows = preview(
      'Name,Unit,Supervisor\nAna,Kinship Care,Dana Whitfield\nBo,Kinship Care,\n',
    ).accepted;
    expect(rows.map((r) => [r.value.unitName, r.value.supervisorName])).toEqual([
      ['Kinship Care', 'Dana Whitfield'],
      ['Kinship Care', null],
    ]);
  });

  it('creates each new unit once, spelled as first seen, and uses the stored spelling of existing units', () => {
    const result = preview(
      'Name,Unit\nA,kinship care\nB,Kinship  Care\nC,INTAKE NORTH\nD,\nE,Adoption\n',
      existing,
    );
    expect(result.newUnits).toEqual(['kinship care', 'Adoption']);
    expect(result.accepted.map((r) => r.value.unitName)).toEqual([
      'kinship care',
      'kinship care',
      'Intake North',
      null,
      'Adoption',
    ]);
  });

  it('builds the name from first and last name columns', () => {
    const result = preview('First Name,Last Name,Team\nSeán,O’Brien,Intake\n,Nguyễn,Intake\n,,Intake\n');
    expect(result.errors).toEqual([]);
    expect(result.accepted.map((r) => r.value.caseworker.name)).toEqual(['Seán O’Brien', 'Nguyễn']);
    expect(result.rejected.map(formatRejectedRow)).toEqual(['line 4: Name is missing']);
  });

  it('refuses the file when no column holds the name', () => {
    const result = preview('Emp ID,Unit\nE1,Intake\n');
    expect(result.errors).toEqual([
      'No column for Name was found. Map one of the columns to Name, or map both First name and Last name.',
    ]);
    expect(result.canImport).toBe(false);
    expect(result.accepted).toEqual([]);
  });

  it('says so when every row is bad', () => {
    const result = preview('Name,Caseload\n,3\nBo,-1\n');
    expect(result.canImport).toBe(false);
    expect(result.errors).toEqual([
      'None of the 2 rows can be imported: every row has a problem, listed below with its line number.',
    ]);
    expect(result.rejected).toHaveLength(2);
  });

  it('follows a mapping the user changed', () => {
    const started = start('Worker,Supervisor\nAna,Dana\n');
    expect(started.guess.mapping.name).toBe(0);
    const result = previewRosterImport({
      table: started.table,
      headerIndex: 0,
      // The Supervisor column is taken for the name instead.
      mapping: { ...started.guess.mapping, name: 1, supervisor: null },
      context: empty,
    });
    expect(result.accepted[0]?.value.caseworker.name).toBe('Dana');
    expect(result.warnings).toEqual(['This column is not imported: Worker.']);
  });
});

describe('a file naming a deactivated unit', () => {
  it('imports the people into it and says so once per unit', () => {
    const context: RosterImportContext = {
      units: [
        { id: INTAKE_ID, name: 'Intake North', deactivatedOn: '2026-11-30' },
        { id: CPS_ID, name: 'CPS Investigations East' },
      ],
      caseworkers: [],
    };
    const result = preview(
      'Name,Unit\nAna,intake north\nBo,Intake North\nCy,CPS Investigations East\n',
      context,
    );
    expect(result.accepted.map((r) => r.value.unitName)).toEqual([
      'Intake North',
      'Intake North',
      'CPS Investigations East',
    ]);
    expect(result.newUnits).toEqual([]);
    expect(result.warnings).toEqual([
      '2 rows put people in Intake North, which is deactivated: they will join it all the same. Reactivate it on the Units page, or change the file.',
    ]);
  });
});
