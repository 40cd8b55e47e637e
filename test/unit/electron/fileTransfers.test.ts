// Files move between the page and the disk in pieces: a chosen file is read piece by piece under a token only its page
// may use, and a saved file gets its name (owner-only) only once every piece is written.
import { mkdirSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FILE_NOT_OPEN_ERROR,
  MAX_OPEN_FILES_PER_PAGE,
  TOO_MANY_FILES_ERROR,
  createFileTransfers,
  type FileTransfers,
} from '../../../electron/main/fileTransfers';
import { FILE_PIECE_BYTES, MAX_TEXT_FILE_BYTES } from '../../../electron/shared/contract';
import { dialog, resetFakeElectron } from './fakeElectron';
import { tempFolder } from './tempFolder';

vi.mock('electron', () => import('./fakeElectron'));

const PAGE = 1;
const OTHER_PAGE = 2;
const OPEN = { title: 'Restore from a backup', filters: [{ name: 'Backup', extensions: ['json'] }] };
const SAVE = {
  title: 'Back up',
  defaultName: 'backup.json',
  filters: [{ name: 'Backup', extensions: ['json'] }],
};

let dir: string;
let transfers: FileTransfers;
beforeEach(() => {
  resetFakeElectron();
  dir = tempFolder('cc-transfers-');
  transfers = createFileTransfers();
});

function choose(name: string, content?: string | Buffer): string {
  const file = path.join(dir, name);
  if (content !== undefined) writeFileSync(file, content);
  dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
  return file;
}

async function open(options: { maxBytes?: number } = {}, owner = PAGE) {
  const opened = await transfers.open(owner, null, { ...OPEN, ...options });
  if (!opened.ok || opened.value === null) throw new Error(opened.ok ? 'cancelled' : opened.error);
  return opened.value;
}

async function startSave(target: string, owner = PAGE): Promise<string> {
  dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
  const started = await transfers.save(owner, null, SAVE);
  if (!started.ok || started.value === null) throw new Error(started.ok ? 'cancelled' : started.error);
  return started.value.token;
}

const temporaries = (): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('opening a file', () => {
  it('reads a file larger than one piece in pieces that join to exactly its bytes', async () => {
    const content = Buffer.alloc(2 * FILE_PIECE_BYTES + 5);
    for (let i = 0; i < content.length; i += 4096) content[i] = i % 251;
    content[content.length - 1] = 7;
    choose('agency.json', content);
    const { token, name, size } = await open({ maxBytes: 3 * FILE_PIECE_BYTES });
    expect({ name, size }).toEqual({ name: 'agency.json', size: content.length });

    const pieces: Uint8Array[] = [];
    for (let offset = 0; ;) {
      const piece = await transfers.read(PAGE, { token, offset });
      if (!piece.ok) throw new Error(piece.error);
      if (piece.value.byteLength === 0) break;
      expect(piece.value.byteLength).toBeLessThanOrEqual(FILE_PIECE_BYTES);
      // Each piece is its own buffer: IPC would otherwise copy a larger one behind it.
      expect(piece.value.buffer.byteLength).toBe(piece.value.byteLength);
      pieces.push(piece.value);
      offset += piece.value.byteLength;
    }
    expect(pieces).toHaveLength(3);
    expect(Buffer.concat(pieces).equals(content)).toBe(true);
    expect(await transfers.finish(PAGE, { token, keep: false })).toEqual({ ok: true, value: null });
    expect(transfers.openCount(PAGE)).toBe(0);
  });

  it('refuses a file over 20 MB without reading it, and says so plainly', async () => {
    truncateSync(choose('huge.csv', ''), MAX_TEXT_FILE_BYTES + 1);
    const result = await transfers.open(PAGE, null, OPEN);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /"huge\.csv" is 20.1 MB, larger than the 20 MB Cohort Coach can open/,
      ) as unknown,
    });
    expect(transfers.openCount(PAGE)).toBe(0);
  });

  it('opens a larger file when the page raised the limit for it', async () => {
    truncateSync(choose('big.json', ''), 30);
    expect((await transfers.open(PAGE, null, { ...OPEN, maxBytes: 10 })).ok).toBe(false);
    expect((await open({ maxBytes: 100 })).size).toBe(30);
  });

  it('explains a missing file and a folder', async () => {
    choose('gone.csv');
    expect(await transfers.open(PAGE, null, OPEN)).toEqual({
      ok: false,
      error: 'Cohort Coach could not open "gone.csv": the file or its folder no longer exists.',
    });
    mkdirSync(path.join(dir, 'folder.csv'));
    choose('folder.csv');
    expect(await transfers.open(PAGE, null, OPEN)).toEqual({
      ok: false,
      error: 'Cohort Coach could not open "folder.csv": that is a folder, not a file.',
    });
  });

  it('says so when the file shrinks while it is being read', async () => {
    const file = choose('roster.csv', 'name,unit\nAda,North\n');
    const { token } = await open();
    truncateSync(file, 0);
    expect(await transfers.read(PAGE, { token, offset: 0 })).toEqual({
      ok: false,
      error: '"roster.csv" changed while Cohort Coach was reading it. Please choose it again.',
    });
  });

  it('answers null when the person cancels, holding nothing open', async () => {
    expect(await transfers.open(PAGE, null, OPEN)).toEqual({ ok: true, value: null });
    expect(transfers.openCount(PAGE)).toBe(0);
  });

  it("lets no page read another page's file, or write to a file opened for reading", async () => {
    choose('roster.csv', 'secret');
    const { token } = await open();
    expect(await transfers.read(OTHER_PAGE, { token, offset: 0 })).toEqual({
      ok: false,
      error: FILE_NOT_OPEN_ERROR,
    });
    expect(await transfers.finish(OTHER_PAGE, { token, keep: true })).toEqual({
      ok: false,
      error: FILE_NOT_OPEN_ERROR,
    });
    expect(await transfers.write(PAGE, { token, bytes: new Uint8Array([1]) })).toEqual({
      ok: false,
      error: FILE_NOT_OPEN_ERROR,
    });
    expect(readFileSync(path.join(dir, 'roster.csv'), 'utf8')).toBe('secret');
  });

  it(`holds at most ${String(MAX_OPEN_FILES_PER_PAGE)} files open for one page`, async () => {
    choose('roster.csv', 'x');
    for (let i = 0; i < MAX_OPEN_FILES_PER_PAGE; i += 1) await open();
    expect(await transfers.open(PAGE, null, OPEN)).toEqual({ ok: false, error: TOO_MANY_FILES_ERROR });
    expect((await open({}, OTHER_PAGE)).name).toBe('roster.csv');
    await transfers.release(PAGE);
    expect((await open()).name).toBe('roster.csv');
  });
});

describe('saving a file', () => {
  it('writes the pieces to a private temporary file and gives it the chosen name only when kept', async () => {
    const target = path.join(dir, 'backup.json');
    const previous = process.umask(0o000);
    try {
      const token = await startSave(target);
      for (const piece of ['{"tables":', '{}}']) {
        expect(await transfers.write(PAGE, { token, bytes: new TextEncoder().encode(piece) })).toEqual({
          ok: true,
          value: undefined,
        });
      }
      expect(readdirSync(dir)).not.toContain('backup.json');
      expect(temporaries()).toHaveLength(1);
      expect(await transfers.finish(PAGE, { token, keep: true })).toEqual({
        ok: true,
        value: { path: target },
      });
    } finally {
      process.umask(previous);
    }
    expect(readFileSync(target, 'utf8')).toBe('{"tables":{}}');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(temporaries()).toEqual([]);
  });

  it('takes an empty piece as a sign of life that writes nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const target = path.join(dir, 'backup.json');
      const token = await startSave(target);
      vi.advanceTimersByTime(7_000);
      expect(transfers.idleFor(PAGE, token)).toBe(7_000);
      expect(transfers.idleFor(OTHER_PAGE, token)).toBeNull();
      expect(await transfers.write(PAGE, { token, bytes: new Uint8Array(0) })).toEqual({
        ok: true,
        value: undefined,
      });
      expect(transfers.idleFor(PAGE, token)).toBe(0);
      await transfers.write(PAGE, { token, bytes: new TextEncoder().encode('{}') });
      await transfers.finish(PAGE, { token, keep: true });
      expect(readFileSync(target, 'utf8')).toBe('{}');
      expect(transfers.idleFor(PAGE, token)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves an older file under the chosen name untouched when the save is abandoned', async () => {
    const target = path.join(dir, 'backup.json');
    writeFileSync(target, 'yesterday');
    const token = await startSave(target);
    await transfers.write(PAGE, { token, bytes: new TextEncoder().encode('half of to') });
    expect(await transfers.finish(PAGE, { token, keep: false })).toEqual({ ok: true, value: null });
    expect(readFileSync(target, 'utf8')).toBe('yesterday');
    expect(temporaries()).toEqual([]);
  });

  it('removes half-saved files when their page goes away', async () => {
    const token = await startSave(path.join(dir, 'backup.json'));
    await transfers.write(PAGE, { token, bytes: new Uint8Array([1, 2, 3]) });
    await transfers.release(PAGE);
    expect(readdirSync(dir)).toEqual([]);
    expect(await transfers.write(PAGE, { token, bytes: new Uint8Array([4]) })).toEqual({
      ok: false,
      error: FILE_NOT_OPEN_ERROR,
    });
  });

  it('reports a folder that cannot be written to, holding nothing open', async () => {
    dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: path.join(dir, 'missing', 'out.csv'),
    });
    expect(await transfers.save(PAGE, null, SAVE)).toEqual({
      ok: false,
      error: 'Cohort Coach could not save "out.csv": the file or its folder no longer exists.',
    });
    expect(transfers.openCount(PAGE)).toBe(0);
  });

  it('answers null when the person cancels the save dialog', async () => {
    expect(await transfers.save(PAGE, null, SAVE)).toEqual({ ok: true, value: null });
  });
});
