// Whether a record is live: not a tombstone in Trash. The one test every list, count and lookup uses.
export interface Tombstoned {
  deletedAt: string | null;
}

/** True for a record that is not in Trash. Use as a filter: `rows.filter(isLive)`. */
export const isLive = (record: Tombstoned): boolean => record.deletedAt === null;

/** The record itself when it is live; undefined when it is missing or in Trash. */
export const liveOrUndefined = <T extends Tombstoned>(record: T | undefined): T | undefined =>
  record && isLive(record) ? record : undefined;
