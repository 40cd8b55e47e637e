// `npm run bench:hub`: the agency hub at agency scale against a real PostgreSQL on this machine (a private cluster),
// with the hub in its own process on 127.0.0.1:
//   1. a lead's first pull of the agency-scale data set (5,000 caseworkers, 200,000 coaching entries, 50,000 survey
//      responses, with units, rounds, cohorts, coaches, gaps...), page by page with progress;
//   2. an incremental sync (push and pull) of 100 changes by a supervisor;
//   3. 500 simulated desks (one supervisor per unit) syncing at once: one edit each, push then pull; latency p50/p95.
// Desks are simulated in memory (hub/scripts/simDesk.ts); all traffic stays on 127.0.0.1 and every loop is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import pg from 'pg';
import { syncTables, type SyncTable } from '../../renderer/domain/sync';
import { agencyData } from '../../test/bench/agencyData';
import { migrate } from '../src/migrate';
import { addPerson } from '../src/people';
import { freePort, startCluster } from './pgCluster';
import { SimDesk } from './simDesk';

const DESKS = Number(process.env.BENCH_DESKS ?? 500);
const seedDevice = '00000000-0000-4000-8000-00000000bec0';
const seedStamp = `${String(Date.UTC(2026, 0, 1)).padStart(15, '0')}:00000:${seedDevice}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function seed(
  pool: pg.Pool,
): Promise<{ units: string[]; counts: Record<string, number>; total: number }> {
  const { data } = agencyData(1);
  const tables = data as unknown as Record<string, Array<Record<string, unknown>>>;
  const counts: Record<string, number> = {};
  let total = 0;
  for (const table of syncTables) {
    const rows = (tables[table] ?? []) as Array<Record<string, unknown>>;
    if (table === 'monthlyMeasures') continue; // the data set: caseworkers, coaching entries, responses (+ context)
    counts[table] = rows.length;
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000).map(({ id, ...fields }) => ({
        tbl: table as SyncTable,
        id,
        fields,
        stamps: Object.fromEntries(Object.keys(fields).map((f) => [f, seedStamp])),
      }));
      await pool.query(
        `INSERT INTO records (tbl, id, fields, stamps, conflicts, scope, txid, seq, updated_at)
         SELECT r.tbl, r.id, r.fields, r.stamps, '[]', 'agency', '0', 0, now()
           FROM jsonb_to_recordset($1::jsonb) AS r(tbl text, id uuid, fields jsonb, stamps jsonb)`,
        [JSON.stringify(chunk)],
      );
      total += chunk.length;
    }
  }
  await pool.query('ANALYZE records');
  return { units: (tables.units ?? []).map((u) => u.id as string), counts, total };
}

async function startHub(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'hub/src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      BEHIND_TLS_PROXY: '1',
      PULL_LIMIT: '5000',
      PG_POOL_SIZE: '40',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('The hub did not start.');
}

async function main(): Promise<void> {
  const cluster = await startCluster();
  let hub: ChildProcess | null = null;
  try {
    const url = await cluster.createDatabase('cohort_bench');
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    await migrate(pool);
    const t0 = performance.now();
    const { units, counts, total } = await seed(pool);
    console.log(
      `Seeded ${total.toLocaleString('en')} records in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`,
    );
    const port = await freePort();
    hub = await startHub(url, port);
    const base = `http://127.0.0.1:${port}`;

    // 1. The lead's first pull.
    const lead = new SimDesk(base);
    await lead.enrol((await addPerson(pool, { name: 'Lead', role: 'lead' })).code);
    let lastReport = 0;
    const start = performance.now();
    const pulled = await lead.pull(5000, (done, all) => {
      if (done - lastReport >= 50_000 || done === all) {
        lastReport = done;
        console.log(`  first pull: ${done.toLocaleString('en')} / ${all.toLocaleString('en')}`);
      }
    });
    const firstPullMs = performance.now() - start;

    // 2. An incremental sync of 100 changes by a supervisor (after their own first pull).
    const unit = units[0] as string;
    const sup = new SimDesk(base);
    await sup.enrol((await addPerson(pool, { name: 'Sup 0', role: 'supervisor', unitIds: [unit] })).code);
    await sup.pull();
    const entries = sup.live('coachingEntries').slice(0, 100);
    const workers = sup.live('caseworkers');
    for (let i = 0; entries.length + i < 100; i++) {
      const w = workers[i % workers.length];
      if (w) sup.write('caseworkers', w.id, { caseload: 10 + i });
    }
    for (const e of entries) sup.write('coachingEntries', e.id, { strengths: 'Clear plan with the family' });
    const incStart = performance.now();
    await sup.push();
    await sup.pull();
    const incrementalMs = performance.now() - incStart;
    const leadInc = performance.now();
    const leadGot = await lead.pull();
    const leadIncrementalMs = performance.now() - leadInc;

    // 3. 500 desks at once.
    const desks: SimDesk[] = [];
    for (let i = 0; i < DESKS; i++) {
      const d = new SimDesk(base);
      const u = units[i % units.length] as string;
      await d.enrol((await addPerson(pool, { name: `Desk ${i}`, role: 'supervisor', unitIds: [u] })).code);
      desks.push(d);
    }
    // Each desk has its unit already (as after its first sync), so the round measures steady-state syncing.
    await Promise.all(desks.map((d) => d.pull()));
    const latencies: number[] = [];
    const roundStart = performance.now();
    await Promise.all(
      desks.map(async (d) => {
        const w = d.live('caseworkers')[0];
        if (w) d.write('caseworkers', w.id, { role: 'Ongoing case manager' });
        const s = performance.now();
        await d.push();
        await d.pull();
        latencies.push(performance.now() - s);
      }),
    );
    const roundMs = performance.now() - roundStart;
    latencies.sort((a, b) => a - b);
    await pool.end();

    const rows = [
      [
        'lead first pull',
        `${pulled.records.toLocaleString('en')} records, ${pulled.pages} pages`,
        `${(firstPullMs / 1000).toFixed(1)} s`,
        'well under 60 s',
      ],
      [
        'incremental sync, 100 changes (push + pull)',
        `${sup.waiting} left waiting`,
        `${incrementalMs.toFixed(0)} ms`,
        '< 1,000 ms',
      ],
      [
        'lead pulls those 100 changes',
        `${leadGot.records} records`,
        `${leadIncrementalMs.toFixed(0)} ms`,
        '',
      ],
      [
        `${DESKS} desks syncing at once (1 edit, push + pull)`,
        `p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${(latencies.at(-1) ?? 0).toFixed(0)} ms`,
        `${(roundMs / 1000).toFixed(1)} s in all`,
        'p95 reported',
      ],
    ];
    console.log('\n| measure | detail | time | budget |\n|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(
      `\nnode ${process.version}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    const failed = firstPullMs > 60_000 || incrementalMs > 1000;
    if (failed) process.exitCode = 1;
  } finally {
    hub?.kill('SIGTERM');
    cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
