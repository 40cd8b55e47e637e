// Configuration and the admin command: the hub never serves plain HTTP by accident, serves HTTPS with a certificate,
// and the admin command prints a one-time enrolment code that works once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../src/admin';
import { ConfigError, loadConfig } from '../src/config';
import { buildHub } from '../src/server';
import { SimDesk } from '../scripts/simDesk';
import { freshHubDb } from './hubDb';

let pool: pg.Pool;
let dir: string;
beforeAll(async () => {
  ({ pool } = await freshHubDb());
  dir = mkdtempSync(join(tmpdir(), 'cc-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
});
afterAll(async () => {
  await pool.end();
  rmSync(dir, { recursive: true, force: true });
});

describe('hub configuration', () => {
  it('refuses to start without TLS unless told a TLS proxy is in front', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x' })).toThrow(/Refusing to start without TLS/);
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', TLS_CERT: join(dir, 'cert.pem') })).toThrow(
      /both/,
    );
    expect(loadConfig({ DATABASE_URL: 'postgres://x', BEHIND_TLS_PROXY: '1', PORT: '9000' })).toMatchObject({
      tls: null,
      port: 9000,
    });
  });

  it('serves HTTPS with the configured certificate', async () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://unused',
      TLS_CERT: join(dir, 'cert.pem'),
      TLS_KEY: join(dir, 'key.pem'),
    });
    const app = buildHub({ pool, config });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const port = (app.server.address() as AddressInfo).port;
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpsGet(
          {
            host: '127.0.0.1',
            port,
            path: '/health',
            ca: readFileSync(join(dir, 'cert.pem')),
            servername: '',
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
      });
      expect(JSON.parse(body)).toMatchObject({ ok: true });
      // Plain HTTP to the TLS port gets no answer from the hub's routes.
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    } finally {
      await app.close();
    }
  });
});

describe('admin command', () => {
  it('adds people with their scope and prints a one-time enrolment code', async () => {
    const lines: string[] = [];
    const unit = randomUUID();
    expect(
      await runAdmin(
        ['add-person', '--name', 'Dana Reyes', '--role', 'supervisor', '--units', unit],
        pool,
        (l) => lines.push(l),
      ),
    ).toBe(0);
    const code = /code .*: ([A-Z0-9-]{19})$/.exec(lines[1] ?? '')?.[1];
    expect(code).toBeDefined();
    const stored = await pool.query('SELECT code_hash FROM enrolment_codes');
    expect(JSON.stringify(stored.rows)).not.toContain(code);

    const app = buildHub({ pool, config: { tls: null, pullLimit: 1000 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const desk = new SimDesk(url);
      const answer = await desk.enrol(code!.toLowerCase().replace(/-/g, ' '));
      expect(answer.person).toMatchObject({ name: 'Dana Reyes', role: 'supervisor', unitIds: [unit] });
      await expect(new SimDesk(url).enrol(code!)).rejects.toMatchObject({ status: 401 });
    } finally {
      await app.close();
    }
    lines.length = 0;
    expect(await runAdmin(['list'], pool, (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/supervisor\s+Dana Reyes {2}units: 1 {2}devices: 1/);
    await expect(
      runAdmin(['add-person', '--name', 'No Units', '--role', 'supervisor'], pool, () => undefined),
    ).rejects.toThrow(/at least one unit/);
    expect(await runAdmin(['bogus'], pool, () => undefined)).toBe(2);
  });
});
