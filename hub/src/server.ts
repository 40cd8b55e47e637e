// The hub's HTTP service: health, enrol, push and pull, nothing else. Stateless: every request reads what it needs
// from PostgreSQL, so two or more instances can run behind a load balancer.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { z } from 'zod';
import { enrolRequest, MAX_PULL_LIMIT, PROTOCOL_VERSION, pushRequest } from '../../renderer/domain/sync';
import type { HubConfig } from './config';
import { authenticate, enrol, HubError, pull, push, type Caller } from './sync';

export interface HubOptions {
  pool: Pool;
  config: Pick<HubConfig, 'tls' | 'pullLimit'>;
  logger?: boolean;
}

const pullQuery = z.object({
  cursor: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
  total: z.enum(['0', '1']).default('0'),
  protocol: z.coerce.number().int().default(PROTOCOL_VERSION),
});

function badRequest(reply: FastifyReply, error: z.ZodError) {
  const issue = error.issues[0];
  return reply
    .code(400)
    .send({ error: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` });
}

/** Desks of another protocol version get 426 and the versions this hub speaks. */
function wrongProtocol(reply: FastifyReply, body: unknown): boolean {
  const version = (body as { protocol?: unknown } | null)?.protocol;
  if (version === PROTOCOL_VERSION) return false;
  void reply
    .code(426)
    .send({ error: `This hub speaks sync protocol ${PROTOCOL_VERSION}.`, protocols: [PROTOCOL_VERSION] });
  return true;
}

export function buildHub({ pool, config, logger = false }: HubOptions): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit: 32 * 1024 * 1024,
    ...(config.tls ? { https: { cert: config.tls.cert, key: config.tls.key } } : {}),
  } as Parameters<typeof Fastify>[0]) as unknown as FastifyInstance;

  // Desks call from the app's own origin (app:// or a local address); tokens travel in a header, never in cookies,
  // so any origin may call and a page without the token gets nothing.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    reply.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    reply.header('Access-Control-Max-Age', '600');
    reply.header('Cache-Control', 'no-store');
    if (request.method === 'OPTIONS') return reply.code(204).send();
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HubError) return reply.code(error.status).send({ error: error.message });
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500) return reply.code(status).send({ error: (error as Error).message });
    app.log.error(error);
    return reply.code(500).send({ error: 'The hub could not do that; it has logged why.' });
  });

  async function caller(request: FastifyRequest): Promise<Caller> {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const found = token ? await authenticate(pool, token) : null;
    if (!found)
      throw new HubError(401, 'This desk is not enrolled (or was revoked). Enrol it again with a new code.');
    return found;
  }

  app.options('/*', async (_req, reply) => reply.code(204).send());

  app.get('/health', async (_request, reply) => {
    try {
      await pool.query('SELECT 1');
      return { ok: true, protocols: [PROTOCOL_VERSION], database: 'up' };
    } catch {
      return reply.code(503).send({ ok: false, protocols: [PROTOCOL_VERSION], database: 'down' });
    }
  });

  app.post('/v1/enrol', async (request, reply) => {
    if (wrongProtocol(reply, request.body)) return reply;
    const parsed = enrolRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    return enrol(pool, parsed.data);
  });

  app.post('/v1/push', async (request, reply) => {
    const who = await caller(request);
    if (wrongProtocol(reply, request.body)) return reply;
    const parsed = pushRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    return push(pool, who, parsed.data);
  });

  app.get('/v1/pull', async (request, reply) => {
    const who = await caller(request);
    const parsed = pullQuery.safeParse(request.query);
    if (!parsed.success) return badRequest(reply, parsed.error);
    if (wrongProtocol(reply, { protocol: parsed.data.protocol })) return reply;
    const limit = Math.min(parsed.data.limit ?? config.pullLimit, MAX_PULL_LIMIT);
    return pull(pool, who, parsed.data.cursor, limit, parsed.data.total === '1');
  });

  return app;
}
