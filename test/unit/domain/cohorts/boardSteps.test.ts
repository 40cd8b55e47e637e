import { describe, expect, it } from 'vitest';
import { stepOfKey, stepOnBoard } from '../../../../renderer/domain/cohorts/boardSteps';

const cohorts = ['a', 'b', 'c'];
const waves = [1, 2, 3, 4];

describe('stepOnBoard', () => {
  it('moves a wave at a time within the cohort', () => {
    expect(stepOnBoard({ cohortId: 'b', wave: 3 }, 'earlier-wave', cohorts, waves)).toEqual({
      cohortId: 'b',
      wave: 2,
    });
    expect(stepOnBoard({ cohortId: 'b', wave: 3 }, 'later-wave', cohorts, waves)).toEqual({
      cohortId: 'b',
      wave: 4,
    });
  });

  it('moves a cohort at a time, keeping the wave', () => {
    expect(stepOnBoard({ cohortId: 'b', wave: 2 }, 'previous-cohort', cohorts, waves)).toEqual({
      cohortId: 'a',
      wave: 2,
    });
    expect(stepOnBoard({ cohortId: 'b', wave: 2 }, 'next-cohort', cohorts, waves)).toEqual({
      cohortId: 'c',
      wave: 2,
    });
  });

  it('stays on the board at its edges', () => {
    expect(stepOnBoard({ cohortId: 'a', wave: 1 }, 'earlier-wave', cohorts, waves)).toBeNull();
    expect(stepOnBoard({ cohortId: 'a', wave: 1 }, 'previous-cohort', cohorts, waves)).toBeNull();
    expect(stepOnBoard({ cohortId: 'c', wave: 4 }, 'later-wave', cohorts, waves)).toBeNull();
    expect(stepOnBoard({ cohortId: 'c', wave: 4 }, 'next-cohort', cohorts, waves)).toBeNull();
    expect(stepOnBoard({ cohortId: 'gone', wave: 1 }, 'next-cohort', cohorts, waves)).toBeNull();
  });
});

describe('stepOfKey', () => {
  it('names the step of each arrow key and nothing else', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'KeyA'].map(stepOfKey)).toEqual([
      'earlier-wave',
      'later-wave',
      'previous-cohort',
      'next-cohort',
      null,
    ]);
  });
});
