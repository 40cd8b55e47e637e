// Model-based property test of the sync protocol: three desks and a hub, random interleavings of creates, edits,
// deletes, restores, purges, pushes and pulls over an unreliable network (requests lost, answers lost, retries) and
// desks with skewed clocks. After the network heals and everyone syncs, all desks hold exactly the hub's state, and
// every edit the hub acknowledged is still there (or its record was purged, which is final by design).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  formatStamp,
  mergePulled,
  purgedState,
  receiveHlc,
  tickHlc,
  type Change,
  type HlcState,
  type PushResponse,
  type RecordState,
  type Stamp,
} from '../../../../renderer/domain/sync';

const IDS = ['a', 'b', 'c', 'd'].map((c) => `${c.repeat(8)}-0000-4000-8000-000000000000`);
const FIELDS = ['status', 'expectation', 'remedies'] as const;
const DEVICES = [1, 2, 3].map((n) => `00000000-0000-4000-8000-00000000000${n}`);

interface Hub {
  rows: Map<string, { state: RecordState; seq: number }>;
  seq: number;
  batches: Map<string, PushResponse>;
}

function hubPush(hub: Hub, batchId: string, changes: Change[]): PushResponse {
  const seen = hub.batches.get(batchId);
  if (seen) return { ...seen, replayed: true };
  const results: PushResponse['results'] = [];
  let conflicts = 0;
  for (const change of changes) {
    const row = hub.rows.get(change.id);
    const applied = applyChange(row?.state, change);
    if (applied.changed) hub.rows.set(change.id, { state: applied.next, seq: ++hub.seq });
    conflicts += applied.conflicts.length;
    results.push({ table: change.table, id: change.id, status: applied.accepted ? 'applied' : 'purged' });
  }
  const response: PushResponse = { protocol: 1, batchId, results, conflicts, replayed: false };
  hub.batches.set(batchId, response);
  return response;
}

function hubPull(
  hub: Hub,
  cursor: number,
  limit: number,
): { records: RecordState[]; cursor: number; more: boolean } {
  const rows = [...hub.rows.values()].filter((r) => r.seq > cursor).sort((x, y) => x.seq - y.seq);
  const page = rows.slice(0, limit);
  return { records: page.map((r) => r.state), cursor: page.at(-1)?.seq ?? cursor, more: rows.length > limit };
}

class Desk {
  hlc: HlcState = { ms: 0, counter: 0 };
  records = new Map<string, RecordState>();
  /** id -> field -> the stamp the field had before the first unpushed edit */
  pending = new Map<string, Map<string, Stamp | null>>();
  pendingPurge = new Set<string>();
  inflight: { batchId: string; changes: Change[] } | null = null;
  cursor = 0;
  batchNo = 0;
  constructor(
    readonly device: string,
    readonly skew: number,
  ) {}

  private stamp(now: number): Stamp {
    this.hlc = tickHlc(this.hlc, now + this.skew);
    return formatStamp(this.hlc, this.device);
  }

  write(now: number, id: string, values: Record<string, unknown>): void {
    const current = this.records.get(id);
    if (current?.purged) return;
    const s = this.stamp(now);
    const next: RecordState = current
      ? { ...current, fields: { ...current.fields }, stamps: { ...current.stamps } }
      : { table: 'gaps', id, fields: {}, stamps: {}, purged: null, conflicts: [] };
    const pend = this.pending.get(id) ?? new Map<string, Stamp | null>();
    for (const [field, value] of Object.entries(values)) {
      if (!pend.has(field)) pend.set(field, next.stamps[field] ?? null);
      next.fields[field] = value;
      next.stamps[field] = s;
    }
    this.pending.set(id, pend);
    this.records.set(id, next);
  }

  create(now: number, id: string, v: number): void {
    if (this.records.has(id)) return;
    this.write(now, id, { status: `s${v}`, expectation: `e${v}`, remedies: [v], deletedAt: null });
  }
  edit(now: number, id: string, field: (typeof FIELDS)[number], v: number): void {
    if (!this.records.has(id)) return;
    this.write(now, id, { [field]: field === 'remedies' ? [v] : `${field[0]}${v}` });
  }
  remove(now: number, id: string): void {
    const r = this.records.get(id);
    if (r && !r.purged && r.fields.deletedAt === null) this.write(now, id, { deletedAt: `t${now}` });
  }
  restore(now: number, id: string): void {
    const r = this.records.get(id);
    if (r && !r.purged && r.fields.deletedAt !== null) this.write(now, id, { deletedAt: null });
  }
  purge(now: number, id: string): void {
    const r = this.records.get(id);
    if (!r || r.purged || r.fields.deletedAt === null) return; // only from Trash
    this.records.set(id, purgedState('gaps', id, this.stamp(now)));
    this.pending.delete(id);
    this.pendingPurge.add(id);
  }

  /** The batch to send: the one in flight (a retry, same id) or a new one of everything pending. */
  batch(): { batchId: string; changes: Change[] } | null {
    if (this.inflight) return this.inflight;
    const ids = new Set([...this.pending.keys(), ...this.pendingPurge]);
    if (ids.size === 0) return null;
    const changes: Change[] = [...ids].map((id) => {
      const r = this.records.get(id) as RecordState;
      const base = Object.fromEntries(this.pending.get(id) ?? []);
      return { table: 'gaps', id, fields: r.fields, stamps: r.stamps, base, purged: r.purged };
    });
    this.inflight = { batchId: `${this.device}-${++this.batchNo}`, changes };
    return this.inflight;
  }

  /** The hub's answer arrived: edits it applied are acknowledged and stop being pending. */
  ack(response: PushResponse, acknowledged: Array<{ id: string; field: string; stamp: Stamp }>): void {
    const sent = this.inflight;
    if (!sent || sent.batchId !== response.batchId) return;
    this.inflight = null;
    for (const change of sent.changes) {
      const result = response.results.find((r) => r.id === change.id);
      if (change.purged) {
        this.pendingPurge.delete(change.id);
        continue;
      }
      const pend = this.pending.get(change.id);
      for (const [field, stamp] of Object.entries(change.stamps)) {
        if (!(field in change.base)) continue;
        if (result?.status === 'applied') acknowledged.push({ id: change.id, field, stamp });
        if (pend && this.records.get(change.id)?.stamps[field] === stamp) pend.delete(field);
        else if (pend?.has(field)) pend.set(field, stamp);
      }
      if (pend?.size === 0) this.pending.delete(change.id);
    }
  }

  merge(now: number, remote: RecordState): void {
    for (const s of Object.values(remote.stamps)) this.hlc = receiveHlc(this.hlc, s, now + this.skew);
    if (remote.purged) this.hlc = receiveHlc(this.hlc, remote.purged, now + this.skew);
    const pend = this.pending.get(remote.id);
    const { next, lostFields } = mergePulled(
      this.records.get(remote.id),
      remote,
      new Set(pend?.keys() ?? []),
    );
    this.records.set(remote.id, next);
    for (const f of lostFields) pend?.delete(f);
    // A purge the hub already has needs no push; a purge of our own still waits for its push.
    if (remote.purged && next.purged === remote.purged) this.pendingPurge.delete(remote.id);
    if (next.purged || pend?.size === 0) this.pending.delete(remote.id);
  }
}

type Op =
  | {
      kind: 'create' | 'edit' | 'remove' | 'restore' | 'purge';
      desk: number;
      rec: number;
      field: number;
      v: number;
    }
  | { kind: 'push'; desk: number; fate: 'ok' | 'lost' | 'noAnswer' }
  | { kind: 'pull'; desk: number; fate: 'ok' | 'lost'; limit: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('create', 'edit', 'edit', 'remove', 'restore', 'purge'),
    desk: fc.nat(2),
    rec: fc.nat(3),
    field: fc.nat(2),
    v: fc.nat(9),
  }),
  fc.record({
    kind: fc.constant('push'),
    desk: fc.nat(2),
    fate: fc.constantFrom('ok', 'ok', 'lost', 'noAnswer'),
  }),
  fc.record({
    kind: fc.constant('pull'),
    desk: fc.nat(2),
    fate: fc.constantFrom('ok', 'ok', 'lost'),
    limit: fc.integer({ min: 1, max: 4 }),
  }),
) as fc.Arbitrary<Op>;

function run(ops: Op[], skews: number[]) {
  const hub: Hub = { rows: new Map(), seq: 0, batches: new Map() };
  const desks = DEVICES.map((d, i) => new Desk(d, skews[i] ?? 0));
  const acknowledged: Array<{ id: string; field: string; stamp: Stamp }> = [];
  const everPurged = new Set<string>();
  let now = 1_000_000;
  const push = (desk: Desk, fate: 'ok' | 'lost' | 'noAnswer') => {
    const batch = desk.batch();
    if (!batch || fate === 'lost') return;
    const response = hubPush(hub, batch.batchId, batch.changes);
    for (const [id, row] of hub.rows) if (row.state.purged) everPurged.add(id);
    if (fate === 'ok') desk.ack(response, acknowledged);
  };
  const pull = (desk: Desk, limit: number) => {
    for (;;) {
      const page = hubPull(hub, desk.cursor, limit);
      for (const r of page.records) desk.merge(now, r);
      desk.cursor = page.cursor;
      if (!page.more) return;
    }
  };
  for (const op of ops) {
    now += 7;
    const desk = desks[op.desk] as Desk;
    const id = IDS[op.kind === 'push' || op.kind === 'pull' ? 0 : op.rec] as string;
    switch (op.kind) {
      case 'create':
        desk.create(now, id, op.v);
        break;
      case 'edit':
        desk.edit(now, id, FIELDS[op.field] as (typeof FIELDS)[number], op.v);
        break;
      case 'remove':
        desk.remove(now, id);
        break;
      case 'restore':
        desk.restore(now, id);
        break;
      case 'purge':
        desk.purge(now, id);
        break;
      case 'push':
        push(desk, op.fate);
        break;
      case 'pull':
        if (op.fate === 'ok') pull(desk, op.limit);
        break;
    }
  }
  // The network heals: everyone syncs (push, pull) until nothing moves; twice round is enough, three to be sure.
  for (let round = 0; round < 3; round++) {
    for (const desk of desks) {
      now += 7;
      while (desk.batch()) push(desk, 'ok');
      pull(desk, 3);
    }
  }
  return { hub, desks, acknowledged, everPurged };
}

describe('sync converges (model-based)', () => {
  it('three desks and the hub end in the same state and no acknowledged edit is lost', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { minLength: 1, maxLength: 120, size: 'max' }),
        fc.array(fc.integer({ min: -60_000, max: 60_000 }), { minLength: 3, maxLength: 3 }),
        (ops, skews) => {
          const { hub, desks, acknowledged, everPurged } = run(ops, skews);
          const hubState = new Map([...hub.rows].map(([id, row]) => [id, row.state]));
          for (const desk of desks) {
            expect(desk.pending.size).toBe(0);
            expect(desk.pendingPurge.size).toBe(0);
            expect(desk.inflight).toBeNull();
            expect(new Map(desk.records)).toEqual(hubState);
          }
          for (const { id, field, stamp } of acknowledged) {
            const state = hubState.get(id) as RecordState;
            if (state.purged) continue;
            expect((state.stamps[field] as string) >= stamp).toBe(true);
          }
          // Purged once, purged for good: no desk brought it back.
          for (const id of everPurged) expect(hubState.get(id)?.purged).not.toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('a desk offline for a month catches up cleanly and keeps its own edits', () => {
    const month = 30 * 24 * 3600 * 1000;
    const hub: Hub = { rows: new Map(), seq: 0, batches: new Map() };
    const [online, away] = [new Desk(DEVICES[0] as string, 0), new Desk(DEVICES[1] as string, 0)];
    const acknowledged: Array<{ id: string; field: string; stamp: Stamp }> = [];
    const id = IDS[0] as string;
    online.create(1000, id, 1);
    online.ack(hubPush(hub, online.batch()!.batchId, online.batch()!.changes), acknowledged);
    for (const r of hubPull(hub, 0, 10).records) away.merge(2000, r);
    // A month apart: 200 edits on one desk, one edit of another field on the other.
    for (let i = 0; i < 200; i++) online.edit(3000 + i * 10_000, id, 'status', i);
    online.ack(hubPush(hub, online.batch()!.batchId, online.batch()!.changes), acknowledged);
    away.edit(month, id, 'expectation', 42);
    away.ack(hubPush(hub, away.batch()!.batchId, away.batch()!.changes), acknowledged);
    for (const r of hubPull(hub, 0, 10).records) away.merge(month, r);
    expect(away.records.get(id)?.fields).toMatchObject({ status: 's199', expectation: 'e42' });
  });
});
