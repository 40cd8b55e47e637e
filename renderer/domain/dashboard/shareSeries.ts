// Structural sharing between two dashboards: a chart whose figures did not change keeps the very same series (and
// drawn rows) as before, so the screen can tell by identity which charts to draw again after a filter change.

/** Equal as plain data: numbers, strings, booleans, null, and arrays and plain objects of them. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const protoA: unknown = Object.getPrototypeOf(a);
  const protoB: unknown = Object.getPrototypeOf(b);
  // Maps, sets, dates and the like are compared by identity only (charts draw plain rows).
  if (protoA !== Object.prototype || protoB !== Object.prototype) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  for (const key of keysA) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameData(recordA[key], recordB[key])) return false;
  }
  return true;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `next`'s array, or `before`'s when it holds the same data (so it keeps its identity). */
function kept<T>(before: unknown, next: T): T {
  return Array.isArray(before) && Array.isArray(next) && sameData(before, next) ? (before as T) : next;
}

/**
 * `next`, with each chart's `series` and `chart.rows` taken from `before` where they hold the same figures. A chart is
 * a top-level field with a `series` array. Neither argument is changed: a chart with something shared is a new object.
 */
export function shareSeries<M extends object>(before: M | undefined, next: M): M {
  if (!before || before === next) return next;
  const previous = before as unknown as Record<string, unknown>;
  const result: Record<string, unknown> = { ...(next as unknown as Record<string, unknown>) };
  for (const [key, chart] of Object.entries(next)) {
    const old = previous[key];
    if (!isRecord(chart) || !Array.isArray(chart.series) || !isRecord(old)) continue;
    const series = kept(old.series, chart.series);
    let inner = chart.chart;
    if (isRecord(inner) && isRecord(old.chart)) {
      const rows = kept(old.chart.rows, inner.rows);
      if (rows !== inner.rows) inner = { ...inner, rows };
    }
    if (series === chart.series && inner === chart.chart) continue;
    result[key] = 'chart' in chart ? { ...chart, series, chart: inner } : { ...chart, series };
  }
  return result as unknown as M;
}
