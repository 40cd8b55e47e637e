// Row-level security, tested from inside PostgreSQL: connect as a login role of each kind (supervisor, trainer, lead),
// name a person, and try to read and write outside that person's scope. The service is not involved at all.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, setRolloutUnits } from '../src/people';
import { freshHubDb } from './hubDb';

let owner: pg.Pool;
let dbUrl: string;
let dbName: string;
let adminUrl: string;
const unitA = randomUUID();
const unitB = randomUUID();
const rolloutR = randomUUID();
const rolloutS = randomUUID();
const ids: Record<string, string> = {};
const people: Record<string, string> = {};
const clients: pg.Client[] = [];

const STAMPS = '{}';
async function insertAsOwner(tbl: string, id: string, fields: Record<string, unknown>) {
  await owner.query(
    `INSERT INTO records (tbl, id, fields, stamps, conflicts, scope, txid, seq, updated_at)
     VALUES ($1, $2, $3, $4, '[]', 'agency', '0', 0, now())`,
    [tbl, id, JSON.stringify(fields), STAMPS],
  );
}

/** A connection as a login role that is a member of cc_<kind>, speaking for `person`. */
async function connectAs(kind: 'supervisor' | 'trainer' | 'lead', person: string): Promise<pg.Client> {
  const login = `${dbName}_${kind}`;
  const client = new pg.Client({ connectionString: dbUrl.replace(/\/\/[^@]+@/, `//${login}@`) });
  await client.connect();
  await client.query("SELECT set_config('cc.person', $1, false)", [person]);
  clients.push(client);
  return client;
}

const visible = async (c: pg.Client) =>
  (await c.query<{ id: string }>('SELECT id FROM records ORDER BY id')).rows.map((r) => r.id).sort();

beforeAll(async () => {
  const db = await freshHubDb();
  owner = db.pool;
  dbUrl = db.url;
  dbName = db.name;
  adminUrl = db.adminUrl;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const kind of ['supervisor', 'trainer', 'lead']) {
    await admin.query(`CREATE ROLE ${dbName}_${kind} LOGIN IN ROLE cc_${kind}`);
  }
  await admin.end();

  await insertAsOwner('units', unitA, { name: 'A' });
  await insertAsOwner('units', unitB, { name: 'B' });
  ids.workerA = randomUUID();
  ids.workerB = randomUUID();
  await insertAsOwner('caseworkers', ids.workerA, { name: 'Ana', unitId: unitA });
  await insertAsOwner('caseworkers', ids.workerB, { name: 'Ben', unitId: unitB });
  ids.entryA = randomUUID();
  ids.entryB = randomUUID();
  await insertAsOwner('coachingEntries', ids.entryA, { caseworkerId: ids.workerA });
  await insertAsOwner('coachingEntries', ids.entryB, { caseworkerId: ids.workerB });
  ids.cohortR = randomUUID();
  ids.cohortS = randomUUID();
  await insertAsOwner('cohorts', ids.cohortR, { rolloutId: rolloutR });
  await insertAsOwner('cohorts', ids.cohortS, { rolloutId: rolloutS });
  ids.rubric = randomUUID();
  await insertAsOwner('rubrics', ids.rubric, { name: 'Visit quality' });
  await setRolloutUnits(owner, rolloutR, [unitA]);
  people.supA = (await addPerson(owner, { name: 'Sup A', role: 'supervisor', unitIds: [unitA] })).person.id;
  people.trainerR = (
    await addPerson(owner, { name: 'Trainer R', role: 'trainer', rolloutId: rolloutR })
  ).person.id;
  people.lead = (await addPerson(owner, { name: 'Lead', role: 'lead' })).person.id;
});

afterAll(async () => {
  for (const c of clients) await c.end();
  await owner.end();
});

describe('row-level security', () => {
  it("lets a supervisor read their unit's rows and shared rows, never another unit's", async () => {
    const c = await connectAs('supervisor', people.supA!);
    const seen = await visible(c);
    expect(seen).toEqual(
      [unitA, ids.workerA, ids.entryA, ids.cohortR, ids.cohortS, ids.rubric].map(String).sort(),
    );
    expect(seen).not.toContain(ids.workerB);
    expect(seen).not.toContain(ids.entryB);
  });

  it("refuses a supervisor's writes into another unit, and their updates of it touch nothing", async () => {
    const c = await connectAs('supervisor', people.supA!);
    await expect(
      c.query(
        `INSERT INTO records (tbl, id, fields, stamps, scope, txid, seq, updated_at)
         VALUES ('caseworkers', $1, $2, '{}', 'unit', '0', 0, now())`,
        [randomUUID(), JSON.stringify({ name: 'Sneaky', unitId: unitB })],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    // A coaching entry for another unit's caseworker: its unit comes from the caseworker, so it is refused too.
    await expect(
      c.query(
        `INSERT INTO records (tbl, id, fields, stamps, scope, txid, seq, updated_at)
         VALUES ('coachingEntries', $1, $2, '{}', 'unit', '0', 0, now())`,
        [randomUUID(), JSON.stringify({ caseworkerId: ids.workerB })],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    const updated = await c.query(`UPDATE records SET fields = '{"name":"Hijacked"}' WHERE id = $1`, [
      ids.workerB,
    ]);
    expect(updated.rowCount).toBe(0);
    // Moving one's own caseworker into another unit is refused as well.
    await expect(
      c.query(`UPDATE records SET fields = jsonb_set(fields, '{unitId}', to_jsonb($2::text)) WHERE id = $1`, [
        ids.workerA,
        unitB,
      ]),
    ).rejects.toMatchObject({ code: '42501' });
    // A supervisor may not change a cohort (the rollout's trainers and the lead do).
    expect((await c.query(`UPDATE records SET fields = '{}' WHERE id = $1`, [ids.cohortR])).rowCount).toBe(0);
  });

  it('gives a supervisor connection nothing when it names a lead or nobody', async () => {
    const asLead = await connectAs('supervisor', people.lead!);
    expect(await visible(asLead)).toEqual([]);
    const nobody = await connectAs('supervisor', randomUUID());
    expect(await visible(nobody)).toEqual([]);
  });

  it("keeps a trainer to the rollout's cohorts and the rollout's units", async () => {
    const c = await connectAs('trainer', people.trainerR!);
    expect(await visible(c)).toEqual(
      [unitA, ids.workerA, ids.entryA, ids.cohortR, ids.rubric].map(String).sort(),
    );
    await expect(
      c.query(
        `INSERT INTO records (tbl, id, fields, stamps, scope, txid, seq, updated_at)
         VALUES ('cohorts', $1, $2, '{}', 'rollout', '0', 0, now())`,
        [randomUUID(), JSON.stringify({ rolloutId: rolloutS })],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    expect((await c.query(`UPDATE records SET fields = '{}' WHERE id = $1`, [ids.cohortS])).rowCount).toBe(0);
  });

  it('lets the lead read and write everything', async () => {
    const c = await connectAs('lead', people.lead!);
    expect((await visible(c)).length).toBe(9);
    const id = randomUUID();
    await c.query(
      `INSERT INTO records (tbl, id, fields, stamps, scope, txid, seq, updated_at)
       VALUES ('caseworkers', $1, $2, '{}', 'unit', '0', 0, now())`,
      [id, JSON.stringify({ name: 'New', unitId: unitB })],
    );
    expect((await c.query('SELECT unit_id FROM records WHERE id = $1', [id])).rows[0].unit_id).toBe(unitB);
  });

  it('keeps people, devices, codes and other people’s pushes out of reach of every person role', async () => {
    for (const [kind, person] of [
      ['supervisor', people.supA],
      ['trainer', people.trainerR],
      ['lead', people.lead],
    ] as const) {
      const c = await connectAs(kind, person!);
      for (const table of ['people', 'devices', 'enrolment_codes', 'person_units', 'rollout_units']) {
        await expect(c.query(`SELECT * FROM ${table}`)).rejects.toMatchObject({ code: '42501' });
      }
      expect((await c.query('SELECT * FROM pushes WHERE person_id <> $1', [person])).rowCount).toBe(0);
      await expect(c.query('DELETE FROM records')).rejects.toMatchObject({ code: '42501' });
    }
  });
});
