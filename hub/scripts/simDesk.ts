// A desk without a screen: the sync client logic of docs/sync-protocol.md over HTTP, holding records in memory.
// The hub's tests, the end-to-end setup and the benchmark use it to play supervisors, trainers and leads.
import { randomUUID } from 'node:crypto';
import {
  formatStamp,
  mergePulled,
  PROTOCOL_VERSION,
  purgedState,
  receiveHlc,
  tickHlc,
  type Change,
  type EnrolResponse,
  type HlcState,
  type PullResponse,
  type PushResponse,
  type RecordState,
  type Stamp,
  type SyncTable,
} from '../../renderer/domain/sync';

const key = (table: string, id: string) => `${table}/${id}`;

export class SimDesk {
  readonly deviceId = randomUUID();
  token = '';
  person: EnrolResponse['person'] | null = null;
  hlc: HlcState = { ms: 0, counter: 0 };
  states = new Map<string, RecordState>();
  pending = new Map<string, Map<string, Stamp | null>>();
  pendingPurge = new Set<string>();
  cursor = '';
  lastRejected: PushResponse['results'] = [];

  constructor(
    readonly baseUrl: string,
    readonly clock: () => number = () => Date.now(),
  ) {}

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T & { error?: string };
    if (!response.ok)
      throw Object.assign(new Error(json.error ?? `HTTP ${response.status}`), { status: response.status });
    return json;
  }

  async enrol(code: string): Promise<EnrolResponse> {
    const answer = await this.call<EnrolResponse>('POST', '/v1/enrol', {
      protocol: PROTOCOL_VERSION,
      code,
      deviceId: this.deviceId,
      deviceName: 'simulated desk',
    });
    this.token = answer.token;
    this.person = answer.person;
    return answer;
  }

  private stamp(): Stamp {
    this.hlc = tickHlc(this.hlc, this.clock());
    return formatStamp(this.hlc, this.deviceId);
  }

  /** A local write of some fields (a create when the record is new). */
  write(table: SyncTable, id: string, values: Record<string, unknown>): void {
    const k = key(table, id);
    const current = this.states.get(k);
    if (current?.purged) return;
    const s = this.stamp();
    const next: RecordState = current
      ? { ...current, fields: { ...current.fields }, stamps: { ...current.stamps } }
      : { table, id, fields: {}, stamps: {}, purged: null, conflicts: [] };
    const pend = this.pending.get(k) ?? new Map<string, Stamp | null>();
    for (const [field, value] of Object.entries(values)) {
      if (!pend.has(field)) pend.set(field, next.stamps[field] ?? null);
      next.fields[field] = value;
      next.stamps[field] = s;
    }
    this.pending.set(k, pend);
    this.states.set(k, next);
  }

  purge(table: SyncTable, id: string): void {
    const k = key(table, id);
    this.states.set(k, purgedState(table, id, this.stamp()));
    this.pending.delete(k);
    this.pendingPurge.add(k);
  }

  get waiting(): number {
    return new Set([...this.pending.keys(), ...this.pendingPurge]).size;
  }

  /** Builds the next batch of pending changes (the same batch id is reused by the caller on a retry). */
  batch(max = 500): { batchId: string; changes: Change[] } | null {
    const keys = [...new Set([...this.pending.keys(), ...this.pendingPurge])].slice(0, max);
    if (!keys.length) return null;
    const changes = keys.map((k) => {
      const s = this.states.get(k) as RecordState;
      return {
        table: s.table,
        id: s.id,
        fields: s.fields,
        stamps: s.stamps,
        base: Object.fromEntries(this.pending.get(k) ?? []),
        purged: s.purged,
      };
    });
    return { batchId: randomUUID(), changes };
  }

  async sendBatch(batch: { batchId: string; changes: Change[] }): Promise<PushResponse> {
    return this.call<PushResponse>('POST', '/v1/push', { protocol: PROTOCOL_VERSION, ...batch });
  }

  acknowledge(batch: { changes: Change[] }, answer: PushResponse): void {
    answer.results.forEach((result, i) => {
      const change = batch.changes[i] as Change;
      const k = key(change.table, change.id);
      if (result.status === 'rejected') {
        // Refused changes stay on the desk (shown to the person), and go again with the next push.
        this.lastRejected.push(result);
        return;
      }
      if (change.purged) {
        this.pendingPurge.delete(k);
        return;
      }
      const pend = this.pending.get(k);
      if (!pend) return;
      for (const field of Object.keys(change.base)) {
        if (this.states.get(k)?.stamps[field] === change.stamps[field]) pend.delete(field);
        else pend.set(field, change.stamps[field] ?? null);
      }
      if (pend.size === 0) this.pending.delete(k);
    });
  }

  async push(): Promise<PushResponse[]> {
    const answers: PushResponse[] = [];
    this.lastRejected = [];
    for (;;) {
      const batch = this.batch();
      if (!batch) return answers;
      const answer = await this.sendBatch(batch);
      this.acknowledge(batch, answer);
      answers.push(answer);
      if (this.lastRejected.length && this.waiting) {
        // Refused changes stay on the desk; stop rather than resend them forever.
        const refused = new Set(this.lastRejected.map((r) => key(r.table, r.id)));
        if ([...this.pending.keys(), ...this.pendingPurge].every((k) => refused.has(k))) return answers;
      }
    }
  }

  merge(remote: RecordState): void {
    const now = this.clock();
    for (const s of Object.values(remote.stamps)) this.hlc = receiveHlc(this.hlc, s, now);
    const k = key(remote.table, remote.id);
    const pend = this.pending.get(k);
    const { next, lostFields } = mergePulled(this.states.get(k), remote, new Set(pend?.keys() ?? []));
    this.states.set(k, next);
    for (const f of lostFields) pend?.delete(f);
    if (remote.purged && next.purged === remote.purged) this.pendingPurge.delete(k);
    if (next.purged || pend?.size === 0) this.pending.delete(k);
  }

  /** Pulls every page; onPage sees progress. */
  async pull(
    limit?: number,
    onPage?: (done: number, total: number) => void,
  ): Promise<{ pages: number; records: number }> {
    let pages = 0;
    let records = 0;
    let total = 0;
    for (;;) {
      const query = new URLSearchParams({ cursor: this.cursor, total: pages === 0 ? '1' : '0' });
      if (limit) query.set('limit', String(limit));
      const page = await this.call<PullResponse>('GET', `/v1/pull?${query}`);
      if (pages === 0) total = page.total;
      for (const r of page.records) this.merge(r);
      this.cursor = page.cursor;
      pages++;
      records += page.records.length;
      onPage?.(records, total);
      if (!page.more) return { pages, records };
    }
  }

  async sync(): Promise<void> {
    await this.push();
    await this.pull();
  }

  live(table: SyncTable): RecordState[] {
    return [...this.states.values()].filter(
      (s) => s.table === table && !s.purged && s.fields.deletedAt === null,
    );
  }
}
