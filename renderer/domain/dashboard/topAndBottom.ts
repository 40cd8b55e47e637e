// Charts that stay readable with many categories: above a dozen rows, a by-unit (or by-coach) chart draws the top and
// the bottom ones by a measure and adds the rest up into one row, and says so; the table behind it keeps every row.
export interface ChartRows<T> {
  /** What the chart draws: every row, or the top ones, one row for the rest, and the bottom ones. */
  rows: T[];
  /** How many rows were added up into the one "others" row (0 when every row is drawn). */
  grouped: number;
  /** Says what the chart leaves out, or null when it draws everything. */
  note: string | null;
  /** The ids (the `id` field, 'none' when empty) of the rows added up into the "others" row, so a click on it lists them. */
  groupedIds: string[];
}

/** The key of the "others" row in its `id` field: a drill-down category that stands for every grouped row. */
export const OTHERS = 'others';

export const CHART_ROW_LIMIT = 12;

export function topAndBottom<T extends Record<string, unknown>>(
  rows: readonly T[],
  options: {
    /** The field that names each row (unit, coach). */
    label: keyof T & string;
    /** The field that identifies each row (unitId, coachId); the "others" row gets OTHERS there. */
    id?: keyof T & string;
    /** Higher is "top". */
    rank: (row: T) => number;
    /** Plural of what the rows are ("units"). */
    what: string;
    /** The measure in words ("share practicing or better"). */
    by: string;
    limit?: number;
  },
): ChartRows<T> {
  const limit = options.limit ?? CHART_ROW_LIMIT;
  if (rows.length <= limit) return { rows: [...rows], grouped: 0, note: null, groupedIds: [] };
  const half = Math.floor((limit - 1) / 2);
  // Each row ranked once (not at every comparison of the sort: hundreds of units).
  const rankOf = new Map(rows.map((row) => [row, options.rank(row)]));
  const ranked = [...rows].sort((a, b) => (rankOf.get(b) as number) - (rankOf.get(a) as number));
  const top = ranked.slice(0, half);
  const bottom = ranked.slice(ranked.length - half);
  const rest = ranked.slice(half, ranked.length - half);
  const others: Record<string, unknown> = { [options.label]: `${rest.length} other ${options.what}` };
  if (options.id) others[options.id] = OTHERS;
  for (const row of rest)
    for (const [key, value] of Object.entries(row))
      if (typeof value === 'number') others[key] = ((others[key] as number | undefined) ?? 0) + value;
  return {
    rows: [...top, others as T, ...bottom],
    grouped: rest.length,
    groupedIds: options.id ? rest.map((row) => String(row[options.id as keyof T] ?? 'none')) : [],
    note:
      `The chart shows the ${half} highest and the ${half} lowest of ${rows.length} ${options.what} by ${options.by}; ` +
      `the other ${rest.length} are added together in one bar. The numbers list every one.`,
  };
}
