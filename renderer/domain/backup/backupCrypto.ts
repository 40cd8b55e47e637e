// Encrypted backup files. The backup's JSON is encrypted and authenticated (AES-256-GCM) with a random content key;
// the content key is wrapped either by a key derived from a backup passphrase (Argon2id, parameters in the header) or by
// the workspace's data key, in which case the header also carries the workspace's passphrase and recovery slots, so the
// file opens elsewhere with the workspace passphrase or the recovery key. The whole header is authenticated with the
// content, so nothing in the file can be changed without restore refusing it. Runs outside any database transaction,
// so WebCrypto does the bulk encryption.
import { z } from 'zod';
import { open, seal } from '../crypto/aead';
import { asBuffer, fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from '../crypto/bytes';
import { deriveKey, kdfParams } from '../crypto/kdf';
import {
  parseRecoveryKey,
  passphraseSlotSchema,
  recoverySlotSchema,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  WrongSecretError,
} from '../crypto/keyHierarchy';

export const ENCRYPTED_BACKUP_FORMAT = 'cohort-coach-encrypted-backup';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const keySource = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('passphrase'),
    kdf: z.object({
      algorithm: z.literal('argon2id'),
      memoryKiB: z.number().int().positive(),
      iterations: z.number().int().positive(),
      parallelism: z.number().int().positive(),
    }),
    salt: b64,
  }),
  z.object({
    source: z.literal('workspace'),
    keyId: z.string(),
    passphrase: passphraseSlotSchema.nullable(),
    recovery: recoverySlotSchema.nullable(),
  }),
]);
const headerSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  cipher: z.literal('AES-256-GCM'),
  key: keySource,
  wrappedContentKey: b64,
});
const fileSchema = headerSchema.extend({ ciphertext: b64 });
export type EncryptedBackupHeader = z.infer<typeof headerSchema>;

/** What opens a backup made with the workspace key: this workspace's data key, or its portable slots elsewhere. */
export interface WorkspaceKey {
  keyId: string;
  dataKey: Uint8Array;
  passphrase: z.infer<typeof passphraseSlotSchema> | null;
  recovery: z.infer<typeof recoverySlotSchema> | null;
}

const CONTENT_KEY_CONTEXT = 'cohort-coach/backup/v1/content-key';
/** The header as associated data: JSON with keys sorted at every level, so it reads the same whoever parsed it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const canonicalHeader = (header: EncryptedBackupHeader): Uint8Array => utf8(canonical(header));

async function aesGcm(
  mode: 'encrypt' | 'decrypt',
  key: Uint8Array,
  data: Uint8Array<ArrayBuffer>,
  aad: Uint8Array,
  iv: Uint8Array,
) {
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', asBuffer(key), 'AES-GCM', false, [mode]);
  const params = { name: 'AES-GCM', iv: asBuffer(iv), additionalData: asBuffer(aad) };
  const out =
    mode === 'encrypt'
      ? await globalThis.crypto.subtle.encrypt(params, cryptoKey, data)
      : await globalThis.crypto.subtle.decrypt(params, cryptoKey, data);
  return new Uint8Array(out);
}

/** True when `text` looks like an encrypted backup (checked before parsing it as a plain one). */
export const isEncryptedBackup = (text: string): boolean => text.includes(`"${ENCRYPTED_BACKUP_FORMAT}"`);

/** The file's text before its ciphertext: the header's JSON, ciphertext last (as JSON.stringify of both writes it). */
const CIPHERTEXT_KEY = ',"ciphertext":"';
/** Bytes encoded to base64 a piece at a time: a multiple of 3, so the pieces join into the base64 of the whole. */
const BASE64_PIECE = 3 * 2 ** 18;
/** Base64 characters decoded a piece at a time: a multiple of 4 (whole groups). */
const DECODE_PIECE = 4 * 2 ** 18;

/**
 * The encrypted backup file as pieces of text that join into its JSON (header first, ciphertext last), so that an
 * agency's workspace never has to sit in memory as one string: the plain JSON comes as UTF-8 bytes, and the ciphertext
 * is encoded a piece at a time. Wipes nothing of `plain` (the caller owns it).
 */
export async function encryptBackupParts(
  plain: Uint8Array<ArrayBuffer>,
  exportedAt: string,
  protection: { passphrase: string } | { workspace: WorkspaceKey },
): Promise<string[]> {
  const contentKey = randomBytes(32);
  try {
    let key: EncryptedBackupHeader['key'];
    let kek: Uint8Array;
    if ('passphrase' in protection) {
      const salt = randomBytes(16);
      const params = kdfParams();
      kek = await deriveKey(protection.passphrase, salt, params);
      key = { source: 'passphrase', kdf: params, salt: toBase64(salt) };
    } else {
      const { keyId, dataKey, passphrase, recovery } = protection.workspace;
      kek = dataKey.slice();
      key = { source: 'workspace', keyId, passphrase, recovery };
    }
    const header: EncryptedBackupHeader = {
      format: ENCRYPTED_BACKUP_FORMAT,
      version: 1,
      exportedAt,
      cipher: 'AES-256-GCM',
      key,
      wrappedContentKey: toBase64(seal(kek, contentKey, CONTENT_KEY_CONTEXT)),
    };
    kek.fill(0);
    // The ciphertext field is the 12-byte IV followed by the sealed content; 12 bytes are 16 base64 characters with
    // no padding, so the two encode apart.
    const iv = randomBytes(12);
    const sealed = await aesGcm('encrypt', contentKey, plain, canonicalHeader(header), iv);
    const parts = [`${JSON.stringify(header).slice(0, -1)}${CIPHERTEXT_KEY}${toBase64(iv)}`];
    for (let at = 0; at < sealed.length; at += BASE64_PIECE)
      parts.push(toBase64(sealed.subarray(at, at + BASE64_PIECE)));
    parts.push('"}');
    return parts;
  } finally {
    contentKey.fill(0);
  }
}

/** The encrypted backup file as one string (small workspaces and tests; the app writes the pieces to a file). */
export async function encryptBackup(
  plainJson: string,
  exportedAt: string,
  protection: { passphrase: string } | { workspace: WorkspaceKey },
): Promise<string> {
  return (await encryptBackupParts(asBuffer(utf8(plainJson)), exportedAt, protection)).join('');
}

type NotOpened =
  | { ok: false; needs: 'backup-passphrase' | 'workspace-passphrase'; error: string | null }
  | { ok: false; needs: null; error: string };
export type OpenBackupResult = { ok: true; text: string; header: EncryptedBackupHeader } | NotOpened;
/** An opened backup's plain JSON as UTF-8 bytes (the caller wipes them once read). */
export type OpenedBackupBytes =
  { ok: true; plain: Uint8Array<ArrayBuffer>; header: EncryptedBackupHeader } | NotOpened;
type Secrets = { workspace: WorkspaceKey | null; passphrase?: string };

const TAMPERED =
  'This backup was changed or damaged after it was made (it does not authenticate), so nothing was restored.';

const NOT_JSON = 'This file is not a Cohort Coach backup: it is not valid JSON.';
const DAMAGED_HEADER = 'This encrypted backup is damaged: its header cannot be read.';

/** The header and ciphertext of a whole file's text. */
function parseWhole(text: string): { header: EncryptedBackupHeader; ciphertext: string } | NotOpened {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, needs: null, error: NOT_JSON };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, needs: null, error: DAMAGED_HEADER };
  const { ciphertext, ...header } = parsed.data;
  return { header, ciphertext };
}

/**
 * Checks and decrypts an encrypted backup held as one string: the header, the key (a backup passphrase, this
 * workspace's key, or the workspace passphrase or recovery key of the workspace that made it), then the whole
 * content, which must authenticate. Says what it still needs when a secret is missing or wrong.
 */
export async function decryptBackup(text: string, secrets: Secrets): Promise<OpenBackupResult> {
  const opened = await openWhole(text, secrets);
  return opened.ok ? { ok: true, text: fromUtf8(opened.plain), header: opened.header } : opened;
}

/** A whole file's text opened to its content's bytes. */
async function openWhole(text: string, secrets: Secrets): Promise<OpenedBackupBytes> {
  const parsed = parseWhole(text);
  if ('ok' in parsed) return parsed;
  return openContent(parsed.header, () => Promise.resolve(fromBase64(parsed.ciphertext)), secrets);
}

/** How much of a file's start holds its header (the slots and parameters are well under a kilobyte each). */
const HEAD_BYTES = 64 * 1024;

/**
 * Checks and decrypts an encrypted backup file as decryptBackup does, without ever holding the file or its content as
 * one string: the header is read from the file's start, the ciphertext decoded a piece at a time into bytes, and the
 * content comes back as UTF-8 bytes. A file not laid out as this app writes it (ciphertext last) is read whole.
 */
export async function decryptBackupFile(
  file: Blob,
  secrets: Secrets,
  { onProgress, signal }: DecryptOptions = {},
): Promise<OpenedBackupBytes> {
  const head = await file.slice(0, HEAD_BYTES).text();
  const rawTail = await file.slice(Math.max(0, file.size - 64)).text();
  const tail = rawTail.trimEnd();
  const at = head.indexOf(CIPHERTEXT_KEY);
  if (at < 0 || !tail.endsWith('"}')) return openWhole(await file.text(), secrets);
  let header: EncryptedBackupHeader;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(`${head.slice(0, at)}}`));
    if (!parsed.success) return { ok: false, needs: null, error: DAMAGED_HEADER };
    header = parsed.data;
  } catch {
    return { ok: false, needs: null, error: DAMAGED_HEADER };
  }
  const start = utf8(head.slice(0, at + CIPHERTEXT_KEY.length)).length;
  // The ciphertext ends before the closing '"}' and any whitespace after it.
  const end = file.size - utf8(rawTail.slice(tail.length)).length - 2;
  return openContent(header, () => decodeBase64Range(file, start, end, { onProgress, signal }), secrets);
}

/** How far decrypting a file is, and a signal that stops it (the promise then rejects with the signal's reason). */
export interface DecryptOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * The bytes of the base64 text between `start` and `end` of `file`, decoded a piece at a time; null if not base64.
 * `onProgress` hears how far into the file the decoding is, after each piece; `signal` stops it between pieces.
 */
async function decodeBase64Range(
  file: Blob,
  start: number,
  end: number,
  { onProgress, signal }: DecryptOptions,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const length = end - start;
  if (length < 16 || length % 4 !== 0) return null;
  const last = await file.slice(end - 2, end).text();
  const body = new Uint8Array((length / 4) * 3 - (last === '==' ? 2 : last.endsWith('=') ? 1 : 0));
  let filled = 0;
  try {
    for (let at = start; at < end; at += DECODE_PIECE) {
      signal?.throwIfAborted();
      const binary = atob(await file.slice(at, Math.min(end, at + DECODE_PIECE)).text());
      if (filled + binary.length > body.length) return null;
      for (let i = 0; i < binary.length; i += 1) body[filled + i] = binary.charCodeAt(i);
      filled += binary.length;
      // The last piece reports the whole file (what follows the ciphertext is its two closing characters).
      onProgress?.(at + DECODE_PIECE >= end ? file.size : at + DECODE_PIECE, file.size);
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
  return filled === body.length ? body : null;
}

/**
 * Opens the content key with the secrets given, then the content, which must authenticate with the header. `body`
 * (the IV and sealed content) is asked for only once the key opened; null means it is not base64.
 */
async function openContent(
  header: EncryptedBackupHeader,
  body: () => Promise<Uint8Array<ArrayBuffer> | null>,
  secrets: Secrets,
): Promise<OpenedBackupBytes> {
  const wrapped = fromBase64(header.wrappedContentKey);
  let contentKey: Uint8Array | null = null;
  try {
    if (header.key.source === 'passphrase') {
      if (!secrets.passphrase) return { ok: false, needs: 'backup-passphrase', error: null };
      let kek: Uint8Array;
      try {
        kek = await deriveKey(secrets.passphrase, fromBase64(header.key.salt), header.key.kdf);
      } catch (e) {
        return {
          ok: false,
          needs: null,
          error: `This backup cannot be opened: ${e instanceof Error ? e.message : String(e)}`,
        };
      }
      try {
        contentKey = open(kek, wrapped, CONTENT_KEY_CONTEXT);
      } catch {
        return { ok: false, needs: 'backup-passphrase', error: 'That backup passphrase is not right.' };
      } finally {
        kek.fill(0);
      }
    } else {
      const own = secrets.workspace;
      if (own && own.keyId === header.key.keyId) {
        try {
          contentKey = open(own.dataKey, wrapped, CONTENT_KEY_CONTEXT);
        } catch {
          return { ok: false, needs: null, error: TAMPERED };
        }
      } else {
        if (!header.key.passphrase && !header.key.recovery)
          return {
            ok: false,
            needs: null,
            error:
              'This backup was made by a workspace without a passphrase on another computer (or browser profile), so only that computer can open it.',
          };
        if (!secrets.passphrase) return { ok: false, needs: 'workspace-passphrase', error: null };
        let dataKey: Uint8Array | null = null;
        const recovery = parseRecoveryKey(secrets.passphrase);
        try {
          if (recovery && header.key.recovery)
            dataKey = await unwrapWithRecoveryKey(header.key.recovery, recovery);
          else if (header.key.passphrase)
            dataKey = await unwrapWithPassphrase(header.key.passphrase, secrets.passphrase);
        } catch (e) {
          if (e instanceof WrongSecretError)
            return {
              ok: false,
              needs: 'workspace-passphrase',
              error:
                'That is neither the passphrase nor the recovery key of the workspace that made this backup.',
            };
          return {
            ok: false,
            needs: null,
            error: `This backup cannot be opened: ${e instanceof Error ? e.message : String(e)}`,
          };
        }
        if (!dataKey)
          return { ok: false, needs: 'workspace-passphrase', error: 'That passphrase is not right.' };
        try {
          contentKey = open(dataKey, wrapped, CONTENT_KEY_CONTEXT);
        } catch {
          return { ok: false, needs: null, error: TAMPERED };
        } finally {
          dataKey.fill(0);
        }
      }
    }
    const sealed = await body();
    if (!sealed || sealed.length < 12) return { ok: false, needs: null, error: TAMPERED };
    try {
      const plain = await aesGcm(
        'decrypt',
        contentKey,
        sealed.subarray(12),
        canonicalHeader(header),
        sealed.subarray(0, 12),
      );
      return { ok: true, plain, header };
    } catch {
      return { ok: false, needs: null, error: TAMPERED };
    }
  } finally {
    contentKey?.fill(0);
  }
}
