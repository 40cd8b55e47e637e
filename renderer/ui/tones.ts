// Badge tones for mastery levels, the same on the cohort screens and in the reports.
import type { MasteryLevel } from '../domain/mastery/mastery';
import type { Tone } from './Badge';

export const masteryTone: Record<MasteryLevel, Tone> = {
  'not-started': 'neutral',
  'in-training': 'warning',
  practicing: 'accent',
  proficient: 'success',
  mastered: 'success',
};
