// The browser benchmark's tables: each screen and each long job at one tenth and at full scale, against the budgets
// of PRODUCT.md section 5 (issue 15), with the machine's load beside the figures.
import type { WorkspaceFiles } from './workspaceFiles';

export const BUDGET = {
  screenMs: 500,
  filterMs: 100,
  taskMs: 200,
  heapMb: 400,
  jobMs: 60_000,
  rawRatio: 1.5,
} as const;

export interface ScreenResult {
  name: string;
  kind: 'screen' | 'filter';
  usableMs?: number;
  /** When the screen's sign of being there was seen (before it settled), where the benchmark waits for one. */
  shownMs?: number;
  cpuMs?: number;
  longestMs?: number;
  nodes?: number;
  heapMb?: number;
  peakHeapMb?: number;
  load?: number;
  error?: string;
}

export interface JobResult {
  name: string;
  /** From the first input to done, every step added up. */
  totalMs: number;
  /** Main-thread CPU time over all steps. */
  cpuMs: number;
  /** The write step alone (after the person confirms). */
  writeMs: number;
  /** A raw IndexedDB put of the same rows, same run. */
  rawMs: number | null;
  records: number;
  longestMs: number;
  peakHeapMb: number;
  load: number;
}

export interface ScaleResult {
  factor: number;
  files: WorkspaceFiles;
  jobs: JobResult[];
  rawOptions: JobResult[];
  screens: ScreenResult[];
  profile: string;
}

const ms = (v: number | undefined): string =>
  v === undefined ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
const mb = (v: number | undefined): string => (v === undefined ? '–' : `${Math.round(v)} MB`);
const count = (v: number | undefined): string => (v === undefined ? '–' : v.toLocaleString('en-US'));
const pair = (a: string, b: string): string => (a === '–' ? b : `${a} → ${b}`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function screenVerdict(s: ScreenResult | undefined): string {
  if (!s) return 'not run';
  if (s.error) return `FAILED: ${s.error}`;
  const misses: string[] = [];
  const budget = s.kind === 'filter' ? BUDGET.filterMs : BUDGET.screenMs;
  if ((s.usableMs ?? 0) > budget) misses.push(`${((s.usableMs ?? 0) / budget).toFixed(1)}x time`);
  if ((s.longestMs ?? 0) > BUDGET.taskMs) misses.push('long task');
  if ((s.peakHeapMb ?? 0) > BUDGET.heapMb) misses.push('heap');
  return misses.length === 0 ? 'ok' : misses.join(', ');
}

function jobVerdict(j: JobResult | undefined): string {
  if (!j) return 'not run';
  const misses: string[] = [];
  if (j.totalMs > BUDGET.jobMs) misses.push('over 60 s');
  if (j.rawMs !== null && j.writeMs / j.rawMs > BUDGET.rawRatio) misses.push('ratio');
  if (j.longestMs > BUDGET.taskMs) misses.push('long task');
  if (j.peakHeapMb > BUDGET.heapMb) misses.push('heap');
  return misses.length === 0 ? 'ok' : misses.join(', ');
}

export function formatReport(
  results: ScaleResult[],
  machine: { startLoad: number[]; endLoad: number[]; cores: number },
): string {
  const sorted = [...results].sort((a, b) => a.factor - b.factor);
  const full = sorted[sorted.length - 1];
  const small = sorted.length > 1 ? sorted[0] : undefined;
  if (!full) return 'Nothing was measured.';
  const scaleName = (r: ScaleResult) =>
    `${r.factor}x: ${count(r.files.rows.caseworkers)} caseworkers, ${count(r.files.totalRows)} rows, ${mb(r.files.backupBytes / 2 ** 20)} backup`;
  const out: string[] = [];
  out.push(
    `Scales: ${sorted.map(scaleName).join('; ')}. Cells read "${small ? `${small.factor}x → ` : ''}${full.factor}x".`,
  );
  out.push(
    `Machine: ${machine.cores} cores; load average (1, 5, 15 min) at start ${machine.startLoad.map((l) => l.toFixed(2)).join(' ')}, at end ${machine.endLoad.map((l) => l.toFixed(2)).join(' ')}.`,
  );
  out.push(
    `Budgets: screen usable ${BUDGET.screenMs} ms, filter (dashboard, picker) ${BUDGET.filterMs} ms, longest main-thread task ${BUDGET.taskMs} ms, JS heap ${BUDGET.heapMb} MB, restore and imports ${BUDGET.jobMs / 1000} s with app/raw ratio under ${BUDGET.rawRatio}.`,
  );

  const jobRows = full.jobs.map((j) => {
    const s = small?.jobs.find((x) => x.name === j.name);
    return [
      j.name,
      count(j.records),
      pair(ms(s?.totalMs), ms(j.totalMs)),
      pair(ms(s?.cpuMs), ms(j.cpuMs)),
      pair(ms(s?.writeMs), ms(j.writeMs)),
      pair(ms(s?.rawMs ?? undefined), ms(j.rawMs ?? undefined)),
      j.rawMs ? (j.writeMs / j.rawMs).toFixed(2) : '–',
      pair(ms(s?.longestMs), ms(j.longestMs)),
      pair(mb(s?.peakHeapMb), mb(j.peakHeapMb)),
      j.load.toFixed(2),
      jobVerdict(j),
    ];
  });
  if (jobRows.length > 0) {
    out.push('\nLong jobs (through the app\'s own screens; "write" is the step after confirming):');
    out.push(
      table(
        [
          'job',
          'rows',
          'total',
          'main CPU',
          'write',
          'raw put',
          'write/raw',
          'longest task',
          'peak heap',
          'load',
          'verdict',
        ],
        jobRows,
      ),
    );
  }
  if (full.rawOptions.length > 0) {
    out.push(`\nRestore write options at ${full.factor}x (raw IndexedDB, same rows, same run):`);
    out.push(
      table(
        ['option', 'records', 'time', 'vs every index, one transaction', 'load'],
        full.rawOptions.map((o) => [
          o.name,
          count(o.records),
          ms(o.totalMs),
          o.rawMs ? (o.totalMs / o.rawMs).toFixed(2) : '–',
          o.load.toFixed(2),
        ]),
      ),
    );
  }

  const screenRows = full.screens.map((f) => {
    const s = small?.screens.find((x) => x.name === f.name);
    const budget = f.kind === 'filter' ? BUDGET.filterMs : BUDGET.screenMs;
    const growth =
      s?.usableMs && f.usableMs && s.usableMs > 0 ? `${(f.usableMs / s.usableMs).toFixed(1)}x` : '–';
    return [
      f.name,
      ms(budget),
      pair(ms(s?.usableMs), ms(f.usableMs)),
      pair(ms(s?.shownMs), ms(f.shownMs)),
      growth,
      pair(ms(s?.cpuMs), ms(f.cpuMs)),
      pair(ms(s?.longestMs), ms(f.longestMs)),
      pair(count(s?.nodes), count(f.nodes)),
      pair(mb(s?.heapMb), mb(f.heapMb)),
      f.load?.toFixed(2) ?? '–',
      screenVerdict(f),
    ];
  });
  out.push(
    "\nScreens (click to usable; shown is when the screen's sign of being there appeared, where one is awaited, before it settled; main CPU is the main thread's CPU time meanwhile, which other people's load hardly moves; heap is what stays after garbage collection):",
  );
  out.push(
    table(
      [
        'screen',
        'budget',
        'usable',
        'shown',
        'growth',
        'main CPU',
        'longest task',
        'DOM nodes',
        'JS heap',
        'load',
        'verdict',
      ],
      screenRows,
    ),
  );
  const screensOk = full.screens.filter((s) => screenVerdict(s) === 'ok').length;
  const jobsOk = full.jobs.filter((j) => jobVerdict(j) === 'ok').length;
  out.push(
    `\nAt ${full.factor}x: ${screensOk} of ${full.screens.length} screens and filters within every budget; ${jobsOk} of ${full.jobs.length} long jobs.`,
  );
  return out.join('\n');
}
