// Tool usage in the database: the import context reads the current rollout, the write adds only new days in one
// transaction, and a day already recorded is never doubled.
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../renderer/data/db';
import { makeRecord } from '../../../renderer/data/repository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { usageRepository } from '../../../renderer/data/usageRepository';
import { useFreshDb } from './freshDb';

describe('usage repository', () => {
  useFreshDb();

  it('imports new days once, and reads them back for the current rollout', async () => {
    const db = getDb();
    const rollout = makeRecord('rollouts', { name: 'MobileCase', startDate: '2026-01-05' });
    const ana = makeRecord('caseworkers', { name: 'Ana', email: 'ana@x.org' });
    await db.rollouts.add(rollout);
    await db.caseworkers.add(ana);
    expect(await usageRepository.importContext('2026-03-18')).toBeNull();
    await settingsRepository.save({ currentRolloutId: rollout.id });

    const day = {
      rolloutId: rollout.id,
      caseworkerId: ana.id,
      date: '2026-03-02',
      events: 2,
      source: 'a.csv',
    };
    expect(await usageRepository.importDays([day, { ...day, date: '2026-03-03' }])).toBe(2);
    expect(await usageRepository.importDays([day, { ...day, date: '2026-03-04' }])).toBe(1);
    const { usage } = await usageRepository.current();
    expect(usage.map((u) => u.date)).toEqual(['2026-03-04', '2026-03-03', '2026-03-02']);

    const context = await usageRepository.importContext('2026-03-18');
    expect(context?.recordedDays.has(`${ana.id}/2026-03-02`)).toBe(true);
    expect(context?.byEmail.get('ana@x.org')?.[0]?.name).toBe('Ana');
  });

  it('writes nothing when one day is invalid', async () => {
    const rollout = makeRecord('rollouts', { name: 'MobileCase' });
    const day = { rolloutId: rollout.id, caseworkerId: rollout.id, date: '2026-03-02', events: 1 };
    await expect(
      usageRepository.importDays([day, { ...day, date: '2026-03-03', events: 0 }]),
    ).rejects.toThrow(/events/i);
    expect(await getDb().toolUsage.count()).toBe(0);
  });
});
