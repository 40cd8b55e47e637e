// The import fence is proved, not assumed: each file in test/fixtures/fence plants one import (or one promise, or one
// clock read) at a path in the real tree, and the real eslint.config.js must refuse exactly that, or let a good one pass.
// Weaken a rule of the fence and its fixture fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = path.join(root, 'test/fixtures/fence');

interface Fixture {
  name: string;
  plantedAt: string;
  /** The rule that must fire, with a few words of its message; null when the file must pass. */
  expected: { rule: string; text: string } | null;
  code: string;
}

function readFixture(file: string): Fixture {
  const [head = '', code = ''] = readFileSync(path.join(dir, file), 'utf8').split('\n---\n');
  const field = (key: string) => {
    const line = head.split('\n').find((l) => l.startsWith(`${key}: `));
    if (!line) throw new Error(`${file} has no "${key}:" line`);
    return line.slice(key.length + 2).trim();
  };
  const expect = field('expect');
  const [rule = '', ...text] = expect.split(': ');
  return {
    name: file.replace(/\.txt$/, ''),
    plantedAt: field('planted at'),
    expected: expect === 'nothing' ? null : { rule, text: text.join(': ') },
    code,
  };
}

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map(readFixture);
const results = new Map<string, Linter.LintMessage[]>();

beforeAll(async () => {
  // Planted files do not exist on disk, so the TypeScript project service is told to accept them by name.
  const virtual = fixtures.map((f) => f.plantedAt).filter((p) => !existsSync(path.join(root, p)));
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: {
        parserOptions: {
          projectService: {
            allowDefaultProject: virtual,
            defaultProject: 'tsconfig.web.json',
            maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: virtual.length,
          },
        },
      },
    },
  });
  for (const fixture of fixtures) {
    const [result] = await eslint.lintText(fixture.code, { filePath: path.join(root, fixture.plantedAt) });
    results.set(fixture.name, result?.messages ?? []);
  }
}, 300_000);

describe('the import fence in eslint.config.js', () => {
  it('has a fixture for every kind of planted mistake, and good files to show it is not a wall', () => {
    expect(fixtures.filter((f) => f.expected !== null).length).toBeGreaterThanOrEqual(23);
    expect(fixtures.filter((f) => f.expected === null).length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures.filter((f) => f.expected !== null))('refuses $name', (fixture) => {
    const messages = results.get(fixture.name) ?? [];
    expect(messages.map((m) => ({ rule: m.ruleId, message: m.message }))).toEqual([
      {
        rule: fixture.expected?.rule,
        message: expect.stringContaining(fixture.expected?.text ?? '') as string,
      },
    ]);
  });

  it.each(fixtures.filter((f) => f.expected === null))('lets $name pass', (fixture) => {
    expect((results.get(fixture.name) ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`)).toEqual([]);
  });
});
