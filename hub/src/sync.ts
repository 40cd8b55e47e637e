// Enrol, push and pull (docs/sync-protocol.md). Pushes and pulls run as the asking person: each transaction takes the
// person's database role and names the person, so PostgreSQL's row-level security decides what they read and write.
// The merge itself is the shared pure code of renderer/domain/sync.
import type { Pool, PoolClient } from 'pg';
import {
  applyChange,
  checkRecordFields,
  deviceOf,
  PROTOCOL_VERSION,
  syncOrder,
  type Change,
  type EnrolRequest,
  type EnrolResponse,
  type HubPerson,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type PushResult,
  type RecordState,
  type SyncTable,
} from '../../renderer/domain/sync';
import { inTransaction, personById } from './people';
import { hashSecret, newToken, normaliseCode } from './secrets';

export interface Caller {
  deviceId: string;
  person: HubPerson;
}

export class HubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

export async function enrol(pool: Pool, req: EnrolRequest): Promise<EnrolResponse> {
  const token = newToken();
  const personId = await inTransaction(pool, async (c) => {
    const used = await c.query<{ person_id: string }>(
      `UPDATE enrolment_codes SET used_at = now()
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING person_id`,
      [hashSecret(normaliseCode(req.code))],
    );
    const personId = used.rows[0]?.person_id;
    if (!personId)
      throw new HubError(401, 'That enrolment code is unknown, already used or expired. Ask for a new one.');
    const device = await c.query(
      `INSERT INTO devices (id, person_id, name, token_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET token_hash = EXCLUDED.token_hash, name = EXCLUDED.name, revoked_at = NULL
        WHERE devices.person_id = EXCLUDED.person_id
       RETURNING id`,
      [req.deviceId, personId, req.deviceName ?? '', hashSecret(token)],
    );
    if (device.rowCount === 0) throw new HubError(409, 'This desk is enrolled for another person.');
    return personId;
  });
  return { protocol: PROTOCOL_VERSION, token, person: (await personById(pool, personId)) as HubPerson };
}

export async function authenticate(pool: Pool, token: string): Promise<Caller | null> {
  const { rows } = await pool.query<{ id: string; person_id: string }>(
    'SELECT id, person_id FROM devices WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashSecret(token)],
  );
  const device = rows[0];
  if (!device) return null;
  const person = await personById(pool, device.person_id);
  return person ? { deviceId: device.id, person } : null;
}

/** Runs `work` as the caller: their role for this transaction only, and their id for the row-level policies. */
async function asCaller<T>(
  pool: Pool,
  caller: Caller,
  readOnly: boolean,
  work: (c: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(readOnly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
    // The role name comes from a closed list (people.role has a CHECK), never from the request.
    await client.query(`SET LOCAL ROLE cc_${caller.person.role}`);
    await client.query("SELECT set_config('cc.person', $1, true)", [caller.person.id]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

interface Row {
  tbl: SyncTable;
  id: string;
  fields: Record<string, unknown>;
  stamps: Record<string, string>;
  purged: string | null;
  conflicts: RecordState['conflicts'];
}
const toState = (r: Row): RecordState => ({
  table: r.tbl,
  id: r.id,
  fields: r.fields,
  stamps: r.stamps,
  purged: r.purged,
  conflicts: r.conflicts,
});

const UPSERT = `
  INSERT INTO records (tbl, id, fields, stamps, purged, conflicts, scope, txid, seq, updated_at)
  SELECT r.tbl, r.id, r.fields, r.stamps, r.purged, r.conflicts, 'agency', '0', 0, now()
    FROM jsonb_to_recordset($1::jsonb) AS r(tbl text, id uuid, fields jsonb, stamps jsonb, purged text, conflicts jsonb)
  ON CONFLICT (tbl, id) DO UPDATE
    SET fields = EXCLUDED.fields, stamps = EXCLUDED.stamps, purged = EXCLUDED.purged, conflicts = EXCLUDED.conflicts`;

const rowOf = (s: RecordState) => ({
  tbl: s.table,
  id: s.id,
  fields: s.fields,
  stamps: s.stamps,
  purged: s.purged,
  conflicts: s.conflicts,
});

/** Writes merged states, parents first; a row the person may not write is refused alone, the others still go in. */
async function writeStates(
  c: PoolClient,
  states: RecordState[],
  refused: Map<string, string>,
): Promise<void> {
  const byTable = new Map<SyncTable, RecordState[]>();
  for (const s of states) byTable.set(s.table, [...(byTable.get(s.table) ?? []), s]);
  const tables = [...byTable.keys()].sort((a, b) => syncOrder(a) - syncOrder(b));
  for (const table of tables) {
    const group = byTable.get(table) as RecordState[];
    await c.query('SAVEPOINT grp');
    try {
      await c.query(UPSERT, [JSON.stringify(group.map(rowOf))]);
      await c.query('RELEASE SAVEPOINT grp');
      continue;
    } catch {
      await c.query('ROLLBACK TO SAVEPOINT grp');
    }
    // Someone in the group is outside the person's scope: write them one by one to find out who.
    for (const s of group) {
      await c.query('SAVEPOINT one');
      try {
        await c.query(UPSERT, [JSON.stringify([rowOf(s)])]);
        await c.query('RELEASE SAVEPOINT one');
      } catch (error) {
        await c.query('ROLLBACK TO SAVEPOINT one');
        refused.set(`${s.table}/${s.id}`, describeRefusal(error));
      }
    }
  }
}

function describeRefusal(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === '42501') return 'outside your scope';
  return (error as Error).message;
}

export async function push(pool: Pool, caller: Caller, req: PushRequest): Promise<PushResponse> {
  try {
    return await asCaller(pool, caller, false, (c) => pushIn(c, caller, req));
  } catch (error) {
    // The same batch sent twice at once: the second waits for the first, then finds its answer.
    if ((error as { code?: string }).code === '23505') {
      const replay = await asCaller(pool, caller, true, (c) => storedAnswer(c, req.batchId));
      if (replay) return replay;
    }
    throw error;
  }
}

async function storedAnswer(c: PoolClient, batchId: string): Promise<PushResponse | null> {
  const { rows } = await c.query<{ response: PushResponse }>(
    'SELECT response FROM pushes WHERE batch_id = $1',
    [batchId],
  );
  return rows[0] ? { ...rows[0].response, replayed: true } : null;
}

async function pushIn(c: PoolClient, caller: Caller, req: PushRequest): Promise<PushResponse> {
  const before = await storedAnswer(c, req.batchId);
  if (before) return before;
  const changes = [...req.changes].sort((a, b) => syncOrder(a.table) - syncOrder(b.table));
  const { rows } = await c.query<Row>(
    `SELECT tbl, id, fields, stamps, purged, conflicts FROM records
      WHERE (tbl, id) IN (SELECT * FROM unnest($1::text[], $2::uuid[])) FOR UPDATE`,
    [changes.map((ch) => ch.table), changes.map((ch) => ch.id)],
  );
  const held = new Map(rows.map((r) => [`${r.tbl}/${r.id}`, toState(r)]));
  const results = new Map<string, PushResult>();
  const toWrite = new Map<string, RecordState>();
  let conflicts = 0;
  for (const change of changes) {
    const key = `${change.table}/${change.id}`;
    const refusal = refuse(change, caller);
    if (refusal) {
      results.set(key, { table: change.table, id: change.id, status: 'rejected', reason: refusal });
      continue;
    }
    const current = toWrite.get(key) ?? held.get(key);
    if (change.purged && !current) {
      // Nobody else can hold a record the hub never had: nothing to keep.
      results.set(key, { table: change.table, id: change.id, status: 'applied' });
      continue;
    }
    const applied = applyChange(current, change);
    if (!applied.accepted) {
      results.set(key, { table: change.table, id: change.id, status: 'purged' });
      continue;
    }
    const problem = applied.next.purged ? null : checkRecordFields(change.table, applied.next.fields);
    if (problem) {
      results.set(key, { table: change.table, id: change.id, status: 'rejected', reason: problem });
      continue;
    }
    conflicts += applied.conflicts.length;
    if (applied.changed) toWrite.set(key, applied.next);
    results.set(key, { table: change.table, id: change.id, status: 'applied' });
  }
  const refused = new Map<string, string>();
  if (toWrite.size > 0) await writeStates(c, [...toWrite.values()], refused);
  for (const [key, reason] of refused) {
    const r = results.get(key) as PushResult;
    results.set(key, { ...r, status: 'rejected', reason });
  }
  const list = req.changes.map((ch) => results.get(`${ch.table}/${ch.id}`) as PushResult);
  const response: PushResponse = {
    protocol: PROTOCOL_VERSION,
    batchId: req.batchId,
    results: list,
    conflicts,
    replayed: false,
  };
  await c.query(
    `INSERT INTO pushes (batch_id, device_id, person_id, records, applied, rejected, conflicts, response)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      req.batchId,
      caller.deviceId,
      caller.person.id,
      list.length,
      list.filter((r) => r.status === 'applied').length,
      list.filter((r) => r.status === 'rejected').length,
      conflicts,
      JSON.stringify(response),
    ],
  );
  return response;
}

/** A desk may only send edits stamped by itself; fields it did not change may carry anyone's stamps. */
function refuse(change: Change, caller: Caller): string | null {
  for (const field of Object.keys(change.base)) {
    const stamp = change.stamps[field];
    if (!stamp) return `field ${field} has no stamp`;
    if (deviceOf(stamp) !== caller.deviceId) return `field ${field} carries another device's stamp`;
  }
  if (change.purged && deviceOf(change.purged) !== caller.deviceId)
    return "purge carries another device's stamp";
  return null;
}

const CURSOR = /^(\d+):(\d+)$/;

export async function pull(
  pool: Pool,
  caller: Caller,
  cursor: string,
  limit: number,
  withTotal: boolean,
): Promise<PullResponse> {
  const match = cursor === '' ? ['', '0', '0'] : CURSOR.exec(cursor);
  if (!match) throw new HubError(400, 'That cursor is not one this hub gave out.');
  const [, txid, seq] = match as [string, string, string];
  return asCaller(pool, caller, true, async (c) => {
    // Only rows written by transactions that ended before every transaction still running began: a slow push that
    // commits later than a faster one is never skipped by a cursor that moved past it.
    const { rows: horizon } = await c.query<{ xmin: string }>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
    );
    const { rows } = await c.query<Row & { at_txid: string; at_seq: string }>(
      `SELECT tbl, id, fields, stamps, purged, conflicts, txid::text AS at_txid, seq::text AS at_seq FROM records
        WHERE (txid, seq) > ($1::text::xid8, $2::bigint) AND txid < $3::text::xid8
        ORDER BY records.txid, records.seq LIMIT $4`,
      [txid, seq, horizon[0]?.xmin, limit + 1],
    );
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page.at(-1);
    let total = 0;
    if (withTotal) {
      const counted = await c.query<{ n: string }>(
        'SELECT count(*) AS n FROM records WHERE (txid, seq) > ($1::text::xid8, $2::bigint)',
        [txid, seq],
      );
      total = Number(counted.rows[0]?.n ?? 0);
    }
    return {
      protocol: PROTOCOL_VERSION,
      records: page.map(toState),
      cursor: last ? `${last.at_txid}:${last.at_seq}` : cursor,
      more,
      total,
    };
  });
}
