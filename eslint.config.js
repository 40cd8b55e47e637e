// Lint rules, including the import boundaries of ARCHITECTURE.md: domain <- data <- features <- app,
// ui for features and app, platform as the only door to Electron. A wrong import fails `npm run check`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (name) => ({ regex: `(^|/)${name}(/|$)`, message: '' });
const forbid = (message, ...layers) =>
  layers.map((name) => ({ ...layer(name), message: `${message} (${name})` }));

const boundary = (files, message, layers, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: extra,
        patterns: [
          ...forbid(message, ...layers),
          {
            regex: '(^|/)electron(/|$)',
            message: 'Only renderer/platform talks to Electron.',
            allowTypeImports: true,
          },
        ],
      },
    ],
  },
});

const noUi = ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'recharts', 'wouter'].map((name) => ({
  name,
  message: 'renderer/domain is pure: no React, Dexie or charts.',
}));

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
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  boundary(
    ['renderer/domain/**'],
    'renderer/domain is pure and imports no other layer',
    ['data', 'features', 'ui', 'app', 'platform', 'clock'],
    noUi,
  ),
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
  boundary(['renderer/data/**'], 'renderer/data may import only domain', [
    'features',
    'ui',
    'app',
    'platform',
  ]),
  boundary(['renderer/ui/**'], 'renderer/ui is presentational', ['data', 'features', 'app', 'platform']),
  boundary(['renderer/features/**'], 'features do not import the app shell or the database directly', [
    'app',
    'db',
  ]),
  boundary(['renderer/app/**'], 'the app shell uses features, not the database', ['db']),
  {
    files: ['renderer/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbid('platform is the door to Electron only', 'data', 'features', 'ui', 'app') },
      ],
    },
  },
  {
    files: ['electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbid('the desktop shell never imports the renderer', 'renderer') },
      ],
    },
  },
  {
    // The hub shares the domain's schemas and sync rules, never the renderer's data layer or UI.
    files: ['hub/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbid(
            'the hub imports only renderer/domain',
            'data',
            'features',
            'ui',
            'app',
            'platform',
            'clock',
          ),
        },
      ],
    },
  },
  {
    files: ['build/**', 'test/**', '*.config.*', '.ci/**', 'hub/scripts/**', 'hub/test/**'],
    rules: { 'no-console': 'off' },
  },
);
