// The name of each wave in words, the same on the cohort screens, the printed rosters and the reports.

export const waveTitle: Record<number, string> = {
  1: 'Wave 1 · assistant coach',
  2: 'Wave 2 · cheerleaders',
  3: 'Wave 3 · fence-sitters and not surveyed',
  4: 'Wave 4 · hecklers',
};
