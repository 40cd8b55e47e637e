// The one Dexie middleware chain, registered here and nowhere else, in a fixed order from the app down to IndexedDB:
//   presentation mode (pseudonyms on reads, refuses writes)
//   -> change capture for sync (outbox rows in the same transaction: table, id, changed field names, HLC stamp)
//   -> write stamp (a new token with every write of the workspace, in the same transaction: what a kept model checks)
//   -> entry facts (the entryFacts row of each coaching entry written, in the same transaction; nothing personal)
//   -> appearances (who each cohort, training session and standup names, in the same transaction; ids only)
//   -> encryption of personal fields (closest to IndexedDB; nothing above it ever sees ciphertext).
// A refused write (presentation mode) therefore never reaches the outbox, and the outbox never holds plaintext or
// ciphertext of personal values, only field names. test/unit/data/middlewareChain.test.ts checks the order as a chain.
import type { DBCore } from 'dexie';
import type Dexie from 'dexie';
import { changeCaptureLayer } from '../sync/changeCapture';
import { encryptionLayer } from './encryptionLayer';
import { entryFactsLayer } from './entryFactsLayer';
import { appearancesLayer } from './appearancesLayer';
import { presentationLayer } from './presentationLayer';
import { writeStampLayer } from './writeStampLayer';

/** One layer of the chain: given the core below it, the core the layers above it (and the app) talk to. */
export interface ChainLayer {
  create(down: DBCore): Partial<DBCore>;
}

/** The slots of the chain, outermost (nearest the app) first. The order is decided here only. */
export const CHAIN_ORDER = [
  'presentationMode',
  'changeCapture',
  'writeStamp',
  'entryFacts',
  'appearances',
  'encryption',
] as const;
export type ChainSlot = (typeof CHAIN_ORDER)[number];

/** What fills each slot; null where that layer does not exist yet. Every slot must be named, so none is forgotten. */
export type ChainLayers = { readonly [S in ChainSlot]: ChainLayer | null };

/** The app's chain. */
export const appChain: ChainLayers = {
  presentationMode: presentationLayer,
  // Sync with an agency hub: writes outbox rows in the same transaction as each change (only while a hub is configured).
  changeCapture: changeCaptureLayer,
  // A token replaced with every write of the workspace, so a screen's model kept for the next start is shown only
  // while nothing it was built from has changed (startSnapshotRepository.ts).
  writeStamp: writeStampLayer,
  // Facts of coaching entries that screens count by index (rated entries per rubric, ride-along parts); above
  // encryption, so it sees entries in the clear, and below change capture, so its writes are never synced.
  entryFacts: entryFactsLayer,
  // Who each cohort, training session and standup names, by caseworker (ids only), so a timeline reads theirs alone;
  // above encryption, so it sees the records in the clear, and below change capture, so its writes are never synced.
  appearances: appearancesLayer,
  // Personal fields encrypted at rest (AES-256-GCM under the workspace's data key).
  encryption: encryptionLayer,
};

// Dexie sorts middlewares by level and stacks them from IndexedDB up: the lowest level is closest to IndexedDB. Dexie's
// own middlewares (observability, cache, hooks, virtual indexes) use levels 0-2, so ours start above them.
const FIRST_LEVEL = 10;
const LEVEL_STEP = 10;

/** The Dexie level of a slot: higher is nearer the app. */
export function chainLevel(slot: ChainSlot): number {
  return FIRST_LEVEL + LEVEL_STEP * (CHAIN_ORDER.length - 1 - CHAIN_ORDER.indexOf(slot));
}

/** Registers the filled slots of `layers` on `db`, in the chain's order. Returns the slots registered, outermost first. */
export function installChain(db: Dexie, layers: ChainLayers = appChain): ChainSlot[] {
  const installed: ChainSlot[] = [];
  for (const slot of CHAIN_ORDER) {
    const layer = layers[slot];
    if (!layer) continue;
    db.use({
      stack: 'dbcore',
      name: slot,
      level: chainLevel(slot),
      create: (down) => ({ ...down, ...layer.create(down) }),
    });
    installed.push(slot);
  }
  return installed;
}
