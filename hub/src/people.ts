// People, their scope and their enrolment codes: what the admin command manages. Runs as the database owner.
import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { HubPerson, HubRole } from '../../renderer/domain/sync';
import { hashSecret, newEnrolmentCode, normaliseCode } from './secrets';

export interface NewPerson {
  name: string;
  role: HubRole;
  /** A supervisor's own units. */
  unitIds?: string[];
  /** A trainer's rollout. */
  rolloutId?: string | null;
}

export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
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

/** Creates a person with their scope and returns them with a one-time enrolment code (shown once, stored hashed). */
export async function addPerson(
  pool: Pool,
  input: NewPerson,
  codeHours = 72,
): Promise<{ person: HubPerson; code: string }> {
  if (input.role === 'trainer' && !input.rolloutId) throw new Error('A trainer needs a rollout (--rollout).');
  if (input.role === 'supervisor' && !(input.unitIds?.length ?? 0)) {
    throw new Error('A supervisor needs at least one unit (--units).');
  }
  const id = randomUUID();
  await inTransaction(pool, async (c) => {
    await c.query('INSERT INTO people (id, name, role, rollout_id) VALUES ($1, $2, $3, $4)', [
      id,
      input.name,
      input.role,
      input.role === 'trainer' ? input.rolloutId : null,
    ]);
    if (input.role === 'supervisor') {
      await c.query('INSERT INTO person_units (person_id, unit_id) SELECT $1, unnest($2::uuid[])', [
        id,
        input.unitIds,
      ]);
    }
  });
  const code = await newCode(pool, id, codeHours);
  return { person: (await personById(pool, id)) as HubPerson, code };
}

/** A fresh one-time enrolment code for a person (a new desk, or a lost one). */
export async function newCode(pool: Pool, personId: string, hours = 72): Promise<string> {
  const code = newEnrolmentCode();
  await pool.query(
    `INSERT INTO enrolment_codes (code_hash, person_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
    [hashSecret(normaliseCode(code)), personId, hours],
  );
  return code;
}

/** Says which units a rollout covers (its trainers work with these); replaces the list. */
export async function setRolloutUnits(pool: Pool, rolloutId: string, unitIds: string[]): Promise<void> {
  await inTransaction(pool, async (c) => {
    await c.query('DELETE FROM rollout_units WHERE rollout_id = $1', [rolloutId]);
    await c.query('INSERT INTO rollout_units (rollout_id, unit_id) SELECT $1, unnest($2::uuid[])', [
      rolloutId,
      unitIds,
    ]);
  });
}

export async function personById(pool: Pool | PoolClient, id: string): Promise<HubPerson | null> {
  const { rows } = await pool.query<{
    id: string;
    name: string;
    role: HubRole;
    rollout_id: string | null;
    units: string[];
  }>(
    `SELECT p.id, p.name, p.role, p.rollout_id,
            CASE p.role
              WHEN 'supervisor' THEN ARRAY(SELECT unit_id::text FROM person_units WHERE person_id = p.id ORDER BY 1)
              WHEN 'trainer' THEN ARRAY(SELECT unit_id::text FROM rollout_units WHERE rollout_id = p.rollout_id ORDER BY 1)
              ELSE ARRAY[]::text[] END AS units
       FROM people p WHERE p.id = $1`,
    [id],
  );
  const r = rows[0];
  return r ? { id: r.id, name: r.name, role: r.role, unitIds: r.units, rolloutId: r.rollout_id } : null;
}

export async function listPeople(pool: Pool): Promise<Array<HubPerson & { devices: number }>> {
  const { rows } = await pool.query<{ id: string; devices: number }>(
    `SELECT p.id, (SELECT count(*)::int FROM devices d WHERE d.person_id = p.id AND d.revoked_at IS NULL) AS devices
       FROM people p ORDER BY p.role, p.name`,
  );
  const out = [];
  for (const r of rows) out.push({ ...((await personById(pool, r.id)) as HubPerson), devices: r.devices });
  return out;
}

/** Stops a device from syncing (a lost laptop); its person can enrol a new one with a new code. */
export async function revokeDevice(pool: Pool, deviceId: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    'UPDATE devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
    [deviceId],
  );
  return (rowCount ?? 0) > 0;
}
