// The hub end to end over HTTP against a real PostgreSQL: enrolment, push and pull, idempotent retries, field-level
// merging and conflicts, purges, scopes enforced by row-level security, and a cursor that never skips a late commit.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { addPerson, setRolloutUnits } from '../src/people';
import { buildHub } from '../src/server';
import { SimDesk } from '../scripts/simDesk';
import { freshHubDb } from './hubDb';
import { record } from './records';

let pool: pg.Pool;
let app: FastifyInstance;
let url: string;
const unitA = randomUUID();
const unitB = randomUUID();
const rollout = randomUUID();
// One clock for every desk, a second apart per write, so which edit is later never depends on the machine's speed.
let time = Date.UTC(2026, 2, 1, 9);
const clock = () => (time += 1000);

async function desk(role: 'supervisor' | 'trainer' | 'lead', units: string[] = []): Promise<SimDesk> {
  const { code } = await addPerson(pool, {
    name: `${role} ${units.length}`,
    role,
    unitIds: units,
    rolloutId: role === 'trainer' ? rollout : null,
  });
  const d = new SimDesk(url, clock);
  await d.enrol(code);
  return d;
}

beforeAll(async () => {
  ({ pool } = await freshHubDb());
  app = buildHub({ pool, config: { tls: null, pullLimit: 1000 } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await pool.end();
});

describe('hub', () => {
  it('answers health, refuses another protocol version and a code used twice', async () => {
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true, protocols: [1], database: 'up' });
    const { code } = await addPerson(pool, { name: 'Lee', role: 'lead' });
    const v2 = await fetch(`${url}/v1/enrol`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ protocol: 2, code, deviceId: randomUUID() }),
    });
    expect(v2.status).toBe(426);
    expect(((await v2.json()) as { protocols: number[] }).protocols).toEqual([1]);
    await new SimDesk(url).enrol(code);
    await expect(new SimDesk(url).enrol(code)).rejects.toMatchObject({ status: 401 });
    const noToken = await fetch(`${url}/v1/pull`);
    expect(noToken.status).toBe(401);
    const tokens = await pool.query('SELECT token_hash FROM devices');
    expect(tokens.rows.every((r: { token_hash: string }) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('brings two supervisors units together for the lead, and keeps each supervisor to their own unit', async () => {
    const lead = await desk('lead');
    const a = record('units', { name: 'Intake North' }, unitA);
    const b = record('units', { name: 'Intake South' }, unitB);
    lead.write('units', a.id, a.values);
    lead.write('units', b.id, b.values);
    await lead.push();

    const supA = await desk('supervisor', [unitA]);
    const supB = await desk('supervisor', [unitB]);
    for (const [sup, unit, name] of [
      [supA, unitA, 'Ana North'],
      [supB, unitB, 'Ben South'],
    ] as const) {
      const worker = record('caseworkers', { name, unitId: unit });
      sup.write('caseworkers', worker.id, worker.values);
      const entry = record('coachingEntries', {
        kind: 'observation',
        caseworkerId: worker.id,
        date: '2026-03-02',
      });
      sup.write('coachingEntries', entry.id, entry.values);
      const answers = await sup.push();
      expect(answers.flatMap((x) => x.results).every((r) => r.status === 'applied')).toBe(true);
      await sup.pull();
    }
    await lead.pull();
    expect(
      lead
        .live('caseworkers')
        .map((s) => s.fields.name)
        .sort(),
    ).toEqual(['Ana North', 'Ben South']);
    expect(lead.live('coachingEntries')).toHaveLength(2);
    expect(supA.live('caseworkers').map((s) => s.fields.name)).toEqual(['Ana North']);
    expect(supA.live('units').map((s) => s.id)).toEqual([unitA]);
    expect(supB.live('coachingEntries')).toHaveLength(1);

    // Writing into another supervisor's unit is refused by PostgreSQL, and stays on the desk.
    const intruder = record('caseworkers', { name: 'Not mine', unitId: unitB });
    supA.write('caseworkers', intruder.id, intruder.values);
    const [answer] = await supA.push();
    expect(answer?.results).toEqual([
      { table: 'caseworkers', id: intruder.id, status: 'rejected', reason: 'outside your scope' },
    ]);
    expect(supA.waiting).toBe(1);
    const audit = await pool.query('SELECT records, applied, rejected FROM pushes WHERE batch_id = $1', [
      answer?.batchId,
    ]);
    expect(audit.rows).toEqual([{ records: 1, applied: 0, rejected: 1 }]);
  });

  it("sends a caseworker's tool usage to their unit's supervisor and the lead, never to another unit", async () => {
    const lead = await desk('lead');
    const supA = await desk('supervisor', [unitA]);
    const supB = await desk('supervisor', [unitB]);
    const ana = record('caseworkers', { name: 'Ana Usage', unitId: unitA });
    lead.write('caseworkers', ana.id, ana.values);
    await lead.push();
    const day = record('toolUsage', {
      rolloutId: rollout,
      caseworkerId: ana.id,
      date: '2026-03-02',
      events: 7,
    });
    supA.write('toolUsage', day.id, day.values);
    const answers = await supA.push();
    expect(answers.flatMap((x) => x.results).map((r) => r.status)).toEqual(['applied']);
    // Supervisor B cannot import usage into unit A either.
    const other = record('toolUsage', {
      rolloutId: rollout,
      caseworkerId: ana.id,
      date: '2026-03-03',
      events: 2,
    });
    supB.write('toolUsage', other.id, other.values);
    const [refused] = await supB.push();
    expect(refused?.results.map((r) => r.status)).toEqual(['rejected']);
    await Promise.all([lead.pull(), supB.pull()]);
    expect(lead.live('toolUsage').map((s) => s.id)).toContain(day.id);
    expect(supB.live('toolUsage').map((s) => s.id)).not.toContain(day.id);
  });

  it("sends a planned visit to the caseworker's unit and the lead, and a cohort's standup series to its rollout", async () => {
    const lead = await desk('lead');
    const supA = await desk('supervisor', [unitA]);
    const supB = await desk('supervisor', [unitB]);
    const ana = record('caseworkers', { name: 'Ana Planned', unitId: unitA });
    const planned = randomUUID();
    const cohort = record('cohorts', { rolloutId: planned, name: 'Planned wave' });
    lead.write('caseworkers', ana.id, ana.values);
    lead.write('cohorts', cohort.id, cohort.values);
    await lead.push();
    const rideAlong = record('schedules', {
      kind: 'ride-along',
      caseworkerId: ana.id,
      startDate: '2026-03-10',
      time: '09:30',
    });
    supA.write('schedules', rideAlong.id, rideAlong.values);
    // Supervisor B plans the cohort's weekday standups at 8:45.
    const series = record('schedules', {
      kind: 'standup',
      cohortId: cohort.id,
      startDate: '2026-03-02',
      time: '08:45',
      repeatDays: [1, 2, 3, 4, 5],
    });
    supB.write('schedules', series.id, series.values);
    const answers = [...(await supA.push()), ...(await supB.push())];
    expect(answers.flatMap((x) => x.results).map((r) => r.status)).toEqual(['applied', 'applied']);
    // Supervisor B cannot plan a visit with a caseworker of unit A.
    const intruding = record('schedules', {
      kind: 'one-to-one',
      caseworkerId: ana.id,
      startDate: '2026-03-11',
      time: '10:00',
    });
    supB.write('schedules', intruding.id, intruding.values);
    const [refused] = await supB.push();
    expect(refused?.results.map((r) => r.status)).toEqual(['rejected']);
    await Promise.all([lead.pull(), supA.pull(), supB.pull()]);
    const ids = (d: SimDesk) => d.live('schedules').map((s) => s.id);
    expect(ids(lead)).toEqual(expect.arrayContaining([rideAlong.id, series.id]));
    expect(ids(lead)).not.toContain(intruding.id);
    expect(ids(supA)).toEqual(expect.arrayContaining([rideAlong.id, series.id]));
    expect(ids(supB)).toContain(series.id);
    expect(ids(supB)).not.toContain(rideAlong.id);
    const rows = await pool.query(
      'SELECT id, scope, unit_id, rollout_id FROM records WHERE tbl = $1 AND id = ANY($2)',
      ['schedules', [rideAlong.id, series.id]],
    );
    expect(Object.fromEntries(rows.rows.map((r: { id: string }) => [r.id, r]))).toEqual({
      [rideAlong.id]: { id: rideAlong.id, scope: 'unit', unit_id: unitA, rollout_id: null },
      [series.id]: { id: series.id, scope: 'rollout', unit_id: null, rollout_id: planned },
    });
  });

  it('applies a retried push once and answers it the same way', async () => {
    const sup = await desk('supervisor', [unitA]);
    const w = record('caseworkers', { name: 'Cara', unitId: unitA });
    sup.write('caseworkers', w.id, w.values);
    const batch = sup.batch()!;
    const first = await sup.sendBatch(batch);
    const again = await sup.sendBatch(batch);
    expect(again).toEqual({ ...first, replayed: true });
    const rows = await pool.query('SELECT seq FROM records WHERE id = $1', [w.id]);
    const audit = await pool.query('SELECT count(*)::int AS n FROM pushes WHERE batch_id = $1', [
      batch.batchId,
    ]);
    expect(audit.rows[0].n).toBe(1);
    // The same states in a new batch change nothing either.
    await sup.sendBatch({ ...batch, batchId: randomUUID() });
    expect((await pool.query('SELECT seq FROM records WHERE id = $1', [w.id])).rows).toEqual(rows.rows);
  });

  it('keeps edits of different fields from two desks and reports the same field edited on both', async () => {
    const supA = await desk('supervisor', [unitA]);
    const lead = await desk('lead');
    const w = record('caseworkers', { name: 'Dee', unitId: unitA, caseload: 10 });
    supA.write('caseworkers', w.id, w.values);
    await supA.sync();
    await lead.pull();
    supA.write('caseworkers', w.id, { caseload: 12 });
    lead.write('caseworkers', w.id, { role: 'Intake specialist' });
    supA.write('caseworkers', w.id, { status: 'on-leave' });
    lead.write('caseworkers', w.id, { status: 'left' }); // later stamp: the lead's value wins everywhere
    await supA.sync();
    await lead.sync();
    const answers = await supA.push();
    expect(answers).toEqual([]);
    await supA.pull();
    const onA = supA.states.get(`caseworkers/${w.id}`)!;
    const onLead = lead.states.get(`caseworkers/${w.id}`)!;
    expect(onA).toEqual(onLead);
    expect(onA.fields).toMatchObject({ caseload: 12, role: 'Intake specialist', status: 'left' });
    expect(onA.conflicts).toHaveLength(1);
    expect(onA.conflicts[0]).toMatchObject({ field: 'status' });
    expect(onA.conflicts[0]!.winner.endsWith(lead.deviceId)).toBe(true);
    expect(onA.conflicts[0]!.loser.endsWith(supA.deviceId)).toBe(true);
  });

  it('never brings a purged record back from another desk', async () => {
    const supA = await desk('supervisor', [unitA]);
    const other = await desk('supervisor', [unitA]);
    const w = record('caseworkers', { name: 'Eve', unitId: unitA });
    supA.write('caseworkers', w.id, w.values);
    await supA.sync();
    await other.pull();
    supA.write('caseworkers', w.id, { deletedAt: '2026-03-03T10:00:00.000Z' });
    supA.purge('caseworkers', w.id);
    await supA.sync();
    other.write('caseworkers', w.id, { name: 'Eve Edited' }); // offline edit of a record purged meanwhile
    const [answer] = await other.push();
    expect(answer?.results[0]?.status).toBe('purged');
    await other.pull();
    expect(other.states.get(`caseworkers/${w.id}`)?.purged).not.toBeNull();
    const row = await pool.query('SELECT fields, purged FROM records WHERE id = $1', [w.id]);
    expect(row.rows[0]).toMatchObject({ fields: {}, purged: expect.any(String) });
  });

  it("checks records against the domain's schemas and refuses edits stamped by another device", async () => {
    const sup = await desk('supervisor', [unitA]);
    const w = record('caseworkers', { name: 'Fay', unitId: unitA });
    sup.write('caseworkers', w.id, { ...w.values, caseload: -3 });
    const [bad] = await sup.push();
    expect(bad?.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^caseload:/),
    });
    const forged = sup.batch()!;
    const otherDevice = randomUUID();
    const change = forged.changes[0]!;
    change.stamps = Object.fromEntries(
      Object.entries(change.stamps).map(([f, s]) => [f, s.slice(0, 22) + otherDevice]),
    );
    const answer = await sup.sendBatch(forged);
    expect(answer.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/another device/),
    });
  });

  it('moves a caseworker’s records with them to the new unit’s supervisor', async () => {
    const lead = await desk('lead');
    const supB = await desk('supervisor', [unitB]);
    const w = record('caseworkers', { name: 'Gil', unitId: unitA });
    const e = record('gaps', { caseworkerId: w.id, expectation: 'Visits', openedOn: '2026-03-01' });
    lead.write('caseworkers', w.id, w.values);
    lead.write('gaps', e.id, e.values);
    await lead.sync();
    await supB.pull();
    expect(supB.states.has(`gaps/${e.id}`)).toBe(false);
    lead.write('caseworkers', w.id, { unitId: unitB });
    await lead.sync();
    await supB.pull();
    expect(supB.states.get(`gaps/${e.id}`)?.fields.expectation).toBe('Visits');
  });

  it('gives a trainer the rollout and its units only', async () => {
    await setRolloutUnits(pool, rollout, [unitB]);
    const lead = await desk('lead');
    const mine = record('cohorts', { rolloutId: rollout, name: 'Wave 1' });
    const other = record('cohorts', { rolloutId: randomUUID(), name: 'Elsewhere' });
    lead.write('cohorts', mine.id, mine.values);
    lead.write('cohorts', other.id, other.values);
    await lead.sync();
    const trainer = await desk('trainer');
    await trainer.pull();
    expect(trainer.live('cohorts').map((s) => s.fields.name)).toEqual(['Wave 1']);
    expect(trainer.live('units').map((s) => s.id)).toEqual([unitB]);
    expect(trainer.person?.unitIds).toEqual([unitB]);
  });

  it('never skips a push that commits after a later one (pull cursor)', async () => {
    const lead = await desk('lead');
    const reader = await desk('lead');
    await reader.pull();
    // A slow writer holds a transaction open with a record in it...
    const slow = await pool.connect();
    const slowId = randomUUID();
    const r = record('rollouts', { name: 'Slow' }, slowId);
    const stamp = `${'1'.padStart(15, '0')}:00000:${randomUUID()}`;
    const stamps = Object.fromEntries(Object.keys(r.values).map((f) => [f, stamp]));
    await slow.query('BEGIN');
    await slow.query(
      `INSERT INTO records (tbl, id, fields, stamps, conflicts, scope, txid, seq, updated_at)
       VALUES ('rollouts', $1, $2, $3, '[]', 'agency', '0', 0, now())`,
      [slowId, JSON.stringify(r.values), JSON.stringify(stamps)],
    );
    // ...while a fast push commits.
    const fast = record('rollouts', { name: 'Fast' });
    lead.write('rollouts', fast.id, fast.values);
    await lead.push();
    try {
      await reader.pull();
      expect(reader.states.has(`rollouts/${fast.id}`)).toBe(false); // held back until the slow one ends
    } finally {
      await slow.query('COMMIT');
      slow.release();
    }
    await reader.pull();
    expect(reader.states.has(`rollouts/${slowId}`)).toBe(true);
    expect(reader.states.has(`rollouts/${fast.id}`)).toBe(true);
  });

  it('pages a big pull and counts what is there for the progress bar', async () => {
    const lead = await desk('lead');
    for (let i = 0; i < 120; i++) {
      const c = record('coaches', { name: `Coach ${i}` });
      lead.write('coaches', c.id, c.values);
    }
    await lead.push();
    const fresh = await desk('lead');
    const progress: Array<[number, number]> = [];
    const { pages } = await fresh.pull(50, (done, total) => progress.push([done, total]));
    expect(pages).toBeGreaterThan(2);
    const total = progress[0]![1];
    expect(progress.at(-1)).toEqual([total, total]);
    expect(fresh.live('coaches').length).toBeGreaterThanOrEqual(120);
  });
});
