// The backup written on close: request/answer matching, timeout, retention of 10.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUPS_KEPT,
  backUpOnClose,
  backupFileName,
  createBackupBroker,
  pruneBackups,
  writeBackup,
  writeFileAtomically,
} from '../../../electron/main/files';
import { FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let dir: string;
beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(path.join(tmpdir(), 'cc-files-'));
});

const at = (minute: number): Date => new Date(Date.UTC(2026, 0, 15, 9, minute, 0, 0));

describe('backup files', () => {
  it('names backups by time, safely for every file system', () => {
    expect(backupFileName(at(7))).toBe('cohort-coach-2026-01-15T09-07-00-000Z.json');
  });

  it(`keeps only the newest ${BACKUPS_KEPT} backups and leaves other files alone`, async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    for (let minute = 0; minute < 13; minute += 1) await writeBackup(dir, `{"n":${minute}}`, at(minute));
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(BACKUPS_KEPT + 1);
    expect(names).toContain('notes.txt');
    const backups = names.filter((name) => name.startsWith('cohort-coach-'));
    expect(backups[0]).toBe(backupFileName(at(3)));
    expect(backups.at(-1)).toBe(backupFileName(at(12)));
    expect(readFileSync(path.join(dir, backupFileName(at(12))), 'utf8')).toBe('{"n":12}');
  });

  it('writes automatic backups owner-only (0600) in an owner-only folder (0700), whatever the umask allows', async () => {
    const folder = path.join(dir, 'backups');
    const previous = process.umask(0o000);
    try {
      const file = await writeBackup(folder, '{"secret":"Grace Kim"}', at(1));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(folder).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it('writes a file chosen in a save dialog owner-only too, replacing an older world-readable one', async () => {
    const target = path.join(dir, 'backup.json');
    writeFileSync(target, 'old', { mode: 0o644 });
    await writeFileAtomically(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('prunes nothing when there are fewer than the limit', async () => {
    await writeBackup(dir, '{}', at(1));
    expect(await pruneBackups(dir)).toEqual([]);
  });
});

describe('backup broker', () => {
  it('sends a request id and resolves with the answer from the same page', async () => {
    const broker = createBackupBroker();
    const contents = new FakeWebContents();
    const pending = broker.request(contents as unknown as WebContents, 5_000);
    const [channel, requestId] = contents.send.mock.calls[0] as [string, string];
    expect(channel).toBe('desktop:backup-request');
    broker.settle(contents.id + 1000, { requestId, result: { ok: true, value: '{"forged":true}' } }); // another page
    broker.settle(contents.id, { requestId, result: { ok: true, value: '{"tables":{}}' } });
    expect(await pending).toEqual({ ok: true, value: '{"tables":{}}' });
  });

  it('gives up after the timeout so closing never hangs', async () => {
    const broker = createBackupBroker();
    const result = await broker.request(new FakeWebContents() as unknown as WebContents, 10);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('did not answer in time') as unknown,
    });
  });

  it('fails at once when the page is gone', async () => {
    const contents = new FakeWebContents();
    contents.send.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    expect((await createBackupBroker().request(contents as unknown as WebContents, 5_000)).ok).toBe(false);
  });
});

describe('backup on close', () => {
  function setUp(timeoutMs = 5_000) {
    const broker = createBackupBroker();
    const win = new FakeBrowserWindow({});
    const log = vi.fn();
    backUpOnClose(win as unknown as BrowserWindow, {
      broker,
      backupDir: dir,
      timeoutMs,
      now: () => at(30),
      log,
    });
    return { broker, win, log };
  }

  it('holds the close, hides the window, writes the backup, then closes', async () => {
    const { broker, win } = setUp();
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.hide).toHaveBeenCalled();
    const [, requestId] = win.webContents.send.mock.calls[0] as [string, string];
    broker.settle(win.webContents.id, { requestId, result: { ok: true, value: '{"backup":1}' } });
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(readFileSync(path.join(dir, backupFileName(at(30))), 'utf8')).toBe('{"backup":1}');
  });

  it('asks only once even if close is pressed again while backing up', () => {
    const { win } = setUp();
    win.close();
    win.close();
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('still closes, without a file, when the page does not answer in time', async () => {
    const { win, log } = setUp(10);
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(readdirSync(dir)).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('did not answer in time'));
  });

  it('still closes when the page reports an error', async () => {
    const { broker, win } = setUp();
    win.close();
    const [, requestId] = win.webContents.send.mock.calls[0] as [string, string];
    broker.settle(win.webContents.id, { requestId, result: { ok: false, error: 'database is locked' } });
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(readdirSync(dir)).toEqual([]);
  });
});
