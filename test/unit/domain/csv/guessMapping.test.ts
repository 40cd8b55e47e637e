// guessMapping: typical HR headers land on the right fields, each column once, with a confidence.
import { describe, expect, it } from 'vitest';
import { describeColumns, guessMapping } from '../../../../renderer/domain/csv/guessMapping';
import { specFields } from '../../../../renderer/domain/csv/importSpec';
import { rosterImportSpec } from '../../../../renderer/domain/roster/rosterImport';

const fields = specFields(rosterImportSpec);
const guess = (headers: string[]) => guessMapping(headers, fields);

describe('guessMapping', () => {
  it('maps a typical HR export header', () => {
    const headers = [
      'Employee Name',
      'Emp ID',
      'Dept/Unit',
      'Job Title',
      'Email Address',
      'Hire Date',
      'Active Cases',
      'Status',
    ];
    const { mapping, confidence } = guess(headers);
    expect(mapping).toEqual({
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
    expect(confidence.name).toBe(1);
    expect(confidence.firstName).toBe(0);
  });

  it('matches regardless of case, accents, punctuation and spacing', () => {
    const { mapping } = guess(['FULL_NAME', 'E-mail address', 'Équipe', 'start-date', 'CASE LOAD', 'emp #']);
    expect(mapping.name).toBe(0);
    expect(mapping.email).toBe(1);
    expect(mapping.startDate).toBe(3);
    expect(mapping.caseload).toBe(4);
    expect(mapping.employeeId).toBe(5);
    expect(mapping.unit).toBeNull(); // "Équipe" is French for team, but not one of our words
  });

  it.each([['Full name'], ['Worker'], ['Name'], ['Caseworker'], ['Staff Member'], ['Employee']])(
    'takes "%s" for Name',
    (header) => {
      expect(guess([header, 'Unit']).mapping.name).toBe(0);
    },
  );

  it('uses each column once and prefers exact names over loose ones', () => {
    // "Unit Name" contains "name" but is exactly a Unit synonym; "Supervisor Name" is never the worker's name.
    const { mapping, confidence } = guess([
      'Supervisor Name',
      'Unit Name',
      'Worker Full Name',
      'Active',
      'Active Cases',
    ]);
    expect(mapping.unit).toBe(1);
    expect(mapping.name).toBe(2);
    expect(confidence.name).toBeGreaterThanOrEqual(0.6);
    expect(confidence.name).toBeLessThan(1);
    expect(mapping.caseload).toBe(4);
    expect(mapping.status).toBe(3);
    const used = Object.values(mapping).filter((c) => c !== null);
    expect(new Set(used).size).toBe(used.length);
  });

  it('maps first and last name columns when there is no full name', () => {
    const { mapping } = guess(['Last Name', 'First Name', 'Team', 'Position']);
    expect(mapping).toMatchObject({ name: null, firstName: 1, lastName: 0, unit: 2, role: 3 });
  });

  it('leaves unknown headers unmapped', () => {
    const { mapping } = guess(['Favourite colour', 'Shoe size']);
    expect(Object.values(mapping).every((c) => c === null)).toBe(true);
  });
});

describe('describeColumns', () => {
  it('names every column, unnamed ones included, with a few samples', () => {
    const rows = [
      { line: 1, cells: ['Name', ''] },
      { line: 2, cells: ['Ana', 'x'] },
      { line: 3, cells: ['Bo', '', 'extra'] },
      { line: 4, cells: ['Cy', 'y'] },
      { line: 5, cells: ['Dee', 'z'] },
    ];
    expect(describeColumns(rows, 0)).toEqual([
      { index: 0, header: 'Name', samples: ['Ana', 'Bo', 'Cy'] },
      { index: 1, header: 'Column 2', samples: ['x', 'y', 'z'] },
      { index: 2, header: 'Column 3', samples: ['extra'] },
    ]);
  });
});
