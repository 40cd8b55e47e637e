import { describe, expect, it } from 'vitest';
import { moveMember } from '../../../../renderer/domain/cohorts/cohortEditing';
import { latestStanceText, placementText } from '../../../../renderer/domain/cohorts/placementText';

const thresholds = { cheerleaderMin: 70, hecklerMax: 40 };

describe('placementText and latestStanceText', () => {
  it('shows a placement as history, never with the readiness it quoted then', () => {
    expect(placementText('wave 2: cheerleader, readiness 87')).toBe('Placed in wave 2 as a cheerleader');
    expect(placementText('wave 4: heckler, readiness 31.5')).toBe('Placed in wave 4 as a heckler');
    expect(placementText('wave 1: assistant coach, highest-scoring cheerleader, readiness 90')).toBe(
      'Wave 1: assistant coach, the highest-scoring cheerleader when placed',
    );
    expect(placementText('wave 3: not yet surveyed')).toBe('Placed in wave 3, not yet surveyed then');
    expect(placementText('wave 3: moved here by hand')).toBe('Moved to wave 3 by hand');
    expect(placementText('wave 2: moved here by hand; fence-sitter')).toBe(
      'Moved to wave 2 by hand (a fence-sitter then)',
    );
    expect(placementText('')).toBe('Placed by hand');
    expect(placementText('wave 2: cheerleader, readiness 91 (Spring pulse)')).not.toMatch(/\d{2}/);
  });

  it('names the round of the latest stance', () => {
    expect(
      latestStanceText({ stance: 'cheerleader', readiness: 91.2, roundName: 'Spring pulse' }, thresholds),
    ).toBe('Cheerleader, readiness 91 (Spring pulse)');
    expect(
      latestStanceText({ stance: 'fence-sitter', readiness: 69.6, roundName: 'Baseline' }, thresholds),
    ).toBe('Fence-sitter, readiness 69.6 (Baseline)');
    expect(latestStanceText(undefined, thresholds)).toBe('Not surveyed yet');
  });

  it('keeps the stance of a person moved by hand', () => {
    const cohort = {
      id: 'A',
      members: [{ caseworkerId: 'p', wave: 2, reason: 'wave 2: cheerleader' }],
      assistantCoachId: null,
      manuallyEdited: false,
    };
    const [patch] = moveMember([cohort], 'p', 'A', 3, 'cheerleader');
    expect(patch?.members[0]?.reason).toBe('wave 3: moved here by hand; cheerleader');
    expect(placementText(patch?.members[0]?.reason ?? '')).toBe(
      'Moved to wave 3 by hand (a cheerleader then)',
    );
  });
});
