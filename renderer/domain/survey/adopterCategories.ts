// Rogers adopter-category labels by readiness rank (2.5 / 13.5 / 34 / 34 / 16 percent). Labels only, never quotas.
export const adopterCategories = [
  'innovator',
  'early-adopter',
  'early-majority',
  'late-majority',
  'laggard',
] as const;
export type AdopterCategory = (typeof adopterCategories)[number];

export const adopterLabel: Record<AdopterCategory, string> = {
  innovator: 'Innovator',
  'early-adopter': 'Early adopter',
  'early-majority': 'Early majority',
  'late-majority': 'Late majority',
  laggard: 'Laggard',
};

/** Theoretical shares of the Rogers curve, in order. */
export const rogersShares: Record<AdopterCategory, number> = {
  innovator: 0.025,
  'early-adopter': 0.135,
  'early-majority': 0.34,
  'late-majority': 0.34,
  laggard: 0.16,
};

/**
 * Labels each person by where their readiness ranks: the top 2.5% are innovators, and so on down. People with the same
 * readiness share a label (the one their tied group's midpoint falls in), so a tie never splits two equal scores.
 */
export function adopterCategoriesByRank(
  scores: ReadonlyArray<{ id: string; readiness: number }>,
): Map<string, AdopterCategory> {
  const sorted = [...scores].sort((a, b) => b.readiness - a.readiness || a.id.localeCompare(b.id));
  const n = sorted.length;
  const result = new Map<string, AdopterCategory>();
  const bounds: number[] = [];
  let cumulative = 0;
  for (const c of adopterCategories) {
    cumulative += rogersShares[c];
    bounds.push(cumulative);
  }
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && sorted[j + 1]?.readiness === sorted[i]?.readiness) j++;
    // Midpoint of the tied group as a fraction of the population ranked above it.
    const mid = (i + j + 1) / 2 / n;
    const index = bounds.findIndex((b) => mid <= b + 1e-9);
    const category = adopterCategories[index === -1 ? adopterCategories.length - 1 : index] ?? 'laggard';
    for (let k = i; k <= j; k++) result.set(sorted[k]?.id ?? '', category);
    i = j + 1;
  }
  return result;
}
