// Whether a record is live: not a tombstone in Trash. The one test every list, count and lookup uses.
export interface Tombstoned {
  /** The moment the record went to Trash; null (or absent, in rows read from files) while it is live. */
  deletedAt?: string | null;
}

/** True for a record that is not in Trash. Use as a filter: `rows.filter(isLive)`. */
export const isLive = (record: Tombstoned): boolean => !record.deletedAt;

/** The live records of a list. */
export const liveOnly = <T extends Tombstoned>(records: readonly T[]): T[] => records.filter(isLive);
