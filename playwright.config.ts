// End-to-end tests: the built renderer served on 127.0.0.1, driven in Debian's Chromium (no browser download here).
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './test/e2e/chromium';
import { E2E_HUB_ORIGIN, E2E_PORT } from './test/e2e/ports';

if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium was not found at ${chromiumPath}. Install it (apt-get install -y chromium) or set CHROME_PATH; end-to-end tests are never skipped.`,
  );
}
const port = E2E_PORT;
// Several people (or agents) can test at once with their own build: E2E_ROOT=dist/renderer-mine E2E_PORT=4190.
const root = process.env.E2E_ROOT ?? 'dist/renderer';

export default defineConfig({
  testDir: 'test/e2e',
  // A hang guard, not a speed check: machines here are shared and slow under load.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 860 },
    // Dates are shown in the browser's locale: pinned, so what the tests read is the same on every machine.
    locale: 'en-US',
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...chromiumArgs],
    },
  },
  webServer: {
    // The page may reach the spec's trial hub (hub.spec.ts) and nothing else, as on a desk with a hub configured.
    command: `node build/serve.mjs --port ${port} --root ${root} --hub-origin ${E2E_HUB_ORIGIN}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
