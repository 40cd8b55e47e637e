import { describe, expect, it } from 'vitest';
import { latestStancesOfRows, type PersonResult } from '../../../../renderer/domain/survey/peopleView';

const row = (id: string, latest: PersonResult['latest']): PersonResult => ({
  id,
  name: id,
  unitId: null,
  unit: 'No unit',
  role: 'Intake',
  latest,
  answers: latest ? 1 : 0,
  adopter: null,
});

describe('latestStancesOfRows', () => {
  it("gives each surveyed person's latest stance, readiness and round, and nobody unsurveyed", () => {
    const stances = latestStancesOfRows({
      rolloutId: 'spring',
      units: [],
      thresholds: { cheerleaderMin: 70, hecklerMax: 40 },
      rows: [
        row('ana', {
          stance: 'cheerleader',
          readiness: 82,
          adkarBarrier: null,
          answeredOn: '2026-01-12',
          roundName: 'Spring baseline',
        }),
        row('ben', null),
      ],
    });
    expect([...stances]).toEqual([
      ['ana', { stance: 'cheerleader', readiness: 82, roundName: 'Spring baseline' }],
    ]);
  });
});
