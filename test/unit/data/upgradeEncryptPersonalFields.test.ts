// Schema version 2, step encryptPersonalFields: a workspace stored in the clear by version 1 is encrypted by the
// upgrade, every record reads back the same, the employee ID is no longer an index and the entry facts are built.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../renderer/data/demo/generateDemo';
import { schemaV1 } from '../../../renderer/data/schema/v1';
import { tableNames } from '../../../renderer/domain/model';
import { personalStrings, rawDatabaseText } from './rawDatabase';
import { openCurrent, seedAtVersion } from './upgradeHarness';

describe('upgrade to version 2: encryptPersonalFields', () => {
  it(
    'encrypts every personal field of a version 1 workspace and keeps every record',
    { timeout: 60_000 },
    async () => {
      const name = `upgrade-v2-${crypto.randomUUID()}`;
      const demo = generateDemo(7, '2026-03-18');
      // Only the tables version 1 had (version 2 also adds toolUsage).
      await seedAtVersion(name, 1, {
        ...Object.fromEntries(tableNames.filter((t) => t in schemaV1).map((t) => [t, demo[t]])),
        settings: [demo.settings],
      });
      const secrets = personalStrings(demo);
      const rawBefore = await rawDatabaseText(name);
      // Before: in the clear, as version 1 stored it.
      expect(secrets.filter((s) => !rawBefore.includes(s))).toEqual([]);

      const db = await openCurrent(name);
      const raw = await rawDatabaseText(name);
      expect(secrets.filter((s) => raw.includes(s))).toEqual([]);
      const byId = (rows: Array<{ id: string }>): unknown =>
        JSON.parse(JSON.stringify([...rows].sort((a, b) => (a.id < b.id ? -1 : 1))));
      for (const table of tableNames.filter((t) => t in schemaV1))
        expect(byId(await db.table(table).toArray()), table).toEqual(byId(demo[table]));
      expect(db.caseworkers.schema.indexes.map((i) => i.name)).not.toContain('employeeId');
      // The entry facts (new in version 2) are built for version 1's entries by the same rewrite.
      const rated = demo.coachingEntries.filter((e) => e.rubricId && Object.keys(e.ratings).length > 0);
      const rides = demo.coachingEntries.filter((e) => e.kind === 'ride-along' && e.deletedAt === null);
      expect(rated.length).toBeGreaterThan(0);
      const counters = (await db.table('factCounts').toArray()) as Array<{ id: string; n: number }>;
      const sum = (prefix: string) =>
        counters.filter((c) => c.id.startsWith(prefix)).reduce((n, c) => n + c.n, 0);
      expect(sum('rated:')).toBe(rated.length);
      expect(sum('ride:')).toBe(rides.length);
      db.close();
      await Dexie.delete(name);
    },
  );
});
