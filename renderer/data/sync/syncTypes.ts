// The rows of the sync stores (schema v2) as types, shared by change capture, the sync engine and the status hooks.
import type { HlcState, HubPerson, Stamp, SyncTable } from '../../domain/sync';

export interface OutboxRow {
  seq?: number;
  /** `${table}/${id}` */
  key: string;
  table: SyncTable;
  id: string;
  /** Field names the write changed (all of them for a new record); empty for a purge. */
  fields: string[];
  stamp: Stamp;
  /** Field -> the stamp it had before this write (null when the desk had none). */
  base: Record<string, Stamp | null>;
  purge: boolean;
  /** Set when the hub refused this change (outside the person's scope, invalid): kept and shown, not resent. */
  refused?: string;
}

export interface StampsRow {
  key: string;
  stamps: Record<string, Stamp>;
  purged: Stamp | null;
}

export interface ConflictRow {
  /** `${table}/${id}/${field}/${winner}/${loser}` */
  key: string;
  table: SyncTable;
  id: string;
  field: string;
  winner: Stamp;
  loser: Stamp;
  /** When this desk learnt of it (ms), for ordering the report. */
  at: number;
}

export interface HubLink {
  url: string;
  token: string;
  person: HubPerson;
  cursor: string;
  lastSyncAt: string | null;
  lastError: string | null;
  /** Rows the first pull will bring (for the progress bar). */
  enrolledAt: string;
}

export interface SyncStateRow {
  id: 'sync';
  deviceId: string;
  hlc: HlcState;
  hub: HubLink | null;
}

export const keyOf = (table: string, id: string): string => `${table}/${id}`;
