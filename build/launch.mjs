// `npm start`: builds whatever is out of date, then opens Cohort Coach in Electron, or, where the Electron runtime is
// missing (it is fetched lazily and some machines are offline) or there is no display, serves it to a browser instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (...segments) => path.join(projectRoot, ...segments);
const electronPackage = fromRoot('node_modules', 'electron');
const INSTALL_TIMEOUT_MS = 60_000;

/** Newest modification time (ms) among files under `paths`, skipping node_modules; 0 when none exist. */
function newestChange(paths) {
  let newest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const info = statSync(entry);
    if (info.isDirectory()) {
      for (const child of readdirSync(entry)) if (child !== 'node_modules') visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

const isStale = (output, sources) => !existsSync(output) || statSync(output).mtimeMs < newestChange(sources);

/** Runs a Node script quietly-ish; resolves its exit code (null when it was stopped by the timeout). */
function runNode(args, { timeoutMs, quiet = false, cwd = projectRoot } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd,
      stdio: quiet ? 'ignore' : 'inherit',
      timeout: timeoutMs,
    });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code));
  });
}

async function buildRendererIfNeeded() {
  if (!existsSync(fromRoot('renderer', 'index.html'))) {
    console.error('The app has no pages yet (renderer/index.html is missing), so there is nothing to start.');
    process.exit(1);
  }
  const sources = [fromRoot('renderer'), fromRoot('vite.config.ts'), fromRoot('package.json')];
  if (!isStale(fromRoot('dist', 'renderer', 'index.html'), sources)) return;
  console.log('Building Cohort Coach…');
  const vite = fromRoot('node_modules', 'vite', 'bin', 'vite.js');
  const code = await runNode([vite, 'build', '--config', 'vite.config.ts', '--logLevel', 'warn']);
  if (code !== 0) {
    console.error('Cohort Coach could not be built; the messages above say why.');
    process.exit(1);
  }
}

async function buildElectronIfNeeded() {
  const sources = [
    fromRoot('electron'),
    fromRoot('build', 'buildElectron.mjs'),
    fromRoot('build', 'icon.png'),
  ];
  const outputs = ['main.cjs', 'preload.cjs', 'icon.png'].map((name) => fromRoot('dist', 'electron', name));
  if (!outputs.some((output) => isStale(output, sources))) return;
  const { buildElectron } = await import('./buildElectron.mjs');
  await buildElectron({ quiet: true });
}

/** Where the Electron binary would be, read the way node_modules/electron/index.js reads it but without downloading. */
function electronBinary() {
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override)
    return path.join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  return relative ? path.join(electronPackage, 'dist', relative) : null;
}

/** The Electron binary, fetching it once (with a time limit, output hidden) when it is missing; null if unavailable. */
async function findElectron() {
  const existing = electronBinary();
  if (existing !== null && existsSync(existing)) return existing;
  if (!existsSync(path.join(electronPackage, 'install.js'))) return null;
  // Offline machines fail at once; a slow network gets one minute, with a word so the wait is not a mystery.
  const notice = setTimeout(() => console.log('Fetching the Electron runtime (up to a minute)…'), 3000);
  await runNode([path.join(electronPackage, 'install.js')], {
    timeoutMs: INSTALL_TIMEOUT_MS,
    quiet: true,
    cwd: electronPackage,
  });
  clearTimeout(notice);
  const fetched = electronBinary();
  return fetched !== null && existsSync(fetched) ? fetched : null;
}

const hasDisplay = () =>
  process.platform !== 'linux' || Boolean(process.env.DISPLAY) || Boolean(process.env.WAYLAND_DISPLAY);

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // set, it would make Electron behave as plain Node
  // The project folder is the app: Electron reads package.json (name, version, main: dist/electron/main.cjs).
  const child = spawn(binary, [projectRoot], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runInBrowser(reason) {
  console.log(reason);
  const { register } = await import('tsx/esm/api');
  register();
  const { runServeCli } = await import('./serveBrowser.ts');
  const code = await runServeCli([], process.env);
  if (code !== 0) process.exit(code);
}

await buildRendererIfNeeded();
const electron = await findElectron();
if (electron === null) {
  await runInBrowser(
    'The Electron runtime is not available on this machine, so Cohort Coach is running in your browser instead.',
  );
} else if (!hasDisplay()) {
  await runInBrowser(
    'There is no graphical display here, so Cohort Coach is running in your browser instead.',
  );
} else {
  await buildElectronIfNeeded();
  runElectron(electron);
}
