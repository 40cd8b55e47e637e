// `npm run bench:browser`: the real screens in Chromium at agency scale (PRODUCT.md section 5, issue 15). Builds the
// workspace with the fixed seed, imports the roster and the measures from CSV and restores the backup through the app's
// own screens, then opens every screen and prints, per screen, the time from click to usable, the longest main-thread
// task, DOM nodes and JS heap against the budgets, at one tenth of the scale and at full scale, with the machine's load.
// A raw IndexedDB put of the same rows, in the same run, gives the app/raw ratio of restore and imports.
// Run it under the shared lock: flock /tmp/heavy.lock npm run bench:browser [-- options]
//   --scales=0.1,1     which fractions of agency scale (default both)
//   --only=<regex>     only the screens whose name matches (jobs and raw baselines still run unless --screens-only)
//   --screens-only     with --reuse: skip imports, restore and raw puts
//   --roster-scale     the roster at each scale (5,000 caseworkers at 1) with a tenth of the other records, restored
//                      only (no imports, no raw puts): a few minutes at 1x, for the screens that grow with the people
//                      (pickers, roster, units), e.g. --scales=1 --roster-scale --only=picker|roster|units
//   --reuse=<dir>      a profile folder kept by --keep (one scale only): screens on an already restored workspace
//   --keep             keep the browser profile(s) and print where
//   --options          also time the restore write options (fewer indexes, batches, grouped records, relaxed durability)
//   --no-build         use the built renderer as it is
//   --root=<dir>       serve another build (e.g. of an earlier commit, for before/after figures); implies --no-build
//   --out=<file>       where the JSON of all figures goes (default /tmp/cc-bench/results-<time>.json)
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startStaticServer } from '../../../build/serveStatic';
import { benchStores, groupedStores, indexFreeStores } from './benchStores';
import { executablePath, launch, reach, settle } from './session';
import { formatReport, type JobResult, type ScaleResult, type ScreenResult } from './report';
import { homeDrawn, screens, type Screen } from './screens';
import { workspaceFiles, type WorkspaceFiles } from './workspaceFiles';

const root = path.resolve(import.meta.dirname, '../../..');
const arg = (name: string): string | undefined =>
  process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1] ?? undefined;
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const port = Number(process.env.BENCH_PORT ?? 4217);
const cacheRoot = '/tmp/cc-bench';
const load1 = (): number => os.loadavg()[0] ?? 0;

// ---- Measuring one interaction ------------------------------------------------------------------------------------

interface Measured {
  usableMs: number;
  /** When the sign that the screen is there (`until`) was seen, from the same start: before the rest settled. */
  shownMs?: number;
  /** CPU time the page's main thread used meanwhile: hardly moved by other people's load, unlike usableMs. */
  cpuMs: number;
  longestMs: number;
  nodes: number;
  heapMb: number;
  peakHeapMb: number;
  load: number;
}

async function threadTimeMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/**
 * Times one interaction: from the input event that `act` causes (or from navigation start, for a reload) to the last
 * paint or IndexedDB transaction before the page went quiet. `until` waits for the sign that the work is done.
 */
async function measure(
  page: Page,
  cdp: CDPSession,
  act: () => Promise<void>,
  options: {
    until?: () => Promise<void>;
    quietMs?: number;
    timeoutMs?: number;
    fromNavigation?: boolean;
  } = {},
): Promise<Measured> {
  const { quietMs = 1000, timeoutMs = 300_000 } = options;
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usedSize / 2 ** 20);
      } catch {
        // the page is navigating
      }
      await sleep(250);
    }
  })();
  try {
    if (!options.fromNavigation) await page.evaluate('window.__bench.arm()');
    const load = load1();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    const cpuBefore = await threadTimeMs(cdp);
    await act();
    let shownAt: number | undefined;
    if (options.until) {
      await options.until();
      shownAt = (await page.evaluate('performance.now()')) as number;
    }
    const s = await settle(page, quietMs, timeoutMs);
    const t0 = options.fromNavigation ? 0 : s.t0;
    if (t0 === null) throw new Error('no input event was seen');
    const end = Math.max(s.lastPaint, s.lastIdb, t0);
    const longestMs = (await page.evaluate(`window.__bench.longest(${t0}, ${s.now})`)) as number;
    const cpuMs = Math.max(0, (await threadTimeMs(cdp)) - cpuBefore);
    sampling = false;
    await sampler;
    const heap = await heapMb(cdp);
    return {
      usableMs: end - t0,
      shownMs: shownAt === undefined ? undefined : Math.min(shownAt, end) - t0,
      cpuMs,
      longestMs,
      nodes: s.nodes,
      heapMb: heap,
      peakHeapMb: Math.max(peak, heap),
      load: Math.max(load, load1()),
    };
  } finally {
    sampling = false;
    await sampler;
  }
}

// ---- The flow at one scale ----------------------------------------------------------------------------------------

async function chooseFile(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  const picked = await chooser;
  // The measurement starts when the file is chosen, not when the picker opened.
  await page.evaluate('window.__bench.arm()');
  await picked.setFiles(file);
}

const nav = (page: Page, area: string) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${area}`) })
    .click();

async function importCsv(
  page: Page,
  cdp: CDPSession,
  file: string,
  what: RegExp,
  done: RegExp,
): Promise<{ total: number; write: Measured; steps: Measured[] }> {
  const read = await measure(page, cdp, () => chooseFile(page, 'Choose a CSV file…', file), {
    until: () => page.getByRole('heading', { name: /^Match the columns/ }).waitFor({ timeout: 300_000 }),
  });
  const check = await measure(page, cdp, () => page.getByRole('button', { name: 'Check the rows' }).click(), {
    until: () => page.getByRole('button', { name: what }).waitFor({ timeout: 300_000 }),
  });
  const write = await measure(page, cdp, () => page.getByRole('button', { name: what }).click(), {
    until: () => page.getByText(done).waitFor({ timeout: 600_000 }),
  });
  const steps = [read, check, write];
  return { total: steps.reduce((n, s) => n + s.usableMs, 0), write, steps };
}

function job(
  name: string,
  steps: Measured[],
  writeMs: number,
  raw: number | null,
  records: number,
): JobResult {
  return {
    name,
    totalMs: steps.reduce((n, s) => n + s.usableMs, 0),
    cpuMs: steps.reduce((n, s) => n + s.cpuMs, 0),
    writeMs,
    rawMs: raw,
    records,
    longestMs: Math.max(...steps.map((s) => s.longestMs)),
    peakHeapMb: Math.max(...steps.map((s) => s.peakHeapMb)),
    load: Math.max(...steps.map((s) => s.load)),
  };
}

async function rawBaselines(
  context: BrowserContext,
  files: WorkspaceFiles,
  withOptions: boolean,
): Promise<{ restore: number; roster: number; measures: number; options: JobResult[] }> {
  const raw = await context.newPage();
  try {
    // Any page of the same origin shares the app's IndexedDB storage and disk; a missing file keeps the app away.
    await raw.goto('/bench-raw-baseline');
    await raw.evaluate(`(() => {
      const input = document.createElement('input');
      input.type = 'file';
      input.id = 'bench-file';
      document.body.append(input);
    })()`);
    await raw.setInputFiles('#bench-file', files.backup);
    await raw.evaluate(`window.__bench.loadFile('bench-file')`);
    const put = async (options: Record<string, unknown>) => {
      const load = load1();
      const r = (await raw.evaluate(`window.__bench.rawPut(${JSON.stringify(options)})`)) as {
        ms: number;
        records: number;
      };
      return { ...r, load: Math.max(load, load1()) };
    };
    const stores = benchStores();
    const restore = await put({ name: 'raw-restore', stores, tables: [] });
    const roster = await put({ name: 'raw-roster', stores, tables: ['caseworkers', 'units'] });
    const measures = await put({ name: 'raw-measures', stores, tables: ['monthlyMeasures'] });
    const options: JobResult[] = [];
    if (withOptions) {
      const variants: Array<[string, Record<string, unknown>]> = [
        ['raw put, every index, one transaction', { stores }],
        ['raw put, primary keys only (no secondary index)', { stores: indexFreeStores() }],
        ['raw put, every index, 10,000 rows per transaction', { stores, batch: 10_000 }],
        ['raw put, every index, relaxed durability', { stores, durability: 'relaxed' }],
        [
          'raw put, entries and measures grouped per caseworker and month',
          { stores: groupedStores(), group: ['coachingEntries', 'monthlyMeasures'] },
        ],
      ];
      for (const [name, variant] of variants) {
        const r = await put({ name: 'raw-option', tables: [], ...variant });
        options.push({
          name,
          totalMs: r.ms,
          cpuMs: 0,
          writeMs: r.ms,
          rawMs: restore.ms,
          records: r.records,
          longestMs: 0,
          peakHeapMb: 0,
          load: r.load,
        });
      }
    }
    await raw.evaluate('window.__bench.rawFile = null');
    return { restore: restore.ms, roster: roster.ms, measures: measures.ms, options };
  } finally {
    await raw.close();
  }
}

async function runScreens(page: Page, cdp: CDPSession, only: RegExp | null): Promise<ScreenResult[]> {
  const results: ScreenResult[] = [];
  for (const screen of screens) {
    if (only && !only.test(screen.name)) continue;
    results.push(await runScreen(page, cdp, screen));
  }
  return results;
}

async function runScreen(page: Page, cdp: CDPSession, screen: Screen): Promise<ScreenResult> {
  try {
    await reach(page, screen);
    const m = await measure(page, cdp, () => screen.act(page), {
      until: screen.until ? () => screen.until?.(page) ?? Promise.resolve() : undefined,
      quietMs: screen.kind === 'filter' ? 500 : 1000,
    });
    process.stdout.write(
      `    ${screen.name}: ${Math.round(m.usableMs)} ms (CPU ${Math.round(m.cpuMs)} ms), longest task ${Math.round(m.longestMs)} ms, ${m.nodes} nodes, ${Math.round(m.heapMb)} MB\n`,
    );
    return { name: screen.name, kind: screen.kind, ...m };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stdout.write(`    ${screen.name}: FAILED ${message}\n`);
    const shot = path.join(cacheRoot, `failed-${screen.name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    await page.evaluate(`location.hash = '#/'`).catch(() => undefined);
    await settle(page, 500, 300_000).catch(() => undefined);
    return { name: screen.name, kind: screen.kind, error: message ?? 'failed' };
  }
}

async function runScale(
  files: WorkspaceFiles,
  baseURL: string,
  options: {
    only: RegExp | null;
    reuse?: string;
    keep: boolean;
    withOptions: boolean;
    screensOnly: boolean;
    rosterScale: boolean;
  },
): Promise<ScaleResult> {
  const profile = options.reuse ?? mkdtempSync(path.join(os.tmpdir(), 'cc-bench-profile-'));
  const context = await launch(profile, baseURL, files.today);
  const jobs: JobResult[] = [];
  let rawOptions: JobResult[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    if (!options.screensOnly) {
      await page.goto('/');
      await page.getByRole('button', { name: /Start empty/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
      await settle(page, 500, 60_000);
      let roster: Awaited<ReturnType<typeof importCsv>> | null = null;
      let measures: Awaited<ReturnType<typeof importCsv>> | null = null;
      let raw: Awaited<ReturnType<typeof rawBaselines>> | null = null;
      if (!options.rosterScale) {
        console.log(`  importing ${files.rosterRows} caseworkers and ${files.measureRows} monthly measures…`);
        await nav(page, 'Roster');
        await page.getByRole('link', { name: 'Import CSV' }).first().click();
        roster = await importCsv(
          page,
          cdp,
          files.rosterCsv,
          /^Import [\d,]+ caseworkers/,
          /caseworkers added/,
        );
        await nav(page, 'Gaps');
        await page.getByRole('link', { name: 'Monthly measures' }).click();
        await page.getByRole('link', { name: 'Import CSV' }).click();
        measures = await importCsv(
          page,
          cdp,
          files.measuresCsv,
          /^Import [\d,]+ monthly measures/,
          /monthly measures imported/,
        );
        console.log('  raw IndexedDB puts of the same rows…');
        raw = await rawBaselines(context, files, options.withOptions);
        rawOptions = raw.options;
        await page.bringToFront();
      }
      console.log(`  restoring ${files.totalRows} rows (${Math.round(files.backupBytes / 2 ** 20)} MB)…`);
      await nav(page, 'Settings');
      const read = await measure(page, cdp, () => chooseFile(page, 'Restore from a backup…', files.backup), {
        until: () => page.getByRole('dialog', { name: 'Restore this backup?' }).waitFor({ timeout: 600_000 }),
        quietMs: 500,
        timeoutMs: 600_000,
      });
      const write = await measure(
        page,
        cdp,
        () =>
          page
            .getByRole('button', { name: /^(Restore this backup|Back up my workspace, then replace it)$/ })
            .click(),
        {
          until: () =>
            page.getByText('The workspace was restored from the backup.').waitFor({ timeout: 900_000 }),
          timeoutMs: 900_000,
        },
      );
      jobs.push(
        job(
          'restore the backup (choose file to done)',
          [read, write],
          write.usableMs,
          raw?.restore ?? null,
          files.totalRows,
        ),
      );
      if (roster && raw)
        jobs.push(
          job('import the roster CSV', roster.steps, roster.write.usableMs, raw.roster, files.rosterRows),
        );
      if (measures && raw)
        jobs.push(
          job(
            'import the measures CSV',
            measures.steps,
            measures.write.usableMs,
            raw.measures,
            files.measureRows,
          ),
        );
    }
    // First start with the workspace in place (just restored: Home has no figures of it yet): from navigation start to
    // a usable Home, its role card drawn with today's figures (prepared a slice at a time after the read, so the
    // heading alone comes well before them).
    console.log('  screens…');
    const screensResult: ScreenResult[] = [];
    if (!options.only || options.only.test('First start')) {
      const first = await measure(
        page,
        cdp,
        async () => {
          await page.goto('/');
        },
        {
          fromNavigation: true,
          until: () => homeDrawn(page),
        },
      );
      screensResult.push({ name: 'First start of the app to Home', kind: 'screen', ...first });
      process.stdout.write(`    First start: ${Math.round(first.usableMs)} ms\n`);
    } else {
      await page.goto('/');
      await homeDrawn(page);
      await settle(page, 500, 300_000);
    }
    // The everyday start: nothing written since Home last worked its figures out (it keeps them for the next start).
    if (!options.only || options.only.test('Start again')) {
      const again = await measure(
        page,
        cdp,
        async () => {
          await page.goto('/');
        },
        { fromNavigation: true, until: () => homeDrawn(page) },
      );
      screensResult.push({ name: 'Start again, nothing written since', kind: 'screen', ...again });
      process.stdout.write(`    Start again: ${Math.round(again.usableMs)} ms\n`);
    }
    screensResult.push(...(await runScreens(page, cdp, options.only)));
    return { factor: files.factor, files, jobs, rawOptions, screens: screensResult, profile };
  } finally {
    await context.close();
    if (!options.keep && !options.reuse) rmSync(profile, { recursive: true, force: true });
    else console.log(`  profile kept in ${profile}`);
  }
}

async function main(): Promise<void> {
  const scales = (arg('scales') ?? '0.1,1').split(',').map(Number);
  const only = arg('only') ? new RegExp(arg('only') ?? '', 'i') : null;
  const reuse = arg('reuse');
  const out =
    arg('out') ?? path.join(cacheRoot, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  if (!existsSync(executablePath))
    throw new Error(`Chromium was not found at ${executablePath}; set CHROME_PATH.`);
  if (reuse && scales.length !== 1) throw new Error('--reuse needs exactly one --scales value.');
  mkdirSync(cacheRoot, { recursive: true });
  const startLoad = os.loadavg();
  console.log(
    `Browser benchmark: ${os.cpus().length} cores, load ${startLoad.map((l) => l.toFixed(2)).join(' ')}`,
  );
  const servedRoot = arg('root') ?? path.join(root, 'dist/renderer');
  if (!flag('no-build') && !arg('root')) {
    console.log('Building the renderer…');
    const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('The renderer did not build.');
  }
  const server = await startStaticServer({ root: servedRoot, port });
  console.log(`Serving ${servedRoot} on ${server.url}`);
  const results: ScaleResult[] = [];
  try {
    for (const factor of scales) {
      console.log(`\nScale ${factor}: generating the workspace files (cached in ${cacheRoot})…`);
      const files = await workspaceFiles(factor, cacheRoot, flag('roster-scale') ? 'roster' : 'agency');
      results.push(
        await runScale(files, server.url, {
          only,
          reuse,
          keep: flag('keep'),
          withOptions: flag('options'),
          screensOnly: flag('screens-only'),
          rosterScale: flag('roster-scale'),
        }),
      );
    }
  } finally {
    await server.close();
  }
  const endLoad = os.loadavg();
  const report = formatReport(results, { startLoad, endLoad, cores: os.cpus().length });
  console.log(`\n${report}`);
  writeFileSync(out, JSON.stringify({ startLoad, endLoad, results }, null, 2));
  console.log(`\nAll figures: ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
