// Encrypted backups: authenticated as a whole, opened by the backup passphrase, by this workspace's key, or elsewhere by
// the workspace passphrase or recovery key; a wrong secret or a changed byte is refused with a clear message. A file is
// opened a piece at a time (an agency's backup is hundreds of megabytes), with the same answers.
import { describe, expect, it } from 'vitest';
import {
  decryptBackup,
  decryptBackupFile,
  encryptBackup,
  isEncryptedBackup,
  type WorkspaceKey,
} from '../../../../renderer/domain/backup/backupCrypto';
import {
  formatRecoveryKey,
  newDataKey,
  newKeyId,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
} from '../../../../renderer/domain/crypto/keyHierarchy';

const PLAIN = JSON.stringify({
  format: 'cohort-coach-backup',
  tables: { caseworkers: [{ name: 'Grace Kim' }] },
});
const AT = '2026-03-18T09:30:00.000Z';

async function workspace(): Promise<WorkspaceKey & { recoveryText: string }> {
  const dataKey = newDataKey();
  const recovery = Uint8Array.from({ length: 20 }, (_, i) => i + 7);
  return {
    keyId: newKeyId(),
    dataKey,
    passphrase: await wrapWithPassphrase(dataKey, 'maple river lantern'),
    recovery: await wrapWithRecoveryKey(dataKey, recovery),
    recoveryText: formatRecoveryKey(recovery),
  };
}

describe('encrypted backups', () => {
  it('hold no readable personal data and open with the backup passphrase only', async () => {
    const file = await encryptBackup(PLAIN, AT, { passphrase: 'a separate backup phrase' });
    expect(isEncryptedBackup(file)).toBe(true);
    expect(file).not.toContain('Grace');
    expect(await decryptBackup(file, { workspace: null })).toEqual({
      ok: false,
      needs: 'backup-passphrase',
      error: null,
    });
    expect(await decryptBackup(file, { workspace: null, passphrase: 'wrong phrase here' })).toEqual({
      ok: false,
      needs: 'backup-passphrase',
      error: 'That backup passphrase is not right.',
    });
    const opened = await decryptBackup(file, { workspace: null, passphrase: 'a separate backup phrase' });
    expect(opened.ok && opened.text).toBe(PLAIN);
  });

  it('made with the workspace key, open here at once and elsewhere with the workspace passphrase or recovery key', async () => {
    const ws = await workspace();
    const file = await encryptBackup(PLAIN, AT, { workspace: ws });
    expect(file).not.toContain('Grace');
    const here = await decryptBackup(file, { workspace: ws });
    expect(here.ok && here.text).toBe(PLAIN);
    const elsewhere = { ...(await workspace()) };
    expect(await decryptBackup(file, { workspace: elsewhere })).toMatchObject({
      ok: false,
      needs: 'workspace-passphrase',
    });
    const withPassphrase = await decryptBackup(file, {
      workspace: elsewhere,
      passphrase: 'maple river lantern',
    });
    expect(withPassphrase.ok && withPassphrase.text).toBe(PLAIN);
    const withRecovery = await decryptBackup(file, {
      workspace: elsewhere,
      passphrase: ws.recoveryText.toLowerCase(),
    });
    expect(withRecovery.ok && withRecovery.text).toBe(PLAIN);
    expect(await decryptBackup(file, { workspace: elsewhere, passphrase: 'not it at all' })).toMatchObject({
      ok: false,
      error: 'That is neither the passphrase nor the recovery key of the workspace that made this backup.',
    });
  });

  it('refuse a file with any byte of its content or header changed', async () => {
    const ws = await workspace();
    const file = await encryptBackup(PLAIN, AT, { workspace: ws });
    const parsed = JSON.parse(file) as Record<string, string>;
    const body = atob(parsed.ciphertext ?? '');
    const flipped = body.slice(0, 40) + String.fromCharCode(body.charCodeAt(40) ^ 1) + body.slice(41);
    const tamperedBody = JSON.stringify({ ...parsed, ciphertext: btoa(flipped) });
    const tamperedHeader = JSON.stringify({ ...parsed, exportedAt: '2020-01-01T00:00:00.000Z' });
    for (const bad of [tamperedBody, tamperedHeader]) {
      expect(await decryptBackup(bad, { workspace: ws })).toEqual({
        ok: false,
        needs: null,
        error:
          'This backup was changed or damaged after it was made (it does not authenticate), so nothing was restored.',
      });
    }
    expect(
      await decryptBackup('{"format":"cohort-coach-encrypted-backup"}', { workspace: ws }),
    ).toMatchObject({
      ok: false,
      error: 'This encrypted backup is damaged: its header cannot be read.',
    });
  });

  it('refuse a header that asks for weak key derivation', async () => {
    const file = await encryptBackup(PLAIN, AT, { passphrase: 'a separate backup phrase' });
    const parsed = JSON.parse(file) as { key: { kdf: { memoryKiB: number } } };
    parsed.key.kdf.memoryKiB = 8;
    const result = await decryptBackup(JSON.stringify(parsed), {
      workspace: null,
      passphrase: 'a separate backup phrase',
    });
    expect(result).toMatchObject({ ok: false, needs: null });
    expect(!result.ok && result.error).toMatch(/not acceptable/);
  });
});

describe('encrypted backup files, read a piece at a time', () => {
  // About 2.4 MB of JSON: its ciphertext runs over several pieces of encoding and decoding (768 KiB and 1 MiB).
  const LARGE = JSON.stringify({
    format: 'cohort-coach-backup',
    tables: {
      caseworkers: Array.from({ length: 40_000 }, (_, i) => ({ name: `Grace Kim ${i}`, note: 'é ✓' })),
    },
  });
  const opensTo = async (file: Blob, secrets: Parameters<typeof decryptBackupFile>[1]) => {
    const opened = await decryptBackupFile(file, secrets);
    return opened.ok ? new TextDecoder().decode(opened.plain) : opened;
  };
  const TAMPERED = {
    ok: false,
    needs: null,
    error:
      'This backup was changed or damaged after it was made (it does not authenticate), so nothing was restored.',
  };

  it('open to exactly the content, with the same secrets as a whole file', async () => {
    const ws = await workspace();
    const withWorkspaceKey = new Blob([await encryptBackup(LARGE, AT, { workspace: ws })]);
    expect(withWorkspaceKey.size).toBeGreaterThan(2 * 2 ** 20);
    expect(await opensTo(withWorkspaceKey, { workspace: ws })).toBe(LARGE);
    // How far into the file the decoding is, piece by piece, up to the whole file.
    const reports: [number, number][] = [];
    await decryptBackupFile(
      withWorkspaceKey,
      { workspace: ws },
      { onProgress: (done, total) => reports.push([done, total]) },
    );
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.every(([, total]) => total === withWorkspaceKey.size)).toBe(true);
    expect(reports.every(([done], i) => i === 0 || done > (reports[i - 1]?.[0] ?? 0))).toBe(true);
    expect(reports.at(-1)?.[0]).toBe(withWorkspaceKey.size);
    // Stopped after its first piece, it stops there, saying it was stopped (not that the file is damaged).
    const stop = new AbortController();
    let piecesAfterStop = 0;
    const stopped = decryptBackupFile(
      withWorkspaceKey,
      { workspace: ws },
      {
        signal: stop.signal,
        onProgress: () => {
          if (stop.signal.aborted) piecesAfterStop += 1;
          stop.abort(new Error('cancelled'));
        },
      },
    );
    await expect(stopped).rejects.toThrow('cancelled');
    expect(piecesAfterStop).toBe(0);

    const withPassphrase = new Blob([
      await encryptBackup(PLAIN, AT, { passphrase: 'a separate backup phrase' }),
    ]);
    expect(await decryptBackupFile(withPassphrase, { workspace: ws })).toEqual({
      ok: false,
      needs: 'backup-passphrase',
      error: null,
    });
    expect(
      await decryptBackupFile(withPassphrase, { workspace: ws, passphrase: 'wrong phrase here' }),
    ).toEqual({
      ok: false,
      needs: 'backup-passphrase',
      error: 'That backup passphrase is not right.',
    });
    expect(await opensTo(withPassphrase, { workspace: null, passphrase: 'a separate backup phrase' })).toBe(
      PLAIN,
    );
  });

  it('open a file with whitespace after it, or laid out otherwise (read whole)', async () => {
    const ws = await workspace();
    const text = await encryptBackup(PLAIN, AT, { workspace: ws });
    expect(await opensTo(new Blob([`${text}\n\n`]), { workspace: ws })).toBe(PLAIN);
    const reordered = JSON.parse(text) as Record<string, unknown>;
    const { ciphertext, ...header } = reordered;
    expect(
      await opensTo(new Blob([JSON.stringify({ ciphertext, ...header }, null, 2)]), { workspace: ws }),
    ).toBe(PLAIN);
  });

  it('refuse a file changed anywhere: a byte late in the content, the header, a character, or its end cut off', async () => {
    const ws = await workspace();
    const text = await encryptBackup(LARGE, AT, { workspace: ws });
    const at = text.length - 100;
    const other = text[at] === 'A' ? 'B' : 'A';
    const flippedLate = text.slice(0, at) + other + text.slice(at + 1);
    const notBase64 = text.slice(0, at) + '*' + text.slice(at + 1);
    const cut = text.slice(0, at) + '"}';
    const header = text.replace(AT, '2020-01-01T00:00:00.000Z');
    for (const bad of [flippedLate, notBase64, cut, header])
      expect(await decryptBackupFile(new Blob([bad]), { workspace: ws })).toEqual(TAMPERED);
    expect(
      await decryptBackupFile(new Blob(['{"format":"cohort-coach-encrypted-backup","ciphertext":"AAAA"}']), {
        workspace: ws,
      }),
    ).toEqual({
      ok: false,
      needs: null,
      error: 'This encrypted backup is damaged: its header cannot be read.',
    });
  });
});
