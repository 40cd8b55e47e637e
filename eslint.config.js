// Lint rules: type-aware TypeScript checks (no promise may float or be passed where nothing awaits it) and the import
// fence of ARCHITECTURE.md, checked by eslint-plugin-boundaries: domain <- data <- features <- app, ui for features
// and app, platform the only door to Electron. test/unit/lint/importFence.test.ts plants a bad import for every rule
// and fails when the fence lets one through.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

// ---- The import fence ----------------------------------------------------------------------------------------------

/**
 * The few modules of one feature that another feature may import. Each is a leaf among the features (it imports no
 * other feature), so no cycle can form through them. Everything else a second feature needs lives in domain, data or ui.
 */
const featureEntryPoints = [
  'renderer/features/settings/useSettings.ts', // the workspace settings, read by most screens
  'renderer/features/settings/useExportTable.ts', // "Export CSV" of one table, offered on the roster and rollouts
  'renderer/features/rollouts/useRollouts.ts', // the current rollout
  'renderer/features/import/ImportWizard.tsx', // the one import screen (roster, responses, measures)
  'renderer/features/coaching/DueCard.tsx', // the due list, on the home screen
  'renderer/features/dashboard/DashboardCharts.tsx', // the dashboard's charts, reprinted in the rollout report
  'renderer/features/sync/AgencyHubSettings.tsx', // Settings -> Agency hub: the settings screen shows sync's section
  'renderer/features/lock/SecuritySettings.tsx', // Settings -> Security: the settings screen shows the lock's section
  'renderer/features/calendar/useSchedules.ts', // the schedule, read by Home's Today panel and the coaching entry form
  'renderer/features/calendar/occurrenceLinks.ts', // where a planned occurrence opens, the same from Home and the calendar
  'renderer/features/surveys/usePeopleView.ts', // each person's latest stance in the rollout, which the cohort proposal places by
  'renderer/features/shared/*', // hooks made for several features (useDraft, the one drafts mechanism)
];

/**
 * Packages the pure domain may use: validation, dates, CSV parsing, iCalendar text and the cryptographic primitives
 * (AES-GCM, Argon2id: computation on bytes, no storage), nothing that touches React, Dexie or the DOM.
 */
const domainPackages = ['zod', 'date-fns', 'papaparse', 'ical-generator', '@noble/ciphers', 'hash-wasm'];

const layer = (type, file) => (file ? { element: { type }, file } : { element: { type } });
const to = (...types) => ({ to: types.map((type) => layer(type)) });
const clock = layer('renderer', { categories: 'clock' });
const pkg = (...sources) => ({ to: { module: { origin: 'external', source: sources } } });

const fence = {
  files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'hub/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    'boundaries/legacy-warnings': false,
    'boundaries/elements': [
      { type: 'domain', pattern: 'renderer/domain', partialMatch: false },
      { type: 'data', pattern: 'renderer/data', partialMatch: false },
      { type: 'feature', pattern: 'renderer/features/*', capture: ['area'], partialMatch: false },
      { type: 'app', pattern: 'renderer/app', partialMatch: false },
      { type: 'ui', pattern: 'renderer/ui', partialMatch: false },
      { type: 'platform', pattern: 'renderer/platform', partialMatch: false },
      // Web Workers for heavy work off the main thread: they call the domain and the data layer like a feature's hook.
      { type: 'worker', pattern: 'renderer/workers', partialMatch: false },
      // What is left at the top of renderer/: the clock and the entry (told apart by file category below).
      { type: 'renderer', pattern: 'renderer', partialMatch: false },
      { type: 'contract', pattern: 'electron/shared', partialMatch: false },
      { type: 'shell', pattern: 'electron/*', capture: ['part'], partialMatch: false },
      // The agency hub: a separate service that shares the domain's schemas and sync rules.
      { type: 'hub', pattern: 'hub', partialMatch: false },
    ],
    'boundaries/files': [
      { category: 'clock', pattern: 'renderer/clock.ts' },
      { category: 'entry', pattern: 'renderer/main.tsx' },
      // The Dexie database and its versions: only renderer/data opens them, features go through repositories.
      { category: 'database', pattern: ['renderer/data/db.ts', 'renderer/data/schema/**'] },
      { category: 'hook', pattern: 'renderer/features/*/use*.ts' },
      { category: 'entry-point', pattern: featureEntryPoints },
    ],
  },
  rules: {
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkAllOrigins: true,
        message:
          '{{from.element.type}} may not import {{to.element.type}} ({{dependency.source}}): imports point domain <- data <- ' +
          'features <- app, ui serves features and app, platform is the only door to Electron (eslint.config.js).',
        // The last policy that matches decides.
        policies: [
          { allow: { to: { module: { origin: 'external' } } } },
          { from: layer('shell'), allow: { to: { module: { origin: 'core' } } } },

          { from: layer('domain'), allow: to('domain') },
          { from: layer('data'), allow: [to('domain'), { to: clock }] },
          {
            from: layer('feature'),
            allow: [to('domain', 'data', 'ui', 'platform', 'worker'), { to: clock }],
          },
          { from: layer('worker'), allow: to('domain', 'data') },
          { from: layer('ui'), allow: [to('domain'), { to: clock }] },
          { from: layer('app'), allow: [to('domain', 'feature', 'ui', 'platform'), { to: clock }] },
          { from: layer('platform'), allow: to('contract') },
          { from: layer('renderer', { categories: 'clock' }), allow: to('domain') },
          { from: layer('renderer', { categories: 'entry' }), allow: to('app', 'ui') },
          { from: layer('shell'), allow: to('contract') },
          { from: layer('contract'), allow: to('contract') },
          { from: layer('hub'), allow: [to('domain'), { to: { module: { origin: 'core' } } }] },
          {
            from: layer('hub'),
            disallow: to('data', 'feature', 'ui', 'app', 'platform', 'renderer', 'contract', 'shell'),
            message:
              'The hub imports only renderer/domain: never the data layer, the UI, the clock or the desktop shell.',
          },

          {
            from: layer('domain'),
            disallow: [
              to('data', 'feature', 'ui', 'app', 'platform', 'renderer', 'contract', 'shell'),
              { to: { module: { origin: ['external', 'core'] } } },
            ],
            message:
              'renderer/domain is pure: it imports only domain, zod, date-fns, papaparse, ical-generator and the crypto primitives, and takes "today" as a parameter (not the clock).',
          },
          { from: layer('domain'), allow: pkg(...domainPackages) },
          {
            from: layer('feature'),
            disallow: { to: layer('data', { categories: 'database' }) },
            message:
              'Features read and write through repositories in renderer/data, never the Dexie database or its schema.',
          },
          {
            from: layer('feature'),
            allow: { to: layer('feature', { categories: 'entry-point' }) },
          },
          {
            from: layer('feature', { categories: 'entry-point' }),
            disallow: to('feature'),
            message: 'A feature entry point imports no other feature, so features never form a cycle.',
          },
          {
            // ...except features/shared, whose modules import no feature at all (they are entry points too).
            from: layer('feature', { categories: 'entry-point' }),
            allow: { to: { element: { type: 'feature', captured: { area: 'shared' } } } },
          },
          {
            disallow: pkg('dexie'),
            message: 'Only renderer/data uses Dexie.',
          },
          { from: layer('data'), allow: pkg('dexie') },
          {
            disallow: pkg('dexie-react-hooks'),
            message:
              'useLiveQuery belongs in a feature hook (renderer/features/<area>/use<Thing>.ts), never in a component or another layer.',
          },
          { from: layer('feature', { categories: 'hook' }), allow: pkg('dexie-react-hooks') },
          {
            from: ['domain', 'data', 'feature', 'ui', 'app', 'platform', 'worker', 'renderer'].map((type) =>
              layer(type),
            ),
            disallow: [pkg('electron'), { to: { module: { origin: 'core' } } }],
            message:
              'The renderer runs in a browser sandbox: no Node modules, and Electron only through renderer/platform.',
          },
        ],
      },
    ],
  },
};

// ---- Everything else -----------------------------------------------------------------------------------------------

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'screenshots/**',
      'build/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The product's code gets every type-aware check. Tests, benchmarks and configs get the promise checks below
    // (an un-awaited assertion or write is a real bug there too) without the stricter style rules.
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // In the renderer `void promise` is refused too: a screen starts async work through runAction
      // (renderer/ui/runAction.ts), which tells the person when it fails, or awaits it.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  fence,
  {
    // Time is injected: only renderer/clock.ts reads the wall clock, so tests can fix "today".
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time through renderer/clock.ts (now, nowIso, today) so tests can fix it.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time through renderer/clock.ts (nowMs) so tests can fix it.',
        },
      ],
    },
  },
  {
    files: ['build/**', 'test/**', '*.config.*', '.ci/**', 'hub/scripts/**', 'hub/test/**'],
    rules: { 'no-console': 'off' },
  },
);
