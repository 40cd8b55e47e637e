// CSV imports write a slice at a time inside one transaction (addInSteps): progress after every slice, and a cancel at
// any point, even after the last slice, rolls the whole import back so the data stays exactly as it was.
import { describe, expect, it } from 'vitest';
import { measureRepository } from '../../../renderer/data/measureRepository';
import { WRITE_SLICE } from '../../../renderer/data/repository';
import {
  caseworkerRepository as caseworkers,
  unitRepository as units,
} from '../../../renderer/data/rosterRepository';
import { ImportCancelled, type StepProgress } from '../../../renderer/domain/csv/importSteps';
import type { MeasureImportRow } from '../../../renderer/domain/measures/measureImport';
import { caseworkerFields } from '../../../renderer/domain/model';
import { useFreshDb } from './freshDb';

useFreshDb();

/** `n` measures for one caseworker, one per month going back from 2030-12 (more than two slices). */
function measureRows(caseworkerId: string, n: number): MeasureImportRow[] {
  return Array.from({ length: n }, (_, i) => {
    const year = 2030 - Math.floor(i / 12);
    const month = `${String(year)}-${String(12 - (i % 12)).padStart(2, '0')}`;
    return {
      caseworkerName: 'Grace Kim',
      measure: { caseworkerId, month, visitsDue: 10, visitsMade: 8, visitsGoodQuality: 6, caseload: 12 },
    };
  });
}

const ROWS = WRITE_SLICE * 2 + 17;

describe('measures import in steps', () => {
  it('writes every row, reporting records written after every slice', async () => {
    const worker = await caseworkers.create({ name: 'Grace Kim' });
    const seen: StepProgress[] = [];
    await expect(
      measureRepository.importRows(measureRows(worker.id, ROWS), { onProgress: (p) => seen.push(p) }),
    ).resolves.toBe(ROWS);
    expect(seen).toEqual([
      { done: WRITE_SLICE, total: ROWS },
      { done: WRITE_SLICE * 2, total: ROWS },
      { done: ROWS, total: ROWS },
    ]);
    expect(await measureRepository.count()).toBe(ROWS);
  });

  it('cancelled after the first slice was written, writes nothing and leaves stored measures as they were', async () => {
    const worker = await caseworkers.create({ name: 'Grace Kim' });
    await measureRepository.saveMonth([
      {
        caseworkerId: worker.id,
        month: '2031-01',
        visitsDue: 5,
        visitsMade: 5,
        visitsGoodQuality: 5,
        caseload: 9,
      },
    ]);
    const before = await measureRepository.list();
    const controller = new AbortController();
    const run = measureRepository.importRows(measureRows(worker.id, ROWS), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(await measureRepository.list()).toEqual(before);
    expect(await measureRepository.storedMonths()).toEqual([{ caseworkerId: worker.id, month: '2031-01' }]);
  });

  it('cancelled after the last slice was written but before the transaction ends, writes nothing', async () => {
    const worker = await caseworkers.create({ name: 'Grace Kim' });
    const controller = new AbortController();
    const run = measureRepository.importRows(measureRows(worker.id, ROWS), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === p.total) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(await measureRepository.count()).toBe(0);
  });

  it('cancelled before it starts, writes nothing', async () => {
    const worker = await caseworkers.create({ name: 'Grace Kim' });
    const controller = new AbortController();
    controller.abort();
    await expect(
      measureRepository.importRows(measureRows(worker.id, 3), { signal: controller.signal }),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect(await measureRepository.count()).toBe(0);
  });
});

describe('roster import in steps', () => {
  it('cancelled while writing people, leaves out the units it had created too', async () => {
    await units.create({ name: 'Intake North' });
    const rows = Array.from({ length: WRITE_SLICE + 5 }, (_, i) => ({
      unitName: i % 2 === 0 ? 'Ongoing South' : 'Intake North',
      caseworker: caseworkerFields.parse({ name: `Person ${String(i)}`, caseload: 12 }),
    }));
    const controller = new AbortController();
    const run = caseworkers.importRoster(rows, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect((await units.listByName()).map((u) => u.name)).toEqual(['Intake North']);
    expect(await caseworkers.count()).toBe(0);
  });
});
