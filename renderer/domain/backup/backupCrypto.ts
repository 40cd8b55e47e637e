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
  data: Uint8Array,
  aad: Uint8Array,
  iv: Uint8Array,
) {
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', asBuffer(key), 'AES-GCM', false, [mode]);
  const params = { name: 'AES-GCM', iv: asBuffer(iv), additionalData: asBuffer(aad) };
  const out =
    mode === 'encrypt'
      ? await globalThis.crypto.subtle.encrypt(params, cryptoKey, asBuffer(data))
      : await globalThis.crypto.subtle.decrypt(params, cryptoKey, asBuffer(data));
  return new Uint8Array(out);
}

/** True when `text` looks like an encrypted backup (checked before parsing it as a plain one). */
export const isEncryptedBackup = (text: string): boolean => text.includes(`"${ENCRYPTED_BACKUP_FORMAT}"`);

export async function encryptBackup(
  plainJson: string,
  exportedAt: string,
  protection: { passphrase: string } | { workspace: WorkspaceKey },
): Promise<string> {
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
    const iv = randomBytes(12);
    const sealed = await aesGcm('encrypt', contentKey, utf8(plainJson), canonicalHeader(header), iv);
    const body = new Uint8Array(12 + sealed.length);
    body.set(iv);
    body.set(sealed, 12);
    return JSON.stringify({ ...header, ciphertext: toBase64(body) });
  } finally {
    contentKey.fill(0);
  }
}

export type OpenBackupResult =
  | { ok: true; text: string; header: EncryptedBackupHeader }
  | { ok: false; needs: 'backup-passphrase' | 'workspace-passphrase'; error: string | null }
  | { ok: false; needs: null; error: string };

const TAMPERED =
  'This backup was changed or damaged after it was made (it does not authenticate), so nothing was restored.';

/**
 * Checks and decrypts an encrypted backup: the header, the key (a backup passphrase, this workspace's key, or the
 * workspace passphrase or recovery key of the workspace that made it), then the whole content, which must
 * authenticate. Says what it still needs when a secret is missing or wrong.
 */
export async function decryptBackup(
  text: string,
  secrets: { workspace: WorkspaceKey | null; passphrase?: string },
): Promise<OpenBackupResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, needs: null, error: 'This file is not a Cohort Coach backup: it is not valid JSON.' };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, needs: null, error: 'This encrypted backup is damaged: its header cannot be read.' };
  const { ciphertext, ...header } = parsed.data;
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
    const body = fromBase64(ciphertext);
    try {
      const plain = await aesGcm(
        'decrypt',
        contentKey,
        body.subarray(12),
        canonicalHeader(header),
        body.subarray(0, 12),
      );
      return { ok: true, text: fromUtf8(plain), header };
    } catch {
      return { ok: false, needs: null, error: TAMPERED };
    }
  } finally {
    contentKey?.fill(0);
  }
}
