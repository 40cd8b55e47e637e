// The roster import of PRODUCT.md 4.1: how the columns of an HR export become caseworkers, which rows are duplicates
// (same employee ID, or same name in the same unit), and which units the import will create.
import type { z } from 'zod';
import type { Caseworker, CaseworkerStatus, Unit } from '../model';
import { plural } from '../format/format';
import { caseworkerFields, formatIssue, issuesFromZod, isLive } from '../model';
import { cellOk, type DuplicateKey, type ExistingKey, type ImportSpec } from '../csv/importSpec';
import { cellParsers } from '../csv/cellParsers';
import { foldText, tidyText } from '../csv/foldText';
import type { ColumnMapping } from '../csv/guessMapping';
import type { ParsedCsv } from '../csv/parseCsv';
import { validateImport, type ImportPreview } from '../csv/validateImport';

/** What one roster row reads as before it becomes a caseworker. */
export interface RosterValues extends Record<string, unknown> {
  name: string;
  firstName: string;
  lastName: string;
  unit: string;
  /** The unit's supervisor as the file names them; kept for units the import creates. */
  supervisor: string;
  role: string;
  employeeId: string;
  email: string;
  startDate: string | null;
  caseload: number | null;
  status: CaseworkerStatus | null;
}

/** One row to import: the caseworker's fields (unitId left null) and the name of the unit the data layer resolves or creates. */
export interface RosterImportRow {
  caseworker: z.output<typeof caseworkerFields>;
  /** The existing unit's own spelling when it matches one (case- and accent-insensitively), else the file's; null for none. */
  unitName: string | null;
  /** The supervisor the file names for this row's unit, if it has such a column; a new unit keeps the first one named. */
  supervisorName?: string | null;
}

/** Stored data the roster import checks against. Pass live records; trashed ones (deletedAt set) are ignored anyway. */
export interface RosterImportContext {
  units: readonly (Pick<Unit, 'id' | 'name'> & {
    deletedAt?: string | null;
    deactivatedOn?: string | null;
  })[];
  caseworkers: readonly (Pick<Caseworker, 'name' | 'unitId' | 'employeeId'> & {
    deletedAt?: string | null;
  })[];
}

export interface RosterImportPreview extends ImportPreview<RosterImportRow> {
  /** Units the import will create, in the order they first appear, spelled as in the file. */
  newUnits: string[];
}

const NAME_MAX = 200;

// What HR systems write in a status column. Anything else is refused rather than guessed, since "left" hides a person from cohorts.
const STATUS_WORDS: Readonly<Record<CaseworkerStatus, readonly string[]>> = {
  active: [
    'active',
    'a',
    'current',
    'employed',
    'working',
    'yes',
    'y',
    'full time',
    'part time',
    'probation',
    'probationary',
    'new hire',
    'on duty',
  ],
  'on-leave': [
    'on leave',
    'leave',
    'loa',
    'l',
    'leave of absence',
    'on loa',
    'parental leave',
    'maternity leave',
    'paternity leave',
    'medical leave',
    'sick leave',
    'fmla',
    'sabbatical',
    'suspended',
  ],
  left: [
    'left',
    'terminated',
    'term',
    't',
    'inactive',
    'i',
    'separated',
    'resigned',
    'retired',
    'former',
    'departed',
    'quit',
    'no',
    'n',
    'ended',
    'no longer employed',
    'transferred out',
  ],
};

const readStatus = cellParsers.choice(STATUS_WORDS);

export const rosterImportSpec: ImportSpec<RosterValues, RosterImportRow, RosterImportContext> = {
  what: 'caseworker',
  where: 'in the roster',
  fields: {
    name: {
      label: 'Name',
      required: true,
      requiredUnless: ['firstName', 'lastName'],
      synonyms: [
        'full name',
        'employee name',
        'employee full name',
        'emp name',
        'worker',
        'worker name',
        'caseworker',
        'caseworker name',
        'case worker',
        'case worker name',
        'staff',
        'staff name',
        'staff member',
        'team member',
        'employee',
        'person',
        'display name',
        'legal name',
        'associate name',
        'name of employee',
      ],
      exclude: [
        'supervisor',
        'manager',
        'unit',
        'team',
        'department',
        'dept',
        'program',
        'coach',
        'first',
        'last',
        'middle',
        'given',
        'family',
        'user',
        'file',
        'lead',
        'director',
        'office',
        'job',
        'role',
        'position',
        'email',
      ],
      empty: '',
      parse: cellParsers.text(NAME_MAX),
      hint: 'the person’s full name',
    },
    firstName: {
      label: 'First name',
      synonyms: ['first', 'given name', 'forename', 'fname', 'first name'],
      exclude: ['supervisor', 'manager'],
      empty: '',
      parse: cellParsers.text(NAME_MAX),
      hint: 'used with Last name when the file has no full-name column',
    },
    lastName: {
      label: 'Last name',
      synonyms: ['last', 'surname', 'family name', 'lname', 'last name'],
      exclude: ['supervisor', 'manager'],
      empty: '',
      parse: cellParsers.text(NAME_MAX),
      hint: 'used with First name when the file has no full-name column',
    },
    unit: {
      label: 'Unit',
      synonyms: [
        'unit name',
        'team',
        'team name',
        'dept',
        'department',
        'dept unit',
        'department unit',
        'work unit',
        'working group',
        'work group',
        'group',
        'section',
        'office',
        'program unit',
        'org unit',
        'organizational unit',
        'organisational unit',
        'division',
        'branch',
      ],
      exclude: ['id', 'code', 'number', 'manager', 'supervisor', 'lead', 'phone', 'email', 'address'],
      empty: '',
      parse: cellParsers.text(200),
      hint: 'the working group; new units are created',
    },
    role: {
      label: 'Role',
      synonyms: [
        'job title',
        'title',
        'position',
        'position title',
        'job',
        'job role',
        'job name',
        'business title',
        'classification',
        'job classification',
        'role title',
        'job description',
      ],
      exclude: ['id', 'code', 'number', 'supervisor', 'manager', 'start', 'date'],
      empty: '',
      parse: cellParsers.text(200),
      hint: 'job title, e.g. CPS investigator',
    },
    employeeId: {
      label: 'Employee ID',
      synonyms: [
        'emp id',
        'id',
        'employee number',
        'employee no',
        'emp no',
        'emp number',
        'employee num',
        'staff id',
        'staff number',
        'worker id',
        'worker number',
        'personnel number',
        'payroll number',
        'payroll id',
        'badge',
        'badge number',
        'eid',
        'hr id',
        'person id',
        'associate id',
        'employee identifier',
      ],
      exclude: [
        'unit',
        'dept',
        'department',
        'team',
        'supervisor',
        'manager',
        'case',
        'email',
        'phone',
        'tax',
        'ssn',
        'social',
      ],
      empty: '',
      parse: cellParsers.text(100),
    },
    email: {
      label: 'Email',
      synonyms: [
        'email address',
        'work email',
        'work email address',
        'business email',
        'office email',
        'mail',
        'email id',
        'e-mail',
      ],
      exclude: ['supervisor', 'manager', 'personal', 'home'],
      empty: '',
      parse: cellParsers.email(),
    },
    startDate: {
      label: 'Start date',
      synonyms: [
        'hire date',
        'date hired',
        'hired',
        'start',
        'started',
        'date started',
        'date of hire',
        'hired on',
        'employment start',
        'employment start date',
        'original hire date',
        'service date',
        'seniority date',
        'join date',
        'joined',
        'doh',
      ],
      exclude: ['end', 'term', 'termination', 'birth', 'leave'],
      empty: null,
      parse: cellParsers.date(),
      hint: 'like 2025-03-14, 3/14/2025 or 14 March 2025',
    },
    caseload: {
      label: 'Caseload',
      synonyms: [
        'case load',
        'active cases',
        'cases',
        'active caseload',
        'current caseload',
        'open cases',
        'number of cases',
        'no of cases',
        'case count',
        'caseload count',
        'assigned cases',
      ],
      exclude: ['closed', 'target', 'max', 'maximum', 'standard'],
      empty: null,
      parse: cellParsers.wholeNumber({ min: 0, max: 1000 }),
      hint: 'active cases, a whole number, 0 or more',
    },
    status: {
      label: 'Status',
      synonyms: [
        'employment status',
        'employee status',
        'emp status',
        'worker status',
        'staff status',
        'active status',
        'active',
      ],
      exclude: ['case', 'marital', 'exempt', 'flsa'],
      empty: null,
      parse: (cell) => {
        const read = readStatus(cell);
        return read.ok ? cellOk<CaseworkerStatus | null>(read.value) : read;
      },
      hint: 'active, on leave or left (blank means active)',
    },
    supervisor: {
      label: 'Supervisor',
      synonyms: [
        'supervisor',
        'supervisor name',
        'unit supervisor',
        'team supervisor',
        'manager',
        'manager name',
        'line manager',
        'reports to',
        'team lead',
        'team leader',
      ],
      exclude: ['id', 'code', 'number', 'email', 'phone', 'employee', 'worker', 'staff'],
      empty: '',
      parse: cellParsers.text(200),
      hint: 'the unit’s supervisor; kept for the units the import creates',
    },
  },

  build(values) {
    const name = values.name !== '' ? values.name : tidyText(`${values.firstName} ${values.lastName}`);
    const unitName = values.unit === '' ? null : values.unit;
    const parsed = caseworkerFields.safeParse({
      name,
      unitId: null,
      role: values.role,
      employeeId: values.employeeId,
      email: values.email,
      startDate: values.startDate,
      caseload: values.caseload,
      status: values.status ?? 'active',
    });
    // Cells were already read field by field; this is the last word of the shared schema, so an import can never store
    // what a form could not.
    if (!parsed.success) return { ok: false, reasons: issuesFromZod(parsed.error).map(formatIssue) };
    return {
      ok: true,
      value: {
        caseworker: parsed.data,
        unitName,
        supervisorName: values.supervisor === '' ? null : values.supervisor,
      },
    };
  },

  duplicateKeys(row) {
    return caseworkerKeys(row.caseworker.name, row.unitName ?? '', row.caseworker.employeeId);
  },

  existingKeys(context) {
    const unitNames = new Map(context.units.map((u) => [u.id, u.name]));
    const keys: ExistingKey[] = [];
    for (const c of context.caseworkers) {
      if (!isLive(c)) continue;
      const unitName = c.unitId === null ? '' : (unitNames.get(c.unitId) ?? '');
      for (const key of caseworkerKeys(c.name, unitName, c.employeeId))
        keys.push({ key: key.key, owner: c.name });
    }
    return keys;
  },
};

/** Validates a mapped roster file and lists the units it would create. */
export function previewRosterImport(input: {
  table: ParsedCsv;
  headerIndex: number;
  mapping: ColumnMapping;
  context: RosterImportContext;
}): RosterImportPreview {
  return completeRosterPreview(validateImport({ ...input, spec: rosterImportSpec }), input);
}

/** Adds to a checked roster file (validateImport or validateImportInSteps) the units it would create. */
export function completeRosterPreview(
  preview: ImportPreview<RosterImportRow>,
  input: { context: RosterImportContext },
): RosterImportPreview {
  // Spell every unit the way it is already stored, or as its first row in the file spells it, so "intake north"
  // on line 9 joins "Intake North" from line 3 instead of making a second unit.
  const known = new Map<string, string>();
  const deactivated = new Set<string>();
  for (const unit of input.context.units) {
    // A unit in Trash is not matched: the data layer creates a fresh one, so the preview must call it new.
    if (!isLive(unit)) continue;
    const key = foldText(unit.name);
    if (!known.has(key)) known.set(key, unit.name);
    if (unit.deactivatedOn) deactivated.add(key);
  }
  const newUnits: string[] = [];
  // People the file puts in a deactivated unit: the HR file is the word on who works where, so they are imported,
  // but the person is told, since the app offers such a unit to no one (domain/roster/unitRules.ts).
  const intoDeactivated = new Map<string, number>();
  const accepted = preview.accepted.map((row) => {
    if (row.value.unitName === null) return row;
    const key = foldText(row.value.unitName);
    if (deactivated.has(key)) intoDeactivated.set(key, (intoDeactivated.get(key) ?? 0) + 1);
    let spelling = known.get(key);
    if (spelling === undefined) {
      spelling = row.value.unitName;
      known.set(key, spelling);
      newUnits.push(spelling);
    }
    return { ...row, value: { ...row.value, unitName: spelling } };
  });
  const warnings = [...preview.warnings];
  for (const [key, rows] of intoDeactivated)
    warnings.push(
      `${plural(rows, 'row')} ${rows === 1 ? 'puts a person' : 'put people'} in ${known.get(key) ?? key}, which is deactivated: they will join it all the same. Reactivate it on the Units page, or change the file.`,
    );
  return { ...preview, warnings, accepted, newUnits };
}

/** Same employee ID (ignoring case), or same name in the same unit (ignoring case and accents). */
function caseworkerKeys(name: string, unitName: string, employeeId: string): DuplicateKey[] {
  const keys: DuplicateKey[] = [];
  const id = employeeId.trim();
  if (id !== '') keys.push({ key: `id:${foldText(id)}`, label: `employee ID ${id}` });
  const unit = tidyText(unitName);
  keys.push({
    key: `name:${foldText(name)}\u0000${foldText(unit)}`,
    label: unit === '' ? `name ${name} (no unit)` : `name ${name} in unit ${unit}`,
  });
  return keys;
}
