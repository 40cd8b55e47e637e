// Readiness scoring of one survey response: each scored item becomes 0..1 (reverse-scored where marked), the weighted mean
// of the answered items becomes 0-100, and the answers that moved the score most are named in words.
import type { SurveyItem } from '../model';

export type Answer = number | string | string[];
export type Stance = 'cheerleader' | 'fence-sitter' | 'heckler';

export interface StanceThresholds {
  cheerleaderMin: number;
  hecklerMax: number;
}

export interface ItemContribution {
  itemId: string;
  text: string;
  /** The item's score on 0..1 after reverse-scoring. */
  score: number;
  /** Points this answer moved readiness away from neutral (50), signed. */
  points: number;
  /** The answer in words, as the person gave it. */
  answerLabel: string;
  reverse: boolean;
}

export interface ReadinessScore {
  /** 0-100, or null when no scored item was answered (or every answered item weighs zero). */
  readiness: number | null;
  answeredItems: number;
  scoredItems: number;
  contributions: ItemContribution[];
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** The 0..1 score of one answer to one item before reverse-scoring, or null when the answer is missing or unusable. */
export function rawItemScore(item: SurveyItem, answer: Answer | undefined): number | null {
  if (
    answer === undefined ||
    answer === '' ||
    (Array.isArray(answer) && answer.length === 0 && item.kind !== 'multi')
  )
    return null;
  switch (item.kind) {
    case 'likert5':
    case 'adkar': {
      const value = typeof answer === 'number' ? answer : Number(answer);
      if (!Number.isInteger(value) || value < 1 || value > 5) return null;
      return (value - 1) / 4;
    }
    case 'single': {
      const option = item.options.find((o) => o.value === answer);
      return option ? clamp01(option.score) : null;
    }
    case 'multi': {
      const chosen = Array.isArray(answer) ? answer : [String(answer)];
      const known = chosen.map((v) => item.options.find((o) => o.value === v)).filter((o) => o !== undefined);
      if (known.length !== chosen.length) return null;
      return clamp01(known.reduce((sum, o) => sum + o.score, 0));
    }
  }
}

export function answerLabel(item: SurveyItem, answer: Answer): string {
  if (Array.isArray(answer)) {
    if (answer.length === 0) return 'none of these';
    return answer.map((v) => item.options.find((o) => o.value === v)?.label ?? v).join(', ');
  }
  const option = item.options.find((o) => o.value === String(answer));
  return option?.label ?? String(answer);
}

/**
 * The 0-100 readiness: the weighted mean of the answered, scored items (reverse-scored where marked), or null when
 * nothing scored was answered or every answered item weighs zero. The one place the formula lives; a plain loop, as
 * it runs for every response on the results screens and the dashboard.
 */
export function readinessOf(
  items: readonly SurveyItem[],
  answers: Readonly<Record<string, Answer>>,
): number | null {
  let weight = 0;
  let sum = 0;
  for (const item of items) {
    if (!item.scored) continue;
    const raw = rawItemScore(item, answers[item.id]);
    if (raw === null) continue;
    weight += item.weight;
    sum += item.weight * (item.reverse ? 1 - raw : raw);
  }
  return weight === 0 ? null : roundTo((100 * sum) / weight, 1);
}

/** Scores a response against the items of its instrument version. Unanswered items are left out, never counted as zero. */
export function scoreResponse(
  items: readonly SurveyItem[],
  answers: Readonly<Record<string, Answer>>,
): ReadinessScore {
  const scored = items.filter((i) => i.scored);
  const usable: Array<{ item: SurveyItem; score: number; answer: Answer }> = [];
  for (const item of scored) {
    const answer = answers[item.id];
    const raw = rawItemScore(item, answer);
    if (raw === null || answer === undefined) continue;
    usable.push({ item, score: item.reverse ? 1 - raw : raw, answer });
  }
  const readiness = readinessOf(items, answers);
  if (readiness === null) {
    return { readiness: null, answeredItems: usable.length, scoredItems: scored.length, contributions: [] };
  }
  const totalWeight = usable.reduce((sum, u) => sum + u.item.weight, 0);
  const contributions = usable
    .map(({ item, score, answer }) => ({
      itemId: item.id,
      text: item.text,
      score,
      points: (100 * item.weight * (score - 0.5)) / totalWeight,
      answerLabel: answerLabel(item, answer),
      reverse: item.reverse,
    }))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.itemId.localeCompare(b.itemId));
  return { readiness, answeredItems: usable.length, scoredItems: scored.length, contributions };
}

export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Cheerleader at or above the upper threshold, heckler at or below the lower one, fence-sitter between. */
export function stanceOf(readiness: number, thresholds: StanceThresholds): Stance {
  if (readiness >= thresholds.cheerleaderMin) return 'cheerleader';
  if (readiness <= thresholds.hecklerMax) return 'heckler';
  return 'fence-sitter';
}

export const stanceLabel: Record<Stance, string> = {
  cheerleader: 'Cheerleader',
  'fence-sitter': 'Fence-sitter',
  heckler: 'Heckler',
};

const fmt = (n: number) => `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(1).replace(/\.0$/, '')}`;

/** A plain-language explanation: the score, the stance, and the answers that pushed it up and down the most. */
export function explainScore(score: ReadinessScore, thresholds: StanceThresholds, maxReasons = 3): string {
  if (score.readiness === null) {
    return 'No readiness score yet: none of the scored questions was answered.';
  }
  const stance = stanceOf(score.readiness, thresholds);
  const head = `Readiness ${Math.round(score.readiness)} of 100 (${stanceLabel[stance].toLowerCase()}), from ${score.answeredItems} of ${score.scoredItems} scored questions.`;
  const up = score.contributions.filter((c) => c.points >= 0.05).slice(0, maxReasons);
  const down = score.contributions.filter((c) => c.points <= -0.05).slice(0, maxReasons);
  const describe = (c: ItemContribution) =>
    `"${c.text}" answered ${c.answerLabel}${c.reverse ? ' (a worry item, scored in reverse)' : ''} (${fmt(c.points)})`;
  const parts = [head];
  if (up.length) parts.push(`Raised most by: ${up.map(describe).join('; ')}.`);
  if (down.length) parts.push(`Lowered most by: ${down.map(describe).join('; ')}.`);
  if (!up.length && !down.length) parts.push('Every answer was neutral.');
  return parts.join(' ');
}
