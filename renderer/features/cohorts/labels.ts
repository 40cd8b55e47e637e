// Words and badge tones for stances, mastery levels and gates, shared by the cohort screens.
import type { Tone } from '../../ui/Badge';
import type { MasteryLevel } from '../../domain/mastery/mastery';

export const masteryTone: Record<MasteryLevel, Tone> = {
  'not-started': 'neutral',
  'in-training': 'warning',
  practicing: 'accent',
  proficient: 'success',
  mastered: 'success',
};

export const waveTitle: Record<number, string> = {
  1: 'Wave 1 · assistant coach',
  2: 'Wave 2 · cheerleaders',
  3: 'Wave 3 · fence-sitters and not surveyed',
  4: 'Wave 4 · hecklers',
};

export const formatDate = (d: string | null): string =>
  d
    ? new Date(`${d}T00:00:00`).toLocaleDateString(undefined, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      })
    : 'not set';
