// Schema version 2 (this release, not yet shipped): the stores and indexes added since version 1. Dexie keeps every
// store of version 1 and adds these; each data change that needs one gets a named upgrade step here, with a test
// built on test/unit/data/upgradeHarness.ts. Once shipped, this file is never edited again (a change is v3.ts).
export const schemaV2 = {
  /** Tool-usage import (issue 11): one record per caseworker, rollout and day of use; read per person and per day. */
  toolUsage: 'id, rolloutId, caseworkerId, date, [caseworkerId+date], deletedAt',
} as const;
