// Roster at agency scale: CSV import validation, the all-or-nothing write against a raw bulk put, search and sort.
import { parseCsv } from '../../renderer/domain/csv/parseCsv';
import { previewRosterImport } from '../../renderer/domain/roster/rosterImport';
import { defaultRosterQuery, filterRoster } from '../../renderer/domain/listing/filterRoster';
import { openDb, useDbForTests } from '../../renderer/data/db';
import { makeRecord } from '../../renderer/data/repository';
import { seededRandom } from '../../renderer/domain/random/seededRandom';
import type { Caseworker } from '../../renderer/domain/model';
import type { Benchmark } from './benchTypes';
import { caseworkerRepository } from '../../renderer/data/rosterRepository';

const N = 5_000;
const roles = ['Intake specialist', 'CPS investigator', 'Ongoing case manager'];
const first = [
  'Ana',
  'Ben',
  'Chloé',
  'Dmitri',
  'Élodie',
  'Farah',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Keanu',
  'Lucía',
  'Minh',
  'Nia',
];
const last = [
  'Nguyễn',
  "O'Brien",
  'Álvarez',
  'Kim',
  'Osei',
  'Rivera',
  'Smith',
  'Yusuf',
  'Volkov',
  'Dubois',
  'Makoa',
  'Raman',
];

function rosterCsv(rows: number): string {
  const rng = seededRandom(42);
  const lines = ['Employee Name,Emp ID,Dept/Unit,Job Title,Email Address,Hire Date,Active Cases,Status'];
  for (let i = 0; i < rows; i++) {
    const name = `${rng.pick(first)} ${rng.pick(last)} ${i}`;
    const unit = `Unit ${Math.floor(i / 7)}`;
    lines.push(
      `"${name}",E${100000 + i},${unit},${roles[Math.floor(i / 7) % 3]},w${i}@example.org,2020-01-${String((i % 28) + 1).padStart(2, '0')},${rng.int(5, 40)},Active`,
    );
  }
  return lines.join('\r\n');
}

const csv = rosterCsv(N);
const parsed = parseCsv(csv);
if (!parsed.ok) throw new Error(parsed.error);
const mapping = {
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
};
const preview = () =>
  previewRosterImport({
    table: parsed.value,
    headerIndex: 0,
    mapping,
    context: { units: [], caseworkers: [] },
  });
let people: Caseworker[] = [];
let dbCount = 0;
let accepted: ReturnType<typeof preview>['accepted'] = [];
let rawRows: Caseworker[] = [];

export const benchmarks: Benchmark[] = [
  {
    name: `parse and validate a ${N.toLocaleString('en-US')}-row roster CSV`,
    budgetMs: 500,
    run: () => {
      const p = parseCsv(csv);
      if (!p.ok) throw new Error(p.error);
      return previewRosterImport({
        table: p.value,
        headerIndex: 0,
        mapping,
        context: { units: [], caseworkers: [] },
      });
    },
  },
  {
    name: `import ${N.toLocaleString('en-US')} caseworkers (validated, one transaction, units created)`,
    budgetMs: 5_000,
    repeat: 3,
    setup: () => {
      accepted = preview().accepted;
      rawRows = accepted.map((r) => makeRecord('caseworkers', r.value.caseworker));
    },
    run: async () => {
      useDbForTests(openDb(`bench-${dbCount++}`));
      await caseworkerRepository.importRoster(accepted.map((r) => r.value));
    },
    baseline: {
      name: 'a raw IndexedDB bulkPut of the same rows',
      run: async () => {
        await openDb(`bench-raw-${dbCount++}`).caseworkers.bulkPut(rawRows);
      },
    },
  },
  {
    name: `search and sort ${N.toLocaleString('en-US')} caseworkers`,
    budgetMs: 100,
    setup: async () => {
      useDbForTests(openDb(`bench-search`));
      await caseworkerRepository.importRoster(preview().accepted.map((r) => r.value));
      people = await caseworkerRepository.listByName();
    },
    run: () =>
      filterRoster(
        people,
        { ...defaultRosterQuery, text: 'nguyen', sort: { key: 'caseload', dir: 'desc' } },
        () => 'Unit',
      ),
  },
];
