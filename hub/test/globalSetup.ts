// Starts one private PostgreSQL cluster for the hub's tests and stops it afterwards.
import type { TestProject } from 'vitest/node';
import { startCluster } from '../scripts/pgCluster';

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide('pgAdminUrl', cluster.adminUrl);
  project.provide('pgPort', cluster.port);
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgPort: number;
  }
}
