// Mutation testing (StrykerJS, `npm run mutation`): changes the code under test one small mutant at a time (a
// condition flipped, a call removed, a string emptied) and runs the unit tests that cover it; a mutant that leaves
// every test green is a guarantee no test pins down. Not part of CI: a run over everything takes hours on two cores
// (see the README). Run it over a few files: `npm run mutation -- --mutate=renderer/domain/crypto/aead.ts`.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  // Only the tests that cover each mutant run against it (the runner also starts from the related test files only).
  coverageAnalysis: 'perTest',
  mutate: [
    'renderer/domain/**/*.ts',
    'renderer/data/**/*.ts',
    'electron/**/*.ts',
    // The browser fallback server of `npm start`: its loopback-only binding is a guarantee of issue 12.
    'build/serveStatic.ts',
    '!**/*.d.ts',
  ],
  // Static mutants (module-level constants) need every test re-run for each one: skipped, they cost hours here.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
