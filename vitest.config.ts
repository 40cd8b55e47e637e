// Unit tests: domain and data in node (fake-indexeddb), UI hooks in happy-dom, electron main with `electron` mocked.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
  },
});
