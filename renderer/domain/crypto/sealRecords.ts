// Which fields of a record are encrypted, and the stored form of an encrypted record. Everything that identifies or
// describes a person is sealed with AES-256-GCM before it reaches IndexedDB; ids, foreign keys, dates, kinds, statuses,
// ratings, counts and flags stay in the clear so that indexes, filters and charts keep working.
//
// The rule is "sealed unless known to be harmless": per table, a list of fields that stay clear (plus every indexed
// field); any other field whose value is text, a list or an object is sealed, so a field added later is encrypted
// until someone decides otherwise. Numbers, booleans, null and empty text or lists are never personal and stay clear.
//
// Stored form: the clear fields as they are, plus `_sealed` (1 version byte, 12-byte nonce, ciphertext, 16-byte tag of
// the JSON of the sealed fields) and `_sealedFields` (their names). The record's table and id are bound in as
// associated data, so a sealed blob copied onto another record does not open.
// Version 2 (written since session 6) keeps the same bytes as a binary string (one character per byte, 0-255) and the
// names as one comma-separated string: reading 200,000 records then clones 200,000 flat strings instead of 200,000
// ArrayBuffers and name arrays, which halved the cost of a first read (IndexedDB deserialisation and garbage
// collection). Version 1 (a Uint8Array and an array of names) is still read; a record is stored as version 2 when it
// is next saved.
import { DecryptionError, GcmKey, open, seal } from './aead';
import { fromLatin1, fromUtf8, toLatin1, utf8 } from './bytes';
import type { OpenedCache } from './openedCache';
import { nextTask } from '../nextTask';

export const SEALED = '_sealed';
export const SEALED_FIELDS = '_sealedFields';
const FORMAT_V1 = 1;
const FORMAT_V2 = 2;

/** Fields that stay in the clear besides `id`, the record stamps and every indexed field. */
export const clearFields: Readonly<Record<string, readonly string[]>> = {
  rollouts: ['startDate', 'targetDate'],
  units: ['deactivatedOn'],
  caseworkers: ['unitId', 'role', 'status', 'startDate', 'caseload'],
  coaches: ['caseworkerId'],
  surveyInstruments: ['seriesId', 'version'],
  surveyRounds: ['rolloutId', 'instrumentId', 'kind', 'openedOn'],
  // Answers are ratings and choices from fixed lists: readiness at agency scale is computed from them.
  surveyResponses: ['roundId', 'instrumentId', 'caseworkerId', 'answeredOn', 'via', 'answers'],
  cohorts: ['rolloutId', 'role', 'headCoachId', 'assistantCoachId', 'status', 'manuallyEdited'],
  trainingSessions: ['rolloutId', 'cohortId', 'date', 'wave', 'attendeeIds'],
  rubrics: ['seriesId', 'version', 'purpose'],
  coachingEntries: [
    'kind',
    'caseworkerId',
    'coachId',
    'date',
    'rubricId',
    // A label picked from the settings' list of focus skills (kept in the clear with the settings); the coaching log
    // lists and filters by it without opening every entry.
    'focusSkill',
    'ratings',
    'followUpDate',
    'followUpNotifiedAt',
    'toolUsed',
    'renegade',
  ],
  standups: ['cohortId', 'date'],
  gaps: ['caseworkerId', 'classification', 'status', 'openedOn'],
  monthlyMeasures: ['caseworkerId', 'month'],
  drafts: ['key'],
  // When and how often a standup or visit happens, and which records it links; the place and notes are sealed.
  // Not a table of the registry but bookkeeping of sync (schema v2): the desk's id and clock stay clear; its hub link
  // (the enrolment token, a bearer credential, and the enrolled person's name) is sealed like personal data.
  syncState: ['deviceId', 'hlc'],
  // A screen's model kept for the next start: the tokens and the key in the clear, the model (names) sealed.
  startSnapshots: ['token', 'key'],
  schedules: [
    'coachId',
    'time',
    'durationMinutes',
    'repeatDays',
    'until',
    'skipped',
    'entryId',
    'remindedOn',
  ],
};

const ALWAYS_CLEAR = ['id', 'createdAt', 'updatedAt', 'deletedAt'];

/** The set of clear fields of `table`, given the names of its indexed fields. */
export function clearFieldSet(table: string, indexed: readonly string[] = []): ReadonlySet<string> {
  return new Set([...ALWAYS_CLEAR, ...(clearFields[table] ?? []), ...indexed]);
}

const harmless = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

const contextOf = (table: string, id: unknown): string => `cohort-coach/record/v1/${table}/${String(id)}`;

/** Records are sealed under the data key, as raw bytes or (faster for many records) as a GcmKey made from them. */
export type RecordKey = Uint8Array | GcmKey;

const sealWith = (key: RecordKey, plaintext: Uint8Array, context: string): Uint8Array =>
  key instanceof GcmKey ? key.seal(plaintext, context) : seal(key, plaintext, context);
const openWith = (key: RecordKey, sealed: Uint8Array, context: string): Uint8Array =>
  key instanceof GcmKey ? key.open(sealed, context) : open(key, sealed, context);

/** The sealed part of a stored record: version 2's binary string, or version 1's bytes. */
type Blob = string | Uint8Array;

const isBlob = (value: unknown): value is Blob => typeof value === 'string' || value instanceof Uint8Array;

export const isSealed = (stored: unknown): boolean =>
  typeof stored === 'object' && stored !== null && isBlob((stored as Record<string, unknown>)[SEALED]);

/** Whether `record` has any field `sealRecord` would seal (so sealing it needs the key). */
export const hasFieldsToSeal = (record: Record<string, unknown>, clear: ReadonlySet<string>): boolean =>
  !isSealed(record) && Object.entries(record).some(([name, value]) => !clear.has(name) && !harmless(value));

/** The stored form of `record`: its personal fields sealed under `key`. A record already sealed is returned as it is. */
export function sealRecord(
  table: string,
  record: Record<string, unknown>,
  key: RecordKey,
  clear: ReadonlySet<string>,
  cache?: OpenedCache,
): Record<string, unknown> {
  if (isSealed(record)) return record;
  const out: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  const names: string[] = [];
  for (const [name, value] of Object.entries(record)) {
    if (clear.has(name) || harmless(value)) out[name] = value;
    else {
      secret[name] = value;
      names.push(name);
    }
  }
  if (names.length === 0) return out;
  const json = JSON.stringify(secret);
  const sealed = sealWith(key, utf8(json), contextOf(table, record.id));
  const blob = String.fromCharCode(FORMAT_V2) + toLatin1(sealed);
  cache?.set(table, record.id, blob, json);
  out[SEALED] = blob;
  out[SEALED_FIELDS] = names.join(',');
  return out;
}

// A record whose sealed fields are not opened yet, and what opening them needs. It is kept on the record itself under a
// symbol, not enumerable (so spreads, JSON, structured clones and Dexie's clones never see it), found through the
// prototype chain too; the accessors (below) are shared by every record, so records keep one shape (fast to walk) and
// cost no closures each.
interface Unopened {
  record: object;
  table: string;
  id: unknown;
  blob: Blob;
  names: readonly string[];
  key: RecordKey;
  cache: OpenedCache | undefined;
}
const UNOPENED = Symbol('unopened sealed fields');
const stateOf = (record: object): Unopened | undefined => (record as { [UNOPENED]?: Unopened })[UNOPENED];

/** The bytes to decrypt: version 2's binary string or version 1's bytes, after the version byte. */
function sealedBytes(blob: Blob): Uint8Array {
  if (typeof blob === 'string' ? blob.charCodeAt(0) !== FORMAT_V2 : blob[0] !== FORMAT_V1)
    throw new Error('This record was stored by a newer version of Cohort Coach.');
  if (typeof blob !== 'string') return blob.subarray(1);
  try {
    return fromLatin1(blob, 1);
  } catch {
    // A character no byte makes: the stored text was changed.
    throw new DecryptionError();
  }
}

/** Opens the sealed fields of the record an accessor was reached through (once), replacing them with plain values. */
function reveal(state: Unopened): void {
  const { record, table, id, blob, key, cache } = state;
  if (stateOf(record) !== state) return;
  let json = cache?.get(table, id, blob);
  if (json === undefined) {
    json = fromUtf8(openWith(key, sealedBytes(blob), contextOf(table, id)));
    cache?.set(table, id, blob, json);
  }
  install(state, json);
}

/** Records sent to the platform cipher at once by `openInBulk`. */
const BULK_BATCH = 250;
/** Work done in one task of `openInBulk` before it lets the window paint. */
const BULK_TASK_MS = 30;

/**
 * Opens the sealed fields of many records ahead of use, with the platform's AES-GCM (`GcmKey.openMany`): what
 * `readInSteps` would otherwise decrypt one record at a time on the main thread (5,000 names: about half a second).
 * Only an optimisation: a record that is not opened here (already open, sealed under raw key bytes, not
 * authenticating, or no WebCrypto) opens on first use as before, with the same errors. Records are the ones
 * `openRecord` gave; anything else is passed over.
 */
export async function openInBulk(records: readonly unknown[]): Promise<void> {
  const states: Unopened[] = [];
  for (const record of records) {
    const state = typeof record === 'object' && record !== null ? stateOf(record) : undefined;
    if (state && state.key instanceof GcmKey) states.push(state);
  }
  // A turn of the event loop after each batch the cipher decrypted lets the window paint and take input: awaiting the cipher alone
  // did not, the results of batch after batch were handled in one task (the roster's 5,000 names: a task of 160-230 ms
  // at agency scale, 100-110 ms with the turn). Batches opened from the cache alone go on in the same task up to
  // BULK_TASK_MS.
  let taskStart = performance.now();
  let decrypted = false;
  for (let from = 0; from < states.length; from += BULK_BATCH) {
    if (decrypted || performance.now() - taskStart > BULK_TASK_MS) {
      await new Promise<void>((resume) => nextTask(resume));
      taskStart = performance.now();
      decrypted = false;
    }
    const batch: Unopened[] = [];
    for (const state of states.slice(from, from + BULK_BATCH)) {
      // Opened meanwhile (a screen read it), or opened before under this key: no decryption needed.
      if (stateOf(state.record) !== state) continue;
      const json = state.cache?.get(state.table, state.id, state.blob);
      if (json !== undefined) install(state, json);
      else batch.push(state);
    }
    // Almost always one key (the data key); records of another key are opened with theirs.
    const byKey = new Map<GcmKey, Unopened[]>();
    for (const state of batch) {
      const key = state.key as GcmKey;
      const ofKey = byKey.get(key);
      if (ofKey) ofKey.push(state);
      else byKey.set(key, [state]);
    }
    for (const [key, ofKey] of byKey) {
      decrypted = true;
      const plain = await key.openMany(ofKey.map(bulkItem));
      taskStart = performance.now();
      ofKey.forEach((state, i) => {
        const bytes = plain[i];
        if (!bytes || stateOf(state.record) !== state) return;
        const json = fromUtf8(bytes);
        state.cache?.set(state.table, state.id, state.blob, json);
        install(state, json);
      });
    }
  }
}

/** What `GcmKey.openMany` opens for a record; a blob that cannot be read gives bytes that never authenticate. */
function bulkItem(state: Unopened): { sealed: Uint8Array; context: string } {
  try {
    return { sealed: sealedBytes(state.blob), context: contextOf(state.table, state.id) };
  } catch {
    return { sealed: new Uint8Array(0), context: '' };
  }
}

/** Puts the opened fields (their JSON) on the record in place of its accessors. */
function install(state: Unopened, json: string): void {
  const { record, names } = state;
  const opened = JSON.parse(json) as Record<string, unknown>;
  (record as { [UNOPENED]?: Unopened })[UNOPENED] = undefined;
  for (const name of names)
    Object.defineProperty(record, name, {
      value: opened[name],
      writable: true,
      enumerable: true,
      configurable: true,
    });
}

// Version 2 stores the names as one string; the same few strings recur in every record of a table.
const namesByText = new Map<string, readonly string[]>();
function namesOf(stored: unknown): readonly string[] {
  if (Array.isArray(stored)) return stored as string[];
  if (typeof stored !== 'string' || stored === '') return [];
  let names = namesByText.get(stored);
  if (names === undefined) {
    names = stored.split(',');
    if (namesByText.size < 1_000) namesByText.set(stored, names);
  }
  return names;
}

// One accessor pair per field NAME, shared by every record and every list of sealed fields: V8 gives objects that add
// the same accessor pairs in the same order one shape, while a different getter for the same name on the same shape
// sends the record to slow dictionary mode (coaching entries seal different fields: notes only, prep and debrief...).
const accessorsByName = new Map<string, PropertyDescriptor>();
function accessorOf(name: string): PropertyDescriptor {
  let found = accessorsByName.get(name);
  if (found === undefined) {
    found = {
      get(this: Record<string, unknown>): unknown {
        const state = stateOf(this);
        if (state === undefined) return undefined;
        reveal(state);
        return (state.record as Record<string, unknown>)[name];
      },
      set(this: Record<string, unknown>, value: unknown) {
        const state = stateOf(this);
        if (state !== undefined) reveal(state);
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    };
    if (accessorsByName.size < 10_000) accessorsByName.set(name, found);
  }
  return found;
}

/** Whether `record[field]` is sealed and not opened yet (reading it would decrypt the record's sealed fields). */
export function isStillSealed(record: object, field: string): boolean {
  return stateOf(record)?.names.includes(field) === true;
}

/**
 * Whether `record[field]` holds a value (is truthy), without decrypting anything when the field is still sealed:
 * `sealRecord` seals only values that are not empty (non-empty text, lists and objects), so a field that is sealed and
 * not yet opened always holds one. Any other record, or a field already opened or set, is read as it is. The dashboard
 * uses it to count ride-along preps and debriefs among 200,000 entries without opening them.
 */
export function hasValue(record: object, field: string): boolean {
  if (isStillSealed(record, field)) return true;
  return Boolean((record as Record<string, unknown>)[field]);
}

/**
 * The record as the app knows it. Its sealed fields open on first use: a chart that reads only dates and ratings never
 * pays for decrypting notes. Reading any sealed field (or spreading, validating or serialising the record) decrypts
 * them all at once; a wrong key or a changed byte throws DecryptionError there. With `cache`, a blob opened before
 * (byte for byte) is not decrypted again on first use, only parsed; each record still gets its own fresh objects.
 */
export function openRecord(table: string, stored: unknown, key: RecordKey, cache?: OpenedCache): unknown {
  if (!isSealed(stored)) return stored;
  const record = stored as Record<string, unknown>;
  const blob = record[SEALED] as Blob;
  const names = namesOf(record[SEALED_FIELDS]);
  const out: Record<string, unknown> = {};
  for (const name in record) if (name !== SEALED && name !== SEALED_FIELDS) out[name] = record[name];
  if (names.length === 0) return out;
  const state: Unopened = { record: out, table, id: record.id, blob, names, key, cache };
  Object.defineProperty(out, UNOPENED, {
    value: state,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  for (const name of names) Object.defineProperty(out, name, accessorOf(name));
  return out;
}
