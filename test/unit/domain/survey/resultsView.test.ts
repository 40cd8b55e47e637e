// The survey results screen's view: what it shows, as plain data that comes back from JSON exactly (kept views are
// sealed as JSON), and a key that follows the settings the results depend on.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../renderer/domain/model';
import { resultsView, resultsViewKey } from '../../../../renderer/domain/survey/resultsView';
import type { Stance } from '../../../../renderer/domain/survey/scoreResponse';
import { adopterLabels, stanceMix, toAdopterSeries } from '../../../../renderer/domain/survey/stanceMix';

const settings = defaultSettings();
const people = ['a', 'b', 'c', 'd'].map((id) => ({
  id,
  name: id.toUpperCase(),
  unitId: id === 'd' ? null : 'u1',
  status: 'active' as const,
  deletedAt: null,
}));
const latest = new Map<string, { stance: Stance | null; readiness: number | null }>([
  ['a', { stance: 'cheerleader', readiness: 80 }],
  ['b', { stance: 'heckler', readiness: 20 }],
]);
const rounds = [
  { name: 'Baseline', openedOn: '2026-01-10' },
  { name: 'Pulse 1', openedOn: '2026-03-01' },
];

describe('the survey results view', () => {
  const mix = stanceMix(people, [{ id: 'u1', name: 'North', deletedAt: null }], latest);
  const adopters = adopterLabels(people, latest);
  const view = resultsView({
    rollout: { name: 'Spring' },
    responses: [],
    rounds,
    thresholds: { cheerleaderMin: 70, hecklerMax: 40 },
    mix,
    adopters,
  });

  it('holds what the screen shows, and comes back from JSON exactly as it was', () => {
    expect(view.rolloutName).toBe('Spring');
    expect(view.roundCount).toBe(2);
    expect(view.lastRound).toEqual({ name: 'Pulse 1', openedOn: '2026-03-01' });
    expect(view.mix).toBe(mix);
    expect(view.adopters).toEqual(toAdopterSeries(adopters));
    expect(view.labelled).toBe(2);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('is kept for the settings the results follow, not the dashboard’s remembered filter or the stamp', () => {
    const key = resultsViewKey(settings);
    expect(resultsViewKey({ ...settings, updatedAt: '2026-03-14T10:00:00.000Z' })).toBe(key);
    expect(resultsViewKey({ ...settings, cheerleaderMin: 75 })).not.toBe(key);
    expect(resultsViewKey({ ...settings, currentRolloutId: 'another' })).not.toBe(key);
  });
});
