import { describe, expect, it } from 'vitest';
import { buildReportsIndex } from '../../../../renderer/domain/reports/reportsIndex';
import { fixture } from './reportFixture';

const data = fixture();
const input = {
  caseworkers: data.caseworkers,
  units: data.units,
  cohorts: data.cohorts,
  rollout: data.rollouts[0] ?? null,
};

describe('buildReportsIndex', () => {
  it('lists current caseworkers with unit and role, leaving out those who left', () => {
    const index = buildReportsIndex(input, '');
    expect(index.caseworkers.map((c) => c.name)).toEqual(['Ana Nguyễn', 'Ben Okafor']);
    expect(index.caseworkers[0]?.detail).toBe('Intake North · Intake specialist');
    expect(index.caseworkerTotal).toBe(2);
  });

  it('searches without regard to accents or case', () => {
    expect(buildReportsIndex(input, 'nguyen').caseworkers.map((c) => c.name)).toEqual(['Ana Nguyễn']);
    expect(buildReportsIndex(input, 'zzz').caseworkers).toEqual([]);
  });

  it('lists only the current rollout’s cohorts', () => {
    const index = buildReportsIndex(input, '');
    expect(index.cohorts).toEqual([
      { id: expect.any(String) as string, name: 'Intake cohort', detail: 'Intake specialist · 2 members' },
    ]);
    expect(index.rollout).toEqual({ name: 'MobileCase' });
    expect(buildReportsIndex({ ...input, rollout: null }, '').rollout).toBeNull();
  });
});
