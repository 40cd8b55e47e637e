import { describe, expect, it } from 'vitest';
import { evaluateDiagnosis } from '../../../renderer/domain/gaps/evaluateDiagnosis';
import { generateDemo } from '../../../renderer/data/demo/generateDemo';
import { wizardDraftKey } from '../../../renderer/domain/gaps/wizardDraft';
import { useFreshDb } from './freshDb';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { draftRepository } from '../../../renderer/data/draftRepository';
import { gapRepository } from '../../../renderer/data/gapRepository';
import { measureRepository } from '../../../renderer/data/measureRepository';

const worker = '00000000-0000-4000-8000-000000000001';

describe('gap repository', () => {
  const db = useFreshDb();

  it('creates a gap with its opening status and records status changes with dates', async () => {
    const gap = await gapRepository.create({
      caseworkerId: worker,
      expectation: 'Visits',
      openedOn: '2026-03-01',
    });
    expect(gap.statusHistory).toEqual([{ status: 'open', on: '2026-03-01' }]);
    const moved = await gapRepository.setStatus(gap.id, 'in-progress', '2026-03-04', '2026-03-10');
    expect(moved.status).toBe('in-progress');
    expect(moved.statusHistory.at(-1)).toEqual({ status: 'in-progress', on: '2026-03-04' });
    await expect(gapRepository.setStatus(gap.id, 'resolved', '2026-04-01', '2026-03-10')).rejects.toThrow(
      /future/,
    );
    expect((await gapRepository.listNewestFirst())[0]?.status).toBe('in-progress');
  });

  it('saving a diagnosis drops the wizard draft in the same write', async () => {
    const key = wizardDraftKey(worker);
    await draftRepository.save(key, { caseworkerId: worker, answers: { 'worth-pursuing': true } });
    await draftRepository.save(wizardDraftKey('someone-else'), { caseworkerId: worker });
    const gap = await gapRepository.saveDiagnosis(
      { create: { caseworkerId: worker, expectation: 'Visits', openedOn: '2026-03-01' } },
      key,
    );
    expect(await draftRepository.load(key)).toBeUndefined();
    expect(await draftRepository.listByPrefix('gap-wizard:')).toHaveLength(1);
    await draftRepository.save(wizardDraftKey(gap.id), { caseworkerId: worker, gapId: gap.id });
    const updated = await gapRepository.saveDiagnosis(
      { update: gap.id, patch: { remedies: ['Clarify expectations'] } },
      wizardDraftKey(gap.id),
    );
    expect(updated.remedies).toEqual(['Clarify expectations']);
    expect(await draftRepository.load(wizardDraftKey(gap.id))).toBeUndefined();
    expect(await db().drafts.count()).toBe(1);
  });

  it('extends the expectations in settings once', async () => {
    await gapRepository.addExpectation('Completes safety assessments within 7 days');
    await gapRepository.addExpectation('completes safety assessments within 7 days');
    expect((await settingsRepository.load()).expectations).toHaveLength(3);
  });
});

describe('measure repository', () => {
  const db = useFreshDb();
  const row = {
    caseworkerId: worker,
    month: '2026-03',
    visitsDue: 10,
    visitsMade: 9,
    visitsGoodQuality: 8,
    caseload: 15,
  };

  it('saves a month, replacing what was there for the same caseworker and month', async () => {
    await measureRepository.saveMonth([row]);
    await measureRepository.saveMonth([{ ...row, visitsMade: 10 }]);
    const all = await measureRepository.list();
    expect(all).toHaveLength(1);
    expect(all[0]?.visitsMade).toBe(10);
  });

  it('lists one month through the month index, not the others', async () => {
    await measureRepository.saveMonth([row]);
    await measureRepository.saveMonth([{ ...row, month: '2026-02', visitsMade: 9, visitsGoodQuality: 5 }]);
    expect((await measureRepository.listOfMonth('2026-02')).map((m) => m.visitsGoodQuality)).toEqual([5]);
    expect(await measureRepository.listOfMonth('2026-04')).toEqual([]);
  });

  it('answers the latest month of live measures through the index, passing over a month that is all in Trash', async () => {
    expect(await measureRepository.latestMonth()).toBeUndefined();
    await measureRepository.saveMonth([{ ...row, month: '2026-01' }]);
    await measureRepository.saveMonth([row]);
    expect(await measureRepository.latestMonth()).toBe('2026-03');
    const [march] = await measureRepository.listOfMonth('2026-03');
    if (!march) throw new Error('March was not saved');
    await measureRepository.remove(march.id);
    expect(await measureRepository.latestMonth()).toBe('2026-01');
  });

  it('lists the caseworker and month of every live measure from the index, leaving out those in Trash', async () => {
    const other = '00000000-0000-4000-8000-000000000002';
    await measureRepository.saveMonth([row, { ...row, caseworkerId: other }]);
    await measureRepository.saveMonth([{ ...row, month: '2026-02' }]);
    const [gone] = await measureRepository.listBy('[caseworkerId+month]', [other, '2026-03']);
    if (!gone) throw new Error('The measure was not saved');
    await measureRepository.remove(gone.id);
    const pairs = await measureRepository.storedMonths();
    expect(pairs).toEqual([
      { caseworkerId: worker, month: '2026-02' },
      { caseworkerId: worker, month: '2026-03' },
    ]);
  });

  it('writes nothing when one row of a month is impossible', async () => {
    await expect(
      measureRepository.saveMonth([
        row,
        { ...row, caseworkerId: '00000000-0000-4000-8000-000000000002', visitsMade: 12 },
      ]),
    ).rejects.toThrow(/Visits made cannot be more than visits due/);
    expect(await db().monthlyMeasures.count()).toBe(0);
  });

  it('imports all rows in one go', async () => {
    expect(
      await measureRepository.importRows([
        { measure: row, caseworkerName: 'Ana' },
        { measure: { ...row, month: '2026-02' }, caseworkerName: 'Ana' },
      ]),
    ).toBe(2);
    expect(await db().monthlyMeasures.count()).toBe(2);
  });
});

describe('demo gaps', () => {
  it('follow the wizard: each recorded path and classification is what the evaluator gives for its answers', () => {
    const ws = generateDemo(7, '2026-05-20');
    expect(ws.gaps.length).toBeGreaterThan(0);
    for (const g of ws.gaps) {
      const d = evaluateDiagnosis(g.answers);
      expect(d.complete).toBe(true);
      expect(g.path).toEqual(d.path);
      expect(g.classification).toBe(d.classification);
    }
  });
});
