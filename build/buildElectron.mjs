// Bundles the Electron main process and preload into dist/electron (CommonJS, as Electron loads them), with esbuild.
// Run directly (npm run build:electron) or imported by build/launch.mjs.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** @param {{ quiet?: boolean }} [options] */
export async function buildElectron(options = {}) {
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    logLevel: options.quiet ? 'warning' : 'info',
  };
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
    // The preload runs sandboxed, where only 'electron' can be required: everything else must be bundled in.
    build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' }),
  ]);
  // The window icon for Linux during development (packaged builds take theirs from the installer).
  await mkdir(path.join(projectRoot, 'dist/electron'), { recursive: true });
  await copyFile(path.join(projectRoot, 'build/icon.png'), path.join(projectRoot, 'dist/electron/icon.png'));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildElectron();
}
