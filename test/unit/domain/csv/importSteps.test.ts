// The step-wise variants of reading and checking a file (parseCsvInSteps, validateImportInSteps): the same results as
// the one-pass functions, progress after every slice, and a cancel that stops them with ImportCancelled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportCancelled, runInSteps, type StepProgress } from '../../../../renderer/domain/csv/importSteps';
import { parseCsv, parseCsvInSteps, type ParseProgress } from '../../../../renderer/domain/csv/parseCsv';
import { startImport } from '../../../../renderer/domain/csv/startImport';
import { validateImport, validateImportInSteps } from '../../../../renderer/domain/csv/validateImport';
import {
  measureImportContext,
  measureImportSpec,
  type MeasureImportContext,
} from '../../../../renderer/domain/measures/measureImport';

const TODAY = '2031-07-14';

/** A measures file of `n` rows with some bad rows and duplicates mixed in, so every kind of outcome is present. */
function measuresCsv(n: number): string {
  const lines = ['Employee ID,Month,Visits due,Visits made,Good quality visits,Active caseload'];
  for (let i = 0; i < n; i += 1) {
    const id = `E${String(i % 40)}`;
    const month = `2030-${String((Math.floor(i / 40) % 12) + 1).padStart(2, '0')}`;
    if (i % 97 === 5)
      lines.push(`${id},${month},4,9,1,12`); // more made than due
    else if (i % 89 === 7)
      lines.push(`E999,${month},4,3,1,12`); // unknown person
    else if (i % 83 === 3)
      lines.push(`${id},"${month}",4,3,"two",12`); // not a number
    else lines.push(`${id},${month},10,8,6,${String(i % 30)}`);
  }
  // Repeats the first rows, which are then duplicates of lines already in the file.
  lines.push('E0,2030-01,10,8,6,1', 'E1,2030-01,10,8,6,1');
  return lines.join('\r\n');
}

const workerId = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function context(): MeasureImportContext {
  const caseworkers = Array.from({ length: 40 }, (_, i) => ({
    id: workerId(i),
    name: `Worker ${String(i)}`,
    employeeId: `E${String(i)}`,
    deletedAt: null,
  }));
  // One stored measure, so a row of the file repeats it.
  return measureImportContext({
    caseworkers,
    measures: [{ caseworkerId: workerId(2), month: '2030-01', deletedAt: null }],
    today: TODAY,
  });
}

function started(text: string) {
  const begun = startImport(text, measureImportSpec);
  if (!begun.ok) throw new Error(begun.error);
  return {
    table: begun.value.table,
    headerIndex: begun.value.header.index,
    mapping: begun.value.guess.mapping,
    spec: measureImportSpec,
    context: context(),
  };
}

describe('runInSteps', () => {
  it('returns what the generator returns and reports each yield', async () => {
    function* work(): Generator<StepProgress, string> {
      yield { done: 1, total: 3 };
      yield { done: 3, total: 3 };
      return 'finished';
    }
    const seen: StepProgress[] = [];
    await expect(runInSteps(work(), { onProgress: (p) => seen.push(p) })).resolves.toBe('finished');
    expect(seen).toEqual([
      { done: 1, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('stops with ImportCancelled at the next slice once the signal is aborted, and runs no more of the work', async () => {
    let slices = 0;
    function* work(): Generator<StepProgress, string> {
      for (let i = 1; i <= 10; i += 1) {
        slices += 1;
        yield { done: i, total: 10 };
      }
      return 'finished';
    }
    const controller = new AbortController();
    const run = runInSteps(work(), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(slices).toBe(2);
  });
});

describe('parseCsvInSteps', () => {
  it('gives the same rows and line numbers as parseCsv, whatever the slice size', async () => {
    const text = [
      'Name,Note,Unit',
      '"Lopez, Ana","first line',
      'second line, still the note",Intake',
      '',
      ',,',
      'Ben Ode,"He said ""hi""",CPS East',
      'Cara Diaz,,Kinship Care',
    ].join('\r\n');
    for (const sliceChars of [1, 3, 7, 16, 50, 1000]) {
      await expect(parseCsvInSteps(text, { sliceChars }), `slice of ${String(sliceChars)}`).resolves.toEqual(
        parseCsv(text),
      );
    }
  });

  it('agrees with parseCsv on any text made of cells, quotes, delimiters and line breaks', async () => {
    const piece = fc.constantFrom('a', 'Ana', ' ', ',', ';', '"', '""', '\n', '\r\n', 'é', '\t');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        async (pieces, slice) => {
          const text = `Name,Unit,Role\n${pieces.join('')}`;
          expect(await parseCsvInSteps(text, { sliceChars: slice })).toEqual(parseCsv(text));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a file the same way parseCsv does (a quote never closed, too many rows)', async () => {
    const unclosed = 'Name,Unit\nAna,Intake\n"Ben,CPS\nCara,Kinship\n';
    await expect(parseCsvInSteps(unclosed, { sliceChars: 4 })).resolves.toEqual(parseCsv(unclosed));
    const many = ['Name', ...Array.from({ length: 30 }, (_, i) => `P${String(i)}`)].join('\n');
    const refused = await parseCsvInSteps(many, { sliceChars: 8, maxRows: 10 });
    expect(refused.ok).toBe(false);
    expect(refused).toEqual(parseCsv(many, { maxRows: 10 }));
  });

  it('reports characters read rising to the whole text, with the rows found so far', async () => {
    const text = measuresCsv(300);
    const seen: ParseProgress[] = [];
    const result = await parseCsvInSteps(text, { sliceChars: 500, onProgress: (p) => seen.push(p) });
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(5);
    for (let i = 1; i < seen.length; i += 1) {
      expect(seen[i]?.done).toBeGreaterThanOrEqual(seen[i - 1]?.done ?? 0);
      expect(seen[i]?.rows).toBeGreaterThanOrEqual(seen[i - 1]?.rows ?? 0);
    }
    const normalizedLength = text.replace(/\r\n/g, '\n').length;
    expect(seen.at(-1)).toEqual({ done: normalizedLength, total: normalizedLength, rows: 303 });
  });

  it('stops with ImportCancelled when cancelled between slices', async () => {
    const controller = new AbortController();
    const seen: ParseProgress[] = [];
    const run = parseCsvInSteps(measuresCsv(300), {
      sliceChars: 500,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(seen).toHaveLength(1);
  });

  it('does not start when cancelled already', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseCsvInSteps('Name\nAna\n', { signal: controller.signal })).rejects.toBeInstanceOf(
      ImportCancelled,
    );
  });
});

describe('validateImportInSteps', () => {
  it('gives the same preview as validateImport: accepted, refused, duplicates, warnings and summary', async () => {
    const input = started(measuresCsv(1_000));
    const once = validateImport(input);
    // The file has every outcome, so the comparison means something.
    expect(once.accepted.length).toBeGreaterThan(0);
    expect(once.rejected.some((r) => r.duplicate)).toBe(true);
    expect(once.rejected.some((r) => !r.duplicate)).toBe(true);
    for (const sliceRows of [1, 7, 250, 5_000]) {
      expect(await validateImportInSteps(input, { sliceRows }), `slice of ${String(sliceRows)}`).toEqual(
        once,
      );
    }
  });

  it('gives the same errors as validateImport when the mapping lacks a required column', async () => {
    const input = started(measuresCsv(20));
    const broken = { ...input, mapping: { ...input.mapping, month: null } };
    const preview = await validateImportInSteps(broken, { sliceRows: 3 });
    expect(preview.canImport).toBe(false);
    expect(preview).toEqual(validateImport(broken));
  });

  it('reports rows checked after the stored keys and after every slice, ending with all of them', async () => {
    const input = started(measuresCsv(1_000));
    const seen: StepProgress[] = [];
    await validateImportInSteps(input, { sliceRows: 250, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { done: 0, total: 1_002 },
      { done: 250, total: 1_002 },
      { done: 500, total: 1_002 },
      { done: 750, total: 1_002 },
      { done: 1_000, total: 1_002 },
      { done: 1_002, total: 1_002 },
    ]);
  });

  it('stops with ImportCancelled when cancelled, checking no further slice', async () => {
    const input = started(measuresCsv(1_000));
    const controller = new AbortController();
    const seen: StepProgress[] = [];
    const run = validateImportInSteps(input, {
      sliceRows: 100,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.done === 300) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(seen.map((p) => p.done)).toEqual([0, 100, 200, 300]);
  });
});
