// `npm run bench:profile -- --reuse=<profile> …`: where the main thread's time goes, in Chromium, on a workspace the
// browser benchmark restored and kept (`npm run bench:browser -- --scales=1 --keep`). Each run works on a copy of the
// profile, so the kept one stays as it was. What it profiles (one of):
//   --only=<regex>     the benchmark's own screens and filters whose name matches (screens.ts), in its order, each
//                      reached as the benchmark reaches it (untimed) and profiled from its input until the page
//                      settles; e.g. --only='^Dashboard filter: (unit|role)$' (the first dashboard filter reads the
//                      whole workspace, so a filter profiled after it is one on the whole data, as in the benchmark)
//   --cold             a start of the browser itself: when IndexedDB opens, when Home's heading and role card show
// Options: --root=<dir> (a built renderer; default dist/renderer), --out=<prefix> (where the .cpuprofile files go;
// default /tmp/cc-bench/profile-<time>), --top=<n> (functions listed; default 25).
// Prints, per screen: the main thread's busy time split into JavaScript, garbage collection and the browser's own work
// ("(program)": style, layout, paint, IndexedDB), and the functions with the most time of their own and in all.
// Load the .cpuprofile files in Chrome's DevTools (Performance, "Load profile") for the whole picture. A build made
// with `npx vite build --minify false --outDir <dir>` gives readable function names.
import type { BrowserContext, CDPSession } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../../../build/serveStatic';
import { AGENCY_TODAY } from '../agencyData';
import { homeDrawn, screens } from './screens';
import { launch, reach, settle } from './session';

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const root = path.resolve(import.meta.dirname, '../../..');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The busy time of a CPU profile by kind, and the functions with the most time (own, and with what they call). */
function summarise(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (f: CallFrame) =>
    `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
  const own = new Map<string, number>();
  const all = new Map<string, number>();
  const kinds = { js: 0, gc: 0, browser: 0 };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    if (node.callFrame.functionName === '(garbage collector)') kinds.gc += ms;
    else if (node.callFrame.functionName === '(program)') kinds.browser += ms;
    else kinds.js += ms;
    own.set(name(node.callFrame), (own.get(name(node.callFrame)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      const key = name(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      all.set(key, (all.get(key) ?? 0) + ms);
    }
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  const busy = kinds.js + kinds.gc + kinds.browser;
  return [
    `busy ${busy.toFixed(0)} ms: JavaScript ${kinds.js.toFixed(0)}, garbage collection ${kinds.gc.toFixed(0)}, the browser's own work ${kinds.browser.toFixed(0)}`,
    'own time:',
    list(own),
    'with what they call:',
    list(all),
  ].join('\n');
}

async function profiled(cdp: CDPSession, file: string, act: () => Promise<void>, top: number): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await act();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  console.log(`${path.basename(file)}: ${Date.now() - started} ms to quiet (with the 1 s of quiet)`);
  console.log(summarise(profile as CpuProfile, top));
}

async function main(): Promise<void> {
  const kept = arg('reuse');
  const only = arg('only');
  const cold = process.argv.includes('--cold');
  if (!kept || (only === undefined) === !cold) {
    console.error('Usage: npm run bench:profile -- --reuse=<profile> (--only=<regex> | --cold)');
    process.exit(2);
  }
  const chosen = only === undefined ? [] : screens.filter((s) => new RegExp(only, 'i').test(s.name));
  if (!cold && chosen.length === 0) throw new Error(`no screen of the benchmark matches ${only ?? ''}`);
  const top = Number(arg('top') ?? 25);
  const out =
    arg('out') ?? path.join('/tmp/cc-bench', `profile-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(path.dirname(out), { recursive: true });
  // The kept profile's origin (127.0.0.1:4217) holds the workspace: the same port, on a copy of the profile.
  const server = await startStaticServer({
    root: arg('root') ?? path.join(root, 'dist/renderer'),
    port: 4217,
  });
  const copy = mkdtempSync(path.join(os.tmpdir(), 'cc-profile-'));
  cpSync(kept, copy, { recursive: true });
  let context: BrowserContext | null = null;
  try {
    const launchedAt = Date.now();
    context = await launch(copy, server.url, AGENCY_TODAY);
    console.log(
      `Chromium launched in ${Date.now() - launchedAt} ms; load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    if (cold)
      // When each IndexedDB database is asked for and opened, in the page's time.
      await context.addInitScript({
        content: `(() => {
          const open = indexedDB.open.bind(indexedDB);
          indexedDB.open = (...args) => {
            const asked = performance.now();
            const request = open(...args);
            request.addEventListener('success', () =>
              console.log('IDB open ' + args[0] + ': asked at ' + Math.round(asked) + ' ms, open at ' + Math.round(performance.now()) + ' ms'));
            return request;
          };
        })()`,
      });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.text().startsWith('IDB open')) console.log(m.text());
    });
    const started = Date.now();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor({ timeout: 300_000 });
    const heading = Date.now() - started;
    await homeDrawn(page);
    if (cold) {
      console.log(
        `Home's heading ${heading} ms, its role card ${Date.now() - started} ms after the start of loading`,
      );
      return;
    }
    await settle(page, 3000, 300_000);
    const cdp = await context.newCDPSession(page);
    for (const screen of chosen) {
      await reach(page, screen);
      const file = `${out}-${screen.name.replace(/\W+/g, '-')}.cpuprofile`;
      await profiled(
        cdp,
        file,
        async () => {
          await page.evaluate('window.__bench.arm()');
          await screen.act(page);
          await screen.until?.(page);
          await settle(page, 1000, 300_000);
        },
        top,
      );
    }
  } finally {
    await context?.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

// Summarises a saved profile too: npx tsx test/bench/browser/profile.ts --summarise=<file.cpuprofile>
const saved = arg('summarise');
if (saved)
  console.log(summarise(JSON.parse(readFileSync(saved, 'utf8')) as CpuProfile, Number(arg('top') ?? 25)));
else await main();
