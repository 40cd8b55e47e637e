// Packaging settings and the afterPack hook: the fuses are really flipped in the packaged binary.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './tempFolder';

const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  afterPack: string;
  directories: { output: string; buildResources: string };
  linux: { target: string[]; category: string };
  win: { target: string[] };
  mac: { target: string[] };
}
const config = require('../../../electron-builder.config.cjs') as BuilderConfig;
const { default: afterPack } = require('../../../build/afterPack.cjs') as {
  default: (context: unknown) => Promise<void>;
};

// @electron/fuses finds the fuse wire after this sentinel: version byte, length byte, then one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 0x31;
const DISABLE = 0x30;

describe('electron-builder config', () => {
  it('names the app and ships only the bundles', () => {
    expect(config.appId).toBe('org.cohortcoach.app');
    expect(config.productName).toBe('Cohort Coach');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.afterPack).toBe('build/afterPack.cjs');
  });

  it("keeps the agency hub's server packages out of the desktop app's dependencies", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const name of ['fastify', 'pg', '@types/pg']) {
      expect(pkg.dependencies, name).not.toHaveProperty(name);
      expect(pkg.devDependencies, name).toHaveProperty(name);
    }
    expect(config.files).toContain('!node_modules/**/*');
  });

  it('targets deb and AppImage (Office), NSIS and DMG', () => {
    expect(config.linux.target).toEqual(['deb', 'AppImage']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('has a 512x512 PNG icon', () => {
    const png = readFileSync(new URL('../../../build/icon.png', import.meta.url));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('afterPack fuses', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect, and turns on asar-only loading and integrity', async () => {
    const appOutDir = tempFolder('cc-pack-');
    const binary = path.join(appOutDir, 'cohort-coach');
    const wire = Buffer.from([1, 8, ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, ENABLE, ENABLE]);
    writeFileSync(
      binary,
      Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL, 'ascii'), wire, Buffer.from('…')]),
    );

    await afterPack({
      appOutDir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { executableName: 'cohort-coach' },
    });

    const bytes = readFileSync(binary);
    const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
    const fuses = [...bytes.subarray(at, at + 8)];
    expect(fuses).toEqual([
      DISABLE, // RunAsNode
      ENABLE, // EnableCookieEncryption
      DISABLE, // EnableNodeOptionsEnvironmentVariable
      DISABLE, // EnableNodeCliInspectArguments
      ENABLE, // EnableEmbeddedAsarIntegrityValidation
      ENABLE, // OnlyLoadAppFromAsar
      ENABLE, // LoadBrowserProcessSpecificV8Snapshot (left as shipped)
      DISABLE, // GrantFileProtocolExtraPrivileges
    ]);
  });
});
