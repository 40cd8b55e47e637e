// Unit tests: domain and data in node (fake-indexeddb), UI hooks in happy-dom, electron main with `electron` mocked.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    // A guard against hangs, not a speed check (speed is the benchmark's job): generous, because these machines are
    // shared and a loaded machine must not turn a correct test red.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
