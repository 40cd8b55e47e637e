// The shape of a benchmark module: test/bench/*.bench.ts each export `benchmarks`, and run.ts times them all.
export interface Benchmark {
  /** What is measured, in words ("validate a 5,000-row roster CSV"). */
  name: string;
  /** The budget from PRODUCT.md section 5 or the issue, in milliseconds. */
  budgetMs: number;
  /** Runs once before timing (warm-up and data generation happen here, untimed). */
  setup?: () => Promise<void> | void;
  /** The timed work. */
  run: () => unknown;
  /** How many timed runs; the median is reported. Default 5. */
  repeat?: number;
  /** Optional reference measured in the same run (e.g. a raw IndexedDB bulk put of the same rows), shown as a ratio. */
  baseline?: { name: string; run: () => unknown };
}
