// The desk's side of sync (docs/sync-protocol.md): enrol with a hub, push the outbox, pull since the cursor and merge
// field by field into the local records. Network requests happen only here and only to the hub the user configured.
// While presentation mode is on, sync waits: reads would give pseudonyms and writes are refused. While the workspace
// is locked, sync waits too: no data key is in memory, so nothing could be read to push or sealed when pulled. Records
// are read and written through the middleware chain, so the hub gets the values the app sees (opened by the
// encryption layer) and pulled values are sealed before they reach IndexedDB.

import {
  enrolResponse,
  formatStamp,
  MAX_PUSH_CHANGES,
  mergePulled,
  PROTOCOL_VERSION,
  pullResponse,
  pushResponse,
  receiveHlc,
  syncOrder,
  syncTables,
  tickHlc,
  type Change,
  type PushResponse,
  type RecordState,
  type Stamp,
  type SyncTable,
} from '../../domain/sync';
import { nowIso, nowMs } from '../../clock';
import { getDb } from '../db';
import { hasDataKey, WorkspaceLockedError } from '../keySession';
import { isPresentationActive } from '../presentationMode';
import { markRemote } from './changeCapture';
import { keyOf, type ConflictRow, type OutboxRow, type StampsRow, type SyncStateRow } from './syncTypes';

export type SyncProgress = { phase: 'push' | 'pull'; done: number; total: number };

export class HubRequestError extends Error {
  constructor(
    message: string,
    readonly offline: boolean,
  ) {
    super(message);
    this.name = 'HubRequestError';
  }
}

const PULL_PAGE = 2000;

export function normaliseHubUrl(input: string): string {
  const url = new URL(input.trim());
  if (url.username !== '' || url.password !== '') {
    throw new Error('The hub address must not hold a user name or password: use the enrolment code.');
  }
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
  ) {
    throw new Error(
      'The hub address must start with https:// (plain http only for a trial hub on this computer).',
    );
  }
  return url.origin;
}

async function call<T>(url: string, init: RequestInit, parse: (v: unknown) => T): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, cache: 'no-store', credentials: 'omit' });
  } catch {
    throw new HubRequestError('The hub cannot be reached (offline?).', true);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: reported below
  }
  if (!response.ok) {
    const message = (body as { error?: string } | null)?.error ?? `The hub answered ${response.status}.`;
    throw new HubRequestError(message, false);
  }
  return parse(body);
}

/** The desk's sync state. Its hub link is sealed at rest (the token is a credential): reading it needs the key. */
export async function readSyncState(): Promise<SyncStateRow | undefined> {
  return (await getDb().table('syncState').get('sync')) as SyncStateRow | undefined;
}

/** Whether this desk is enrolled with a hub; answers while locked too (a sealed hub link means one is). */
export async function hasHubLink(): Promise<boolean> {
  try {
    return Boolean((await readSyncState())?.hub);
  } catch (error) {
    if (error instanceof WorkspaceLockedError) return true;
    throw error;
  }
}

async function writeHub(patch: Partial<NonNullable<SyncStateRow['hub']>>): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.table('syncState'), async () => {
    const state = (await db.table('syncState').get('sync')) as SyncStateRow;
    if (state.hub) await db.table('syncState').put({ ...state, hub: { ...state.hub, ...patch } });
  });
}

/** Enrols this desk with a hub using a one-time code, then queues every record it holds for the first push. */
export async function enrolDesk(
  hubAddress: string,
  code: string,
  deviceName = 'Cohort Coach desk',
): Promise<void> {
  const url = normaliseHubUrl(hubAddress);
  const state = await readSyncState();
  if (!state) throw new Error('This workspace has no sync state; reopen the app.');
  const answer = await call(
    `${url}/v1/enrol`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ protocol: PROTOCOL_VERSION, code, deviceId: state.deviceId, deviceName }),
    },
    (v) => enrolResponse.parse(v),
  );
  const db = getDb();
  await db.transaction('rw', db.table('syncState'), async () => {
    const current = (await db.table('syncState').get('sync')) as SyncStateRow;
    await db.table('syncState').put({
      ...current,
      hub: {
        url,
        token: answer.token,
        person: answer.person,
        cursor: '',
        lastSyncAt: null,
        lastError: null,
        enrolledAt: nowIso(),
      },
    });
  });
  await queueEverything();
}

/** Every record this desk holds goes into the outbox once (what it had before it was enrolled). */
async function queueEverything(): Promise<void> {
  const db = getDb();
  for (const table of syncTables) {
    const ids = (await db.table(table).toCollection().primaryKeys()) as string[];
    for (let i = 0; i < ids.length; i += 2000) {
      const chunk = ids.slice(i, i + 2000);
      await db.transaction(
        'rw',
        [db.table(table), db.table('syncOutbox'), db.table('syncStamps'), db.table('syncState')],
        async (tx) => {
          markRemote(tx.idbtrans);
          const state = (await db.table('syncState').get('sync')) as SyncStateRow;
          let hlc = tickHlc(state.hlc, nowMs());
          const records = (await db.table(table).bulkGet(chunk)) as Array<
            Record<string, unknown> | undefined
          >;
          const outbox: OutboxRow[] = [];
          const stamps: StampsRow[] = [];
          records.forEach((r, j) => {
            if (!r) return;
            const stamp = formatStamp(hlc, state.deviceId);
            hlc = tickHlc(hlc, nowMs());
            const fields = Object.keys(r).filter((f) => f !== 'id');
            const key = keyOf(table, chunk[j] as string);
            outbox.push({
              key,
              table,
              id: chunk[j] as string,
              fields,
              stamp,
              base: Object.fromEntries(fields.map((f) => [f, null])),
              purge: false,
            });
            stamps.push({ key, stamps: Object.fromEntries(fields.map((f) => [f, stamp])), purged: null });
          });
          await db.table('syncOutbox').bulkAdd(outbox);
          await db.table('syncStamps').bulkPut(stamps);
          await db.table('syncState').put({ ...state, hlc });
        },
      );
    }
  }
}

/** Forgets the hub (the records stay on this desk). */
export async function disconnectHub(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.table('syncState'), db.table('syncOutbox')], async () => {
    const state = (await db.table('syncState').get('sync')) as SyncStateRow;
    await db.table('syncState').put({ ...state, hub: null });
    await db.table('syncOutbox').clear();
  });
}

export async function waitingChanges(): Promise<number> {
  const rows = (await getDb().table('syncOutbox').toArray()) as OutboxRow[];
  return new Set(rows.filter((r) => !r.refused).map((r) => r.key)).size;
}

/** Push everything waiting, then pull everything new. Throws HubRequestError when the hub cannot be reached. */
export async function syncNow(
  onProgress?: (p: SyncProgress) => void,
): Promise<{ pushed: number; pulled: number }> {
  if (!(await hasHubLink())) return { pushed: 0, pulled: 0 };
  if (isPresentationActive()) throw new HubRequestError('Sync waits while presentation mode is on.', false);
  if (!hasDataKey()) throw new HubRequestError('Sync waits while the workspace is locked.', false);
  const state = (await readSyncState())!;
  try {
    const pushed = await pushAll(state, onProgress);
    const pulled = await pullAll(onProgress);
    await writeHub({ lastSyncAt: nowIso(), lastError: null });
    return { pushed, pulled };
  } catch (error) {
    if (error instanceof HubRequestError && !error.offline) await writeHub({ lastError: error.message });
    throw error;
  }
}

async function pushAll(state: SyncStateRow, onProgress?: (p: SyncProgress) => void): Promise<number> {
  const db = getDb();
  const hub = state.hub!;
  const all = ((await db.table('syncOutbox').toArray()) as OutboxRow[]).filter((r) => !r.refused);
  const byKey = new Map<string, OutboxRow[]>();
  for (const row of all) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const keys = [...byKey.keys()].sort(
    (a, b) => syncOrder(byKey.get(a)![0]!.table) - syncOrder(byKey.get(b)![0]!.table),
  );
  let done = 0;
  for (let i = 0; i < keys.length; i += MAX_PUSH_CHANGES) {
    const batchKeys = keys.slice(i, i + MAX_PUSH_CHANGES);
    const changes: Change[] = [];
    const included: OutboxRow[][] = [];
    const stampRows = (await db.table('syncStamps').bulkGet(batchKeys)) as Array<StampsRow | undefined>;
    for (const [j, key] of batchKeys.entries()) {
      const rows = byKey.get(key)!;
      const { table, id } = rows[0]!;
      const stamps = stampRows[j];
      if (!stamps) continue;
      if (stamps.purged) {
        changes.push({ table, id, fields: {}, stamps: {}, base: {}, purged: stamps.purged });
      } else {
        const record = (await db.table(table).get(id)) as Record<string, unknown> | undefined;
        if (!record) continue;
        const { id: _id, ...fields } = record;
        const base: Record<string, Stamp | null> = {};
        for (const row of rows) for (const f of row.fields) if (!(f in base)) base[f] = row.base[f] ?? null;
        changes.push({ table, id, fields, stamps: stamps.stamps, base, purged: null });
      }
      included.push(rows);
    }
    if (!changes.length) continue;
    const batchId = crypto.randomUUID();
    const body = JSON.stringify({ protocol: PROTOCOL_VERSION, batchId, changes });
    const send = () =>
      call(
        `${hub.url}/v1/push`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${hub.token}` },
          body,
        },
        (v) => pushResponse.parse(v),
      );
    let answer: PushResponse;
    try {
      answer = await send();
    } catch (error) {
      // One retry with the same batch id: if the first went through, the hub answers it again without applying twice.
      if (!(error instanceof HubRequestError) || !error.offline) throw error;
      answer = await send();
    }
    await db.transaction('rw', db.table('syncOutbox'), async () => {
      for (const [j, result] of answer.results.entries()) {
        const rows = included[j] ?? [];
        const seqs = rows.map((r) => r.seq as number);
        if (result.status === 'rejected') {
          await db
            .table('syncOutbox')
            .bulkPut(rows.map((r) => ({ ...r, refused: result.reason ?? 'refused' })));
        } else {
          await db.table('syncOutbox').bulkDelete(seqs);
        }
      }
    });
    done += changes.length;
    onProgress?.({ phase: 'push', done, total: keys.length });
  }
  return done;
}

function localState(
  table: SyncTable,
  record: Record<string, unknown> | undefined,
  stamps: StampsRow | undefined,
): RecordState | undefined {
  if (stamps?.purged) return { table, id: '', fields: {}, stamps: {}, purged: stamps.purged, conflicts: [] };
  if (!record || !stamps) return undefined;
  const { id, ...fields } = record;
  return { table, id: id as string, fields, stamps: stamps.stamps, purged: null, conflicts: [] };
}

async function pullAll(onProgress?: (p: SyncProgress) => void): Promise<number> {
  let pulled = 0;
  let total = 0;
  let first = true;
  for (;;) {
    const state = (await readSyncState())!;
    const hub = state.hub!;
    const query = new URLSearchParams({
      cursor: hub.cursor,
      limit: String(PULL_PAGE),
      total: first ? '1' : '0',
    });
    const page = await call(
      `${hub.url}/v1/pull?${query}`,
      { headers: { Authorization: `Bearer ${hub.token}` } },
      (v) => pullResponse.parse(v),
    );
    if (first) total = page.total;
    first = false;
    await applyPage(page.records, page.cursor);
    pulled += page.records.length;
    onProgress?.({ phase: 'pull', done: pulled, total: Math.max(total, pulled) });
    if (!page.more) return pulled;
  }
}

/** Merges one page of the hub's states into this desk, in one transaction that change capture leaves alone. */
async function applyPage(records: RecordState[], cursor: string): Promise<void> {
  const db = getDb();
  const stores = [
    ...syncTables.map((t) => db.table(t)),
    db.table('syncStamps'),
    db.table('syncState'),
    db.table('syncOutbox'),
    db.table('syncConflicts'),
  ];
  await db.transaction('rw', stores, async (tx) => {
    markRemote(tx.idbtrans);
    const state = (await db.table('syncState').get('sync')) as SyncStateRow;
    let hlc = state.hlc;
    const now = nowMs();
    const keys = records.map((r) => keyOf(r.table, r.id));
    const stampRows = (await db.table('syncStamps').bulkGet(keys)) as Array<StampsRow | undefined>;
    const pendingRows = (await db.table('syncOutbox').where('key').anyOf(keys).toArray()) as OutboxRow[];
    const pendingByKey = new Map<string, OutboxRow[]>();
    for (const row of pendingRows) pendingByKey.set(row.key, [...(pendingByKey.get(row.key) ?? []), row]);
    const byTable = new Map<SyncTable, number[]>();
    records.forEach((r, i) => byTable.set(r.table, [...(byTable.get(r.table) ?? []), i]));
    const nextStamps: StampsRow[] = [];
    const conflicts: ConflictRow[] = [];
    for (const [table, indexes] of byTable) {
      const locals = (await db.table(table).bulkGet(indexes.map((i) => records[i]!.id))) as Array<
        Record<string, unknown> | undefined
      >;
      const puts: Record<string, unknown>[] = [];
      const deletes: string[] = [];
      for (const [n, i] of indexes.entries()) {
        const remote = records[i]!;
        for (const s of Object.values(remote.stamps)) hlc = receiveHlc(hlc, s, now);
        if (remote.purged) hlc = receiveHlc(hlc, remote.purged, now);
        const key = keys[i]!;
        const pending = pendingByKey.get(key) ?? [];
        const pendingFields = new Set(pending.flatMap((p) => p.fields));
        const local = localState(table, locals[n], stampRows[i]);
        const { next, lostFields } = mergePulled(
          local ? { ...local, id: remote.id } : undefined,
          remote,
          pendingFields,
        );
        if (next.purged) {
          deletes.push(remote.id);
          nextStamps.push({ key, stamps: {}, purged: next.purged });
          if (remote.purged === next.purged)
            await db.table('syncOutbox').bulkDelete(pending.map((p) => p.seq as number));
        } else {
          puts.push({ id: remote.id, ...next.fields });
          nextStamps.push({ key, stamps: next.stamps, purged: null });
          for (const row of pending) {
            const fields = row.fields.filter((f) => !lostFields.includes(f));
            if (fields.length !== row.fields.length) await db.table('syncOutbox').put({ ...row, fields });
          }
        }
        for (const c of next.conflicts) {
          conflicts.push({
            key: `${key}/${c.field}/${c.winner}/${c.loser}`,
            table,
            id: remote.id,
            field: c.field,
            winner: c.winner,
            loser: c.loser,
            at: now,
          });
        }
      }
      if (puts.length) await db.table(table).bulkPut(puts);
      if (deletes.length) await db.table(table).bulkDelete(deletes);
    }
    await db.table('syncStamps').bulkPut(nextStamps);
    if (conflicts.length) {
      const known = new Set(
        (await db.table('syncConflicts').bulkGet(conflicts.map((c) => c.key))).map(
          (c) => (c as ConflictRow | undefined)?.key,
        ),
      );
      await db.table('syncConflicts').bulkPut(conflicts.filter((c) => !known.has(c.key)));
    }
    const fresh = (await db.table('syncState').get('sync')) as SyncStateRow;
    await db.table('syncState').put({ ...fresh, hlc, hub: fresh.hub ? { ...fresh.hub, cursor } : null });
  });
}

export async function listConflicts(): Promise<ConflictRow[]> {
  return (await getDb().table('syncConflicts').orderBy('at').reverse().toArray()) as ConflictRow[];
}
