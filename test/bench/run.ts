// `npm run bench`: times every benchmark in test/bench/*.bench.ts at agency scale against its budget and prints a table.
// Exits non-zero when a budget is missed, so a regression is noticed. Timings are medians of several runs.
import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setDataKey } from '../../renderer/data/keySession';
import type { Benchmark } from './benchTypes';

// As in the app once unlocked: the workspace's data key in memory, so reads and writes go through encryption at rest.
setDataKey(crypto.getRandomValues(new Uint8Array(32)));

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function sample(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Medians of `repeat` runs of `fn` and, when given, of `baseline`, taken turn about (fn, baseline, fn, ...), so a
 * change in the machine's load during the run weighs on both sides of a ratio alike.
 */
async function time(
  fn: () => unknown,
  repeat: number,
  baseline?: () => unknown,
): Promise<{ ms: number; base: number | null }> {
  const runs: number[] = [];
  const bases: number[] = [];
  for (let i = 0; i < repeat; i++) {
    runs.push(await sample(fn));
    if (baseline) bases.push(await sample(baseline));
  }
  return { ms: median(runs), base: baseline ? median(bases) : null };
}

async function main() {
  const dir = import.meta.dirname;
  const only = process.argv[2];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !only || f.toLowerCase().includes(only.toLowerCase()))
    .sort();
  const rows: string[][] = [];
  let missed = 0;
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { benchmarks: Benchmark[] };
    for (const bench of mod.benchmarks) {
      await bench.setup?.();
      await bench.run(); // warm-up
      const { ms, base } = await time(bench.run, bench.repeat ?? 5, bench.baseline?.run);
      const ratio =
        bench.baseline && base !== null
          ? `${(ms / base).toFixed(2)}x ${bench.baseline.name} (${base.toFixed(1)} ms)`
          : '';
      const ok = ms <= bench.budgetMs;
      if (!ok) missed++;
      // The machine's load (1-minute average, on os.cpus().length cores) as the row finished: figures taken under
      // load are slower, and a ratio taken turn about is the figure to compare.
      const load = (os.loadavg()[0] ?? 0).toFixed(2);
      rows.push([
        bench.name,
        `${ms.toFixed(1)} ms`,
        `${bench.budgetMs} ms`,
        ok ? 'ok' : 'OVER BUDGET',
        ratio,
        load,
      ]);
      console.log(
        `  ${ok ? '✓' : '✗'} ${bench.name}: ${ms.toFixed(1)} ms (budget ${bench.budgetMs} ms)${ratio ? `, ${ratio}` : ''}, load ${load}`,
      );
    }
  }
  const header = ['benchmark', 'median', 'budget', 'verdict', 'ratio', 'load'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}`);
  console.log(
    `\n${rows.length - missed} within budget, ${missed} over budget (node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()})`,
  );
  if (missed > 0) process.exitCode = 1;
}

void main();
