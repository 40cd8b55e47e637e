// Gives a test file its own hub database in the private cluster: migrated, with a pool as the owner (what the hub
// service connects as).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../src/migrate';

export async function freshHubDb(): Promise<{ pool: pg.Pool; url: string; adminUrl: string; name: string }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `hub_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE ROLE ${name}_owner LOGIN CREATEROLE`);
  await admin.query(`CREATE DATABASE ${name} OWNER ${name}_owner`);
  // The person roles are cluster-wide: made once, and each test database's owner joins them.
  for (const role of ['cc_supervisor', 'cc_trainer', 'cc_lead']) {
    await admin.query(
      `DO $$ BEGIN CREATE ROLE ${role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`,
    );
    await admin.query(`GRANT ${role} TO ${name}_owner`);
  }
  await admin.end();
  const url = adminUrl.replace('postgres@', `${name}_owner@`).replace(/\/postgres$/, `/${name}`);
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  await migrate(pool);
  return { pool, url, adminUrl: adminUrl.replace(/\/postgres$/, `/${name}`), name };
}
