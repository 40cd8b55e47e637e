// The hub's configuration, from the environment only (twelve-factor): where PostgreSQL is, where to listen, and TLS.
// The hub refuses to serve plain HTTP unless it is told that a TLS proxy in front of it terminates TLS.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface HubConfig {
  databaseUrl: string;
  host: string;
  port: number;
  tls: { cert: Buffer; key: Buffer } | null;
  /** Largest pull page a desk may ask for, and the default. */
  pullLimit: number;
  /** How long an enrolment code works, in hours. */
  codeHours: number;
}

const env = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (postgres://user:password@host:5432/database)'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8443),
  TLS_CERT: z.string().optional(),
  TLS_KEY: z.string().optional(),
  BEHIND_TLS_PROXY: z.enum(['0', '1', 'true', 'false', '']).default(''),
  PULL_LIMIT: z.coerce.number().int().min(100).max(5000).default(2000),
  ENROLMENT_CODE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(source: Record<string, string | undefined> = process.env): HubConfig {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const e = parsed.data;
  const behindProxy = e.BEHIND_TLS_PROXY === '1' || e.BEHIND_TLS_PROXY === 'true';
  let tls: HubConfig['tls'] = null;
  if (e.TLS_CERT || e.TLS_KEY) {
    if (!e.TLS_CERT || !e.TLS_KEY)
      throw new ConfigError('Set both TLS_CERT and TLS_KEY (paths to PEM files).');
    tls = { cert: readFileSync(e.TLS_CERT), key: readFileSync(e.TLS_KEY) };
  } else if (!behindProxy) {
    throw new ConfigError(
      'Refusing to start without TLS: set TLS_CERT and TLS_KEY, or BEHIND_TLS_PROXY=1 when a TLS proxy or load balancer in front of the hub terminates TLS.',
    );
  }
  return {
    databaseUrl: e.DATABASE_URL,
    host: e.HOST,
    port: e.PORT,
    tls,
    pullLimit: e.PULL_LIMIT,
    codeHours: e.ENROLMENT_CODE_HOURS,
  };
}
