// An in-memory stand-in for the agency hub, speaking the protocol over `fetch` with the same pure merge the real hub
// uses, so the desk's sync engine can be tested on fake-indexeddb. (The real hub on PostgreSQL has its own tests.)
import {
  applyChange,
  pushRequest,
  type PushResponse,
  type RecordState,
} from '../../../../renderer/domain/sync';

export class MemoryHub {
  rows = new Map<string, { state: RecordState; seq: number }>();
  seq = 0;
  batches = new Map<string, PushResponse>();
  requests: string[] = [];
  offline = false;
  tokens = new Map<string, string>();

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    this.requests.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    if (this.offline) throw new TypeError('Failed to fetch');
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (url.pathname === '/v1/enrol') {
      const body = JSON.parse(String(init?.body)) as { code: string; deviceId: string };
      const token = `token-${body.deviceId}-${'x'.repeat(40)}`;
      this.tokens.set(token, body.deviceId);
      return json(200, {
        protocol: 1,
        token,
        person: {
          id: crypto.randomUUID(),
          name: 'Lee Okonkwo-Hart',
          role: 'lead',
          unitIds: [],
          rolloutId: null,
        },
      });
    }
    const auth = new Headers(init?.headers).get('Authorization')?.slice(7) ?? '';
    if (!this.tokens.has(auth)) return json(401, { error: 'not enrolled' });
    if (url.pathname === '/v1/push') {
      const req = pushRequest.parse(JSON.parse(String(init?.body)));
      const seen = this.batches.get(req.batchId);
      if (seen) return json(200, { ...seen, replayed: true });
      let conflicts = 0;
      const results = req.changes.map((change) => {
        const key = `${change.table}/${change.id}`;
        const applied = applyChange(this.rows.get(key)?.state, change);
        if (applied.changed) this.rows.set(key, { state: applied.next, seq: ++this.seq });
        conflicts += applied.conflicts.length;
        return { table: change.table, id: change.id, status: applied.accepted ? 'applied' : 'purged' };
      });
      const answer = {
        protocol: 1,
        batchId: req.batchId,
        results,
        conflicts,
        replayed: false,
      } as PushResponse;
      this.batches.set(req.batchId, answer);
      return json(200, answer);
    }
    if (url.pathname === '/v1/pull') {
      const cursor = Number(url.searchParams.get('cursor') || 0);
      const limit = Number(url.searchParams.get('limit') || 100);
      const rows = [...this.rows.values()].filter((r) => r.seq > cursor).sort((a, b) => a.seq - b.seq);
      const page = rows.slice(0, limit);
      return json(200, {
        protocol: 1,
        records: page.map((r) => r.state),
        cursor: String(page.at(-1)?.seq ?? cursor),
        more: rows.length > limit,
        total: rows.length,
      });
    }
    return json(404, { error: 'no such route' });
  };
}
