// Property test: stray quote marks dropped anywhere in a roster file never merge rows. Whatever the file becomes, each
// person's line is either imported from that line alone, or reported by its line number (row refused, or the whole
// file refused with the line named). Before this rule, about one fuzzed file in twenty imported "Ben Ode,Intake
// North,E2 Cara Diaz,..." as one person.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startImport } from '../../../../renderer/domain/csv/startImport';
import { previewRosterImport, rosterImportSpec } from '../../../../renderer/domain/roster/rosterImport';

const NAMES = [
  'Ana Diaz',
  'Ben Ode',
  'Cara Diaz',
  "O'Brien, Seán",
  'Nguyễn Thị Ánh',
  'Grace Kim',
  'Tomás Ruiz',
  'Hana Kobayashi',
  'Dmitri Volkov',
];
const UNITS = ['Intake North', 'CPS East', 'Kinship Care'];

interface Person {
  name: string;
  unit: string;
  id: string;
}

const quoteCell = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function rosterText(people: readonly Person[]): { text: string; lines: string[] } {
  const lines = [
    'Name,Unit,Employee ID,Email',
    ...people.map((p, i) =>
      [p.name, p.unit, p.id, `person${String(i)}@agency.example.org`].map(quoteCell).join(','),
    ),
  ];
  return { text: `${lines.join('\n')}\n`, lines };
}

const roster = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 3, maxLength: 8 })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.array(fc.constantFrom(...UNITS), { minLength: names.length, maxLength: names.length }),
    ),
  )
  .map(([names, units]) =>
    names.map((name, i) => ({ name, unit: units[i] ?? 'Intake North', id: `E${String(i + 1)}` })),
  );

/**
 * Where stray quote marks are typed: anywhere, or (half the time) at a cell's edge, where a quote opens or closes a
 * quoted cell; the edges are where rows get run together.
 */
const strays = fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 });

function typeQuotes(text: string, positions: ReadonlyArray<readonly [number, boolean]>): string {
  let out = text;
  for (const [n, atEdge] of positions) {
    const edges: number[] = [];
    for (let i = 0; i < out.length; i += 1) if (out[i] === ',' || out[i] === '\n') edges.push(i, i + 1);
    const at = atEdge && edges.length > 0 ? (edges[n % edges.length] ?? 0) : n % (out.length + 1);
    out = `${out.slice(0, at)}"${out.slice(at)}`;
  }
  return out;
}

const withoutQuotes = (s: string): string => s.replace(/"/g, '');

describe('stray quote marks in a roster file', () => {
  it(
    'never merge rows: every line is imported from itself alone or reported by its line number',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(roster, strays, (people, positions) => {
          const { text, lines } = rosterText(people);
          const damaged = typeQuotes(text, positions);
          const started = startImport(damaged, rosterImportSpec);
          // Refusing the whole file (with its reason) imports nothing, so nothing is merged.
          if (!started.ok) return;
          const preview = previewRosterImport({
            table: started.value.table,
            headerIndex: started.value.header.index,
            mapping: started.value.guess.mapping,
            context: { units: [], caseworkers: [] },
          });
          if (!preview.canImport) return;
          const damagedLines = damaged.split('\n');
          const accounted = new Set<number>();
          for (const row of preview.accepted) {
            // An imported person holds text from its own line only: never a neighbour's name, unit or ID.
            const own = withoutQuotes(damagedLines[row.line - 1] ?? '');
            expect(own).toContain(withoutQuotes(row.value.caseworker.name));
            if (row.value.unitName !== null) expect(own).toContain(withoutQuotes(row.value.unitName));
            expect(own).toContain(withoutQuotes(row.value.caseworker.employeeId));
            accounted.add(row.line);
          }
          for (const row of preview.rejected)
            for (let line = row.line; line <= (row.endLine ?? row.line); line += 1) accounted.add(line);
          // Every data line is accounted for: imported, or named in the report.
          for (let line = 2; line <= lines.length; line += 1) {
            if (withoutQuotes(damagedLines[line - 1] ?? '').trim() === '') continue;
            expect(accounted.has(line), `line ${String(line)} of ${JSON.stringify(damaged)}`).toBe(true);
          }
        }),
        { numRuns: 1000, seed: 12 },
      );
    },
  );

  it('reports the example from the issue by its lines instead of importing one person made of three rows', () => {
    const text =
      'Name,Unit,Employee ID\nAna Diaz,Intake North,E1\n"Ben Ode,Intake North,E2\nCara Diaz,Intake North,E3\nDan Poe,Intake North,E4",x\nEve Lin,CPS East,E5\n';
    const started = startImport(text, rosterImportSpec);
    if (!started.ok) throw new Error(started.error);
    const preview = previewRosterImport({
      table: started.value.table,
      headerIndex: started.value.header.index,
      mapping: started.value.guess.mapping,
      context: { units: [], caseworkers: [] },
    });
    expect(preview.accepted.map((r) => r.value.caseworker.name)).toEqual(['Ana Diaz', 'Eve Lin']);
    expect(preview.rejected).toHaveLength(1);
    expect(preview.rejected[0]).toMatchObject({ line: 3, endLine: 5 });
    expect(preview.rejected[0]?.reasons[0]?.message).toMatch(
      /^Lines 3 to 5 were read as one row because a quote mark/,
    );
  });

  it('still reads a note written over two lines inside quotes as one cell', () => {
    const text =
      'Name,Unit,Employee ID,Notes\n"O\'Brien, Seán",Intake North,E1,"Transferred from Ongoing B\nin spring 2024"\nBo,CPS East,E2,\n';
    const started = startImport(text, rosterImportSpec);
    if (!started.ok) throw new Error(started.error);
    const preview = previewRosterImport({
      table: started.value.table,
      headerIndex: started.value.header.index,
      mapping: started.value.guess.mapping,
      context: { units: [], caseworkers: [] },
    });
    expect(preview.accepted.map((r) => r.value.caseworker.name)).toEqual(["O'Brien, Seán", 'Bo']);
    expect(preview.rejected).toEqual([]);
  });

  it('names the lines that have fewer cells than the header', () => {
    const started = startImport(
      'Name,Unit,Employee ID\nAna Diaz,Intake North,E1\nBo,CPS East\n',
      rosterImportSpec,
    );
    if (!started.ok) throw new Error(started.error);
    const preview = previewRosterImport({
      table: started.value.table,
      headerIndex: started.value.header.index,
      mapping: started.value.guess.mapping,
      context: { units: [], caseworkers: [] },
    });
    expect(preview.warnings).toContain(
      'Line 3 has fewer cells than the header has columns; the missing cells were read as empty. Check it in the preview.',
    );
  });
});
