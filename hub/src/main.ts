// Starts the hub: reads the environment, applies pending migrations, listens (TLS unless behind a TLS proxy).
//   DATABASE_URL=postgres://... TLS_CERT=cert.pem TLS_KEY=key.pem PORT=8443 npx tsx hub/src/main.ts
import pg from 'pg';
import { ConfigError, loadConfig } from './config';
import { migrate } from './migrate';
import { buildHub } from './server';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Cohort Coach hub: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: Number(process.env.PG_POOL_SIZE ?? 10),
  });
  const applied = await migrate(pool);
  if (applied.length) console.warn(`Applied migrations ${applied.join(', ')}.`);
  const app = buildHub({ pool, config, logger: process.env.LOG_REQUESTS === '1' });
  const address = await app.listen({ host: config.host, port: config.port });
  console.warn(
    `Cohort Coach hub listening on ${address}${config.tls ? '' : ' (plain HTTP behind a TLS proxy)'}.`,
  );
  const stop = async () => {
    await app.close();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
