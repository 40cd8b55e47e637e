// The hub's tests run against a real PostgreSQL: globalSetup starts a private cluster (hub/scripts/pgCluster.ts) and
// every test file makes its own database in it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['hub/test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['hub/test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
