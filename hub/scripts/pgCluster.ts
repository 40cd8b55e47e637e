// A private PostgreSQL cluster for tests and trials: initdb in a fresh directory, started on a free 127.0.0.1 port with
// its socket in that directory, run as a non-root user (PostgreSQL refuses to run as root; when we are root we use the
// `postgres` account that Debian's package creates). Stopped and removed with stop().
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  /** Superuser connection to the `postgres` database. */
  adminUrl: string;
  port: number;
  dir: string;
  /** A new database owned by a fresh non-superuser owner role that may create roles (what a hub connects as). */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

export function findPgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Install it with "apt-get install -y postgresql" or set PG_BIN.',
    );
  }
  return join(root, versions[0], 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function runAs(user: string | null, command: string, args: string[]): void {
  const [cmd, argv] = user ? ['runuser', ['-u', user, '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

export async function startCluster(
  options: { durable?: boolean; dir?: string; port?: number } = {},
): Promise<PgCluster> {
  const bin = findPgBin();
  const user = process.getuid?.() === 0 ? 'postgres' : null;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'cc-pg-'));
  const data = join(dir, 'data');
  if (user) {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  if (!existsSync(join(data, 'PG_VERSION'))) {
    runAs(user, join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale',
      '-N',
    ]);
  }
  const port = options.port ?? (await freePort());
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c max_connections=300',
    '-c shared_buffers=256MB',
    ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  runAs(user, join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    settings,
    '-l',
    join(dir, 'postgres.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    adminUrl,
    port,
    dir,
    async createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad database name ${name}`);
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        const owner = `${name}_owner`;
        await client.query(`CREATE ROLE ${owner} LOGIN CREATEROLE`);
        await client.query(`CREATE DATABASE ${name} OWNER ${owner}`);
        return `postgres://${owner}@127.0.0.1:${port}/${name}`;
      } finally {
        await client.end();
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        if (!options.dir) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
