// The IndexedDB stores the raw baseline writes into: the app's current schema (the latest Dexie version's stores),
// and the variants the restore options are measured with (no secondary index; entries and measures grouped).
import { schemaV1 } from '../../../renderer/data/schema/v1';

type Stores = Record<string, string>;

/** The stores and indexes of the newest schema version, as Dexie declares them. */
export function benchStores(): Stores {
  return { ...schemaV1 };
}

export function indexFreeStores(): Stores {
  return Object.fromEntries(
    Object.entries(benchStores()).map(([name, spec]) => [name, spec.split(',')[0] ?? 'id']),
  );
}

export function groupedStores(): Stores {
  const grouped = 'id, caseworkerId, month, [caseworkerId+month]';
  return { ...benchStores(), coachingEntries: grouped, monthlyMeasures: grouped };
}
