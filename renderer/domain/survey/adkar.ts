// ADKAR barrier point: the first element, in order, that the person rated 3 or lower on the 1-5 self-rating.
import type { SurveyItem } from '../model';
import type { Answer } from './scoreResponse';

export const adkarElements = ['awareness', 'desire', 'knowledge', 'ability', 'reinforcement'] as const;
export type AdkarElement = (typeof adkarElements)[number];

export const adkarLabel: Record<AdkarElement, string> = {
  awareness: 'Awareness of the need for change',
  desire: 'Desire to take part',
  knowledge: 'Knowledge of how to change',
  ability: 'Ability to do it day to day',
  reinforcement: 'Reinforcement to keep it going',
};

export interface AdkarResult {
  /** Ratings found, by element; missing elements were not answered. */
  ratings: Partial<Record<AdkarElement, number>>;
  /** The first element rated 3 or lower, or null when none is (or nothing was rated). */
  barrier: AdkarElement | null;
}

export function adkarBarrier(
  items: readonly SurveyItem[],
  answers: Readonly<Record<string, Answer>>,
): AdkarResult {
  const ratings: Partial<Record<AdkarElement, number>> = {};
  for (const item of items) {
    if (item.kind !== 'adkar') continue;
    const element = item.construct.replace(/^adkar-/, '') as AdkarElement;
    const value = Number(answers[item.id]);
    if (adkarElements.includes(element) && Number.isInteger(value) && value >= 1 && value <= 5)
      ratings[element] = value;
  }
  const barrier = adkarElements.find((e) => ratings[e] !== undefined && (ratings[e] ?? 5) <= 3) ?? null;
  return { ratings, barrier };
}
