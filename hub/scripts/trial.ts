// `npm run hub:trial`: an agency hub for a trial on this machine. Starts a private PostgreSQL (Debian's, on a data
// directory under .hub-trial/ and a free port), applies the migrations, adds a lead with a one-time enrolment code and
// serves the hub on http://127.0.0.1:8787 (loopback only: a trial needs no TLS certificate; a real hub does, see the
// README). Ctrl+C stops the hub and PostgreSQL; the data stays in .hub-trial/ for the next trial.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { migrate } from '../src/migrate';
import { addPerson, listPeople } from '../src/people';
import { buildHub } from '../src/server';
import { freePort, startCluster } from './pgCluster';

const root = resolve(process.env.HUB_TRIAL_DIR ?? '.hub-trial');
const hubPort = Number(process.env.PORT ?? 8787);

async function main(): Promise<void> {
  mkdirSync(root, { recursive: true });
  const portFile = join(root, 'pg-port');
  const pgPort = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : await freePort();
  writeFileSync(portFile, String(pgPort));
  const cluster = await startCluster({ dir: root, port: pgPort, durable: true });
  let url: string;
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = 'cohort_hub'")).rowCount;
  await admin.end();
  if (exists) url = `postgres://cohort_hub_owner@127.0.0.1:${pgPort}/cohort_hub`;
  else url = await cluster.createDatabase('cohort_hub');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await migrate(pool);
  const people = await listPeople(pool);
  const app = buildHub({ pool, config: { tls: null, pullLimit: 2000 } });
  await app.listen({ host: '127.0.0.1', port: hubPort });
  console.log(`Trial hub: http://127.0.0.1:${hubPort}  (PostgreSQL on 127.0.0.1:${pgPort}, data in ${root})`);
  if (!people.some((p) => p.role === 'lead')) {
    const { code } = await addPerson(pool, { name: 'Trial lead', role: 'lead' });
    console.log(`Enrolment code for the trial lead (one use): ${code}`);
  }
  console.log('In Cohort Coach: Settings -> Agency hub, enter the address above and a code.');
  console.log(
    `More people: DATABASE_URL=${url} npm run hub:admin -- add-person --name NAME --role supervisor --units UNIT_ID`,
  );
  console.log('Ctrl+C stops the hub and its PostgreSQL.');
  const stop = async () => {
    await app.close();
    await pool.end();
    cluster.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
