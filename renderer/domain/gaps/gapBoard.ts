// The gap board of one unit: its caseworkers by the expectations, each cell holding the gap that matters most there
// (an open or in-progress one before a closed one, then the most recently opened).
import type { Caseworker, Gap } from '../model';
import { isActiveStatus } from './gapLabels';

export interface GapBoard {
  expectations: string[];
  rows: { caseworker: Caseworker; cells: (Gap | null)[] }[];
}

function rank(gap: Gap): string {
  return `${isActiveStatus(gap.status) ? '1' : '0'}${gap.openedOn}${gap.updatedAt}`;
}

/**
 * Columns are the settings' expectations, followed by any other expectation a gap of these caseworkers names
 * (an expectation removed from settings still shows its gaps).
 */
export function buildGapBoard(input: {
  caseworkers: readonly Caseworker[];
  expectations: readonly string[];
  gaps: readonly Gap[];
}): GapBoard {
  const ids = new Set(input.caseworkers.map((c) => c.id));
  const gaps = input.gaps.filter((g) => ids.has(g.caseworkerId));
  const expectations = [...input.expectations];
  for (const g of gaps) if (!expectations.includes(g.expectation)) expectations.push(g.expectation);
  const best = new Map<string, Gap>();
  for (const g of gaps) {
    const key = `${g.caseworkerId}\u0000${g.expectation}`;
    const held = best.get(key);
    if (!held || rank(g) > rank(held)) best.set(key, g);
  }
  const rows = [...input.caseworkers]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((caseworker) => ({
      caseworker,
      cells: expectations.map((e) => best.get(`${caseworker.id}\u0000${e}`) ?? null),
    }));
  return { expectations, rows };
}
