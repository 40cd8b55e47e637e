// The backup written on close: the page writes it into a file main opened, owner-only; timeout; retention of 10.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUPS_KEPT,
  backUpOnClose,
  backupFileName,
  pruneBackups,
  takeBackup,
  writeFileAtomically,
} from '../../../electron/main/files';
import { createFileTransfers, type FileTransfers } from '../../../electron/main/fileTransfers';
import { FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './fakeElectron';
import { tempFolder } from './tempFolder';

vi.mock('electron', () => import('./fakeElectron'));

let dir: string;
beforeEach(() => {
  resetFakeElectron();
  dir = tempFolder('cc-files-');
});

const at = (minute: number): Date => new Date(Date.UTC(2026, 0, 15, 9, minute, 0, 0));

describe('backup files', () => {
  it('names backups by time, safely for every file system', () => {
    expect(backupFileName(at(7))).toBe('cohort-coach-2026-01-15T09-07-00-000Z.json');
  });

  it(`keeps only the newest ${BACKUPS_KEPT} backups and leaves other files alone`, async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    for (let minute = 0; minute < 13; minute += 1)
      writeFileSync(path.join(dir, backupFileName(at(minute))), '{}');
    expect(await pruneBackups(dir)).toHaveLength(3);
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(BACKUPS_KEPT + 1);
    expect(names).toContain('notes.txt');
    const backups = names.filter((name) => name.startsWith('cohort-coach-'));
    expect(backups[0]).toBe(backupFileName(at(3)));
    expect(backups.at(-1)).toBe(backupFileName(at(12)));
  });

  it('writes a file owner-only, replacing an older world-readable one', async () => {
    const target = path.join(dir, 'report.pdf');
    writeFileSync(target, 'old', { mode: 0o644 });
    await writeFileAtomically(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('prunes nothing when there are fewer than the limit', async () => {
    writeFileSync(path.join(dir, backupFileName(at(1))), '{}');
    expect(await pruneBackups(dir)).toEqual([]);
  });
});

/** Plays the page's part: writes `text` into the file whose token main sent, and keeps it (or gives it up). */
function answerAs(contents: FakeWebContents, transfers: FileTransfers, text: string | null): void {
  contents.send.mockImplementation((channel: string, ...args: unknown[]) => {
    if (channel !== 'desktop:backup-request') return;
    const token = args[0] as string;
    void (async () => {
      if (text !== null) await transfers.write(contents.id, { token, bytes: new TextEncoder().encode(text) });
      await transfers.finish(contents.id, { token, keep: text !== null });
    })();
  });
}

describe('taking a backup', () => {
  let transfers: FileTransfers;
  beforeEach(() => {
    transfers = createFileTransfers();
  });
  const take = (contents: FakeWebContents, idleMs = 5_000, folder = dir, limitMs?: number) =>
    takeBackup(contents as unknown as WebContents, transfers, {
      dir: folder,
      now: at(30),
      idleMs,
      ...(limitMs === undefined ? {} : { limitMs }),
    });

  it('has the page write it into a new owner-only file in an owner-only folder, whatever the umask allows', async () => {
    const folder = path.join(dir, 'backups');
    const contents = new FakeWebContents();
    answerAs(contents, transfers, '{"secret":"Grace Kim"}');
    const previous = process.umask(0o000);
    try {
      const file = path.join(folder, backupFileName(at(30)));
      expect(await take(contents, 5_000, folder)).toEqual({ ok: true, value: file });
      expect(readFileSync(file, 'utf8')).toBe('{"secret":"Grace Kim"}');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(folder).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(previous);
    }
    expect(readdirSync(folder)).toEqual([backupFileName(at(30))]);
  });

  it(`then keeps only the newest ${BACKUPS_KEPT}`, async () => {
    for (let minute = 0; minute < 12; minute += 1)
      writeFileSync(path.join(dir, backupFileName(at(minute))), '{}');
    const contents = new FakeWebContents();
    answerAs(contents, transfers, '{"n":30}');
    expect((await take(contents)).ok).toBe(true);
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(BACKUPS_KEPT);
    expect(names.at(-1)).toBe(backupFileName(at(30)));
  });

  it('waits as long as the page says it is still at work, and lets it go once it falls silent or at the limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const tokenSent = (contents: FakeWebContents) =>
        new Promise<string>((resolve) => {
          contents.send.mockImplementation((_channel: string, token: unknown) => resolve(token as string));
        });
      const stillWorking = (contents: FakeWebContents, token: string) =>
        transfers.write(contents.id, { token, bytes: new Uint8Array(0) });

      // Busy for two and a half minutes, a sign of life every 15 s (silence allowed: 20 s), then the file.
      const busy = new FakeWebContents();
      const sent = tokenSent(busy);
      const taking = take(busy, 20_000);
      const token = await sent;
      for (let i = 0; i < 10; i += 1) {
        await vi.advanceTimersByTimeAsync(15_000);
        await stillWorking(busy, token);
      }
      await transfers.write(busy.id, { token, bytes: new TextEncoder().encode('{"late but whole":1}') });
      await transfers.finish(busy.id, { token, keep: true });
      expect(await taking).toEqual({ ok: true, value: path.join(dir, backupFileName(at(30))) });

      // Silent after one sign of life: let go 20 s after it.
      const hung = new FakeWebContents();
      const hungSent = tokenSent(hung);
      const hanging = take(hung, 20_000);
      const hungToken = await hungSent;
      await vi.advanceTimersByTimeAsync(10_000);
      await stillWorking(hung, hungToken);
      await vi.advanceTimersByTimeAsync(19_000);
      expect(transfers.idleFor(hung.id, hungToken)).toBe(19_000);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await hanging).toEqual({
        ok: false,
        error: expect.stringContaining('did not finish its backup in time') as unknown,
      });

      // Never silent, but past the limit.
      const endless = new FakeWebContents();
      const endlessSent = tokenSent(endless);
      const going = take(endless, 20_000, dir, 60_000);
      const endlessToken = await endlessSent;
      for (let i = 0; i < 5; i += 1) {
        await vi.advanceTimersByTimeAsync(15_000);
        await stillWorking(endless, endlessToken);
      }
      expect((await going).ok).toBe(false);
      expect(readdirSync(dir)).toEqual([backupFileName(at(30))]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up once the page is silent too long, so closing never hangs, leaving no file behind', async () => {
    const result = await take(new FakeWebContents(), 10);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('did not finish its backup in time') as unknown,
    });
    expect(readdirSync(dir)).toEqual([]);
    expect(transfers.openCount(1)).toBe(0);
  });

  it('ends without a file when the page could not make the backup', async () => {
    const contents = new FakeWebContents();
    answerAs(contents, transfers, null);
    expect(await take(contents)).toEqual({
      ok: false,
      error: 'The workspace could not make its backup, so none was made.',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails at once when the page is gone, leaving no file behind', async () => {
    const contents = new FakeWebContents();
    contents.send.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    expect((await take(contents)).ok).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(transfers.openCount(contents.id)).toBe(0);
  });

  it('ends when the page goes away half-way, leaving no file behind', async () => {
    const contents = new FakeWebContents();
    contents.send.mockImplementation(() => void transfers.release(contents.id));
    expect((await take(contents)).ok).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('backup on close', () => {
  function setUp(idleMs = 5_000) {
    const transfers = createFileTransfers();
    const win = new FakeBrowserWindow({});
    const log = vi.fn();
    backUpOnClose(win as unknown as BrowserWindow, {
      transfers,
      backupDir: dir,
      idleMs,
      now: () => at(30),
      log,
    });
    return { transfers, win, log };
  }

  it('holds the close, hides the window, has the page write the backup, then closes', async () => {
    const { transfers, win } = setUp();
    answerAs(win.webContents, transfers, '{"backup":1}');
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.hide).toHaveBeenCalled();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(readFileSync(path.join(dir, backupFileName(at(30))), 'utf8')).toBe('{"backup":1}');
  });

  it('asks only once even if close is pressed again while backing up', async () => {
    const { win } = setUp(50);
    win.close();
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('still closes, without a file, when the page stays silent', async () => {
    const { win, log } = setUp(10);
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(readdirSync(dir)).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('did not finish its backup in time'));
  });

  it('still closes when the page could not make the backup', async () => {
    const { transfers, win, log } = setUp();
    answerAs(win.webContents, transfers, null);
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(readdirSync(dir)).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not make its backup'));
  });
});
