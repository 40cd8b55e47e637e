// The restore worker when the app locks: whatever it is doing stops as Cancel does (nothing changed), its copy of the
// data key is wiped at once, and the backup it checked is forgotten. And an encrypted file, opened in the worker. The
// worker's module runs here with a stand-in for its global scope; it shares this process's key session and database,
// as it shares nothing in the app.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupRepository } from '../../../renderer/data/backup';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { hasDataKey, setDataKey } from '../../../renderer/data/keySession';
import { tableNames } from '../../../renderer/domain/model';
import type { RestoreReply, RestoreRequest } from '../../../renderer/workers/restoreWorker';
import { useFreshDb } from '../data/freshDb';
import { dashboardRepository } from '../../../renderer/data/dashboardRepository';
import { unitRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { startSnapshotRepository } from '../../../renderer/data/startSnapshotRepository';
import { openingFilter } from '../../../renderer/domain/dashboard/dashboardFilter';
import { dashboardFor } from '../../../renderer/domain/dashboard/dashboardFor';
import {
  chartsOf,
  filterChoices,
  keptDashboardKey,
  type KeptDashboard,
} from '../../../renderer/domain/dashboard/keptDashboard';
import { buildHome, homeModelKey, type HomeModel } from '../../../renderer/domain/home/buildHome';
import {
  KEPT_DASHBOARD,
  KEPT_HOME,
  KEPT_ROUND_COUNTS,
  KEPT_SURVEY_PEOPLE,
  KEPT_SURVEY_RESULTS,
} from '../../../renderer/domain/keptModel';
import {
  peopleViewInSteps,
  peopleViewKey,
  type PeopleView,
} from '../../../renderer/domain/survey/peopleView';
import { roundCounts, roundCountsKey, type RoundCounts } from '../../../renderer/domain/survey/roundCounts';
import { readSurveyData } from '../../../renderer/data/surveyRead';
import { surveyResultsInSteps } from '../../../renderer/domain/survey/rolloutResults';
import { resultsView, resultsViewKey, type ResultsView } from '../../../renderer/domain/survey/resultsView';
import { finish } from '../../../renderer/domain/steps';

/** The demo's day, and the window's day the restores here are made on. */
const DAY = '2026-03-18';

/** The key test/unit/setup.ts gives every data test (setDataKey takes ownership, so a fresh copy each time). */
const testKey = () => Uint8Array.from({ length: 32 }, (_, i) => i + 1);

const scope: {
  postMessage(message: RestoreReply): void;
  onmessage: ((event: MessageEvent<RestoreRequest>) => void) | null;
} = { postMessage: (message) => onReply(message), onmessage: null };
let onReply: (message: RestoreReply) => void = () => undefined;

const send = (request: RestoreRequest) =>
  scope.onmessage?.({ data: request } as MessageEvent<RestoreRequest>);

/** Sends `request` and collects replies until one matches `last` (calling `during` on each reply first). */
function exchange(
  request: RestoreRequest,
  last: (reply: RestoreReply) => boolean,
  during: (reply: RestoreReply) => void = () => undefined,
): Promise<RestoreReply[]> {
  return new Promise((resolve) => {
    const replies: RestoreReply[] = [];
    onReply = (reply) => {
      replies.push(reply);
      during(reply);
      if (last(reply)) resolve(replies);
    };
    send(request);
  });
}

const db = useFreshDb();

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../renderer/workers/restoreWorker');
});
beforeEach(() => {
  if (!hasDataKey()) setDataKey(testKey());
});

async function snapshot(): Promise<string> {
  const tables = await Promise.all(tableNames.map((name) => db().table(name).toArray()));
  return JSON.stringify(tables);
}

/** A checked backup of the demo workspace, and the workspace changed since (so a restore would change it back). */
async function checkedBackupOfChangedWorkspace(): Promise<void> {
  await loadDemoWorkspace(db(), 7, DAY);
  const file = new Blob([await backupRepository.export()]);
  const unit = (await db().units.toArray())[0];
  await db().caseworkers.add({
    ...(await db().caseworkers.toArray())[0]!,
    id: crypto.randomUUID(),
    name: 'Added After The Backup',
    unitId: unit!.id,
  });
  const replies = await exchange({ type: 'read', file }, (r) => r.type === 'checked');
  expect(replies.at(-1)).toMatchObject({ type: 'checked', ok: true });
}

describe('a restore that completes', () => {
  it("keeps Home's figures, the dashboard's charts, the survey's results, people and round counts, as reads build them", async () => {
    await checkedBackupOfChangedWorkspace();
    const replies = await exchange(
      { type: 'write', dataKey: testKey(), today: DAY },
      (r) => r.type === 'cancelled' || r.type === 'restored' || r.type === 'failed',
    );
    expect(replies.at(-1)).toEqual({ type: 'restored' });
    // The worker wiped its copy of the key, which this process shares.
    setDataKey(testKey());
    expect((await db().caseworkers.toArray()).map((c) => c.name)).not.toContain('Added After The Backup');

    // What Home and the dashboard would build from a read of the restored workspace.
    const settings = await settingsRepository.load();
    const data = await dashboardRepository.data();
    const home = await startSnapshotRepository.latest<HomeModel>(KEPT_HOME, homeModelKey(settings));
    expect(home).toMatchObject({ day: DAY, unchanged: true });
    expect(home?.model).toEqual(buildHome(data, settings, DAY));
    expect(home?.model.funnel.series.length).toBeGreaterThan(0);
    const filter = openingFilter(settings);
    const charts = await startSnapshotRepository.latest<KeptDashboard>(
      KEPT_DASHBOARD,
      keptDashboardKey(settings, filter),
    );
    expect(charts).toMatchObject({ day: DAY, unchanged: true });
    expect(charts?.model).toEqual({
      charts: chartsOf(dashboardFor(data, filter, settings, DAY)),
      choices: filterChoices(data),
    });
    expect(charts?.model.charts.scopeSize).toBeGreaterThan(0);
    const survey = await readSurveyData();
    const results = await startSnapshotRepository.latest<ResultsView>(
      KEPT_SURVEY_RESULTS,
      resultsViewKey(survey.settings),
    );
    expect(results).toMatchObject({ unchanged: true });
    expect(results?.model).toEqual(resultsView(finish(surveyResultsInSteps(survey))));
    expect(results?.model.responseCount).toBeGreaterThan(0);
    const people = await startSnapshotRepository.latest<PeopleView>(
      KEPT_SURVEY_PEOPLE,
      peopleViewKey(survey.settings),
    );
    expect(people).toMatchObject({ unchanged: true });
    expect(people?.model).toEqual(finish(peopleViewInSteps(finish(surveyResultsInSteps(survey)))));
    const counts = await startSnapshotRepository.latest<RoundCounts>(KEPT_ROUND_COUNTS, roundCountsKey);
    expect(counts).toMatchObject({ unchanged: true });
    expect(counts?.model).toEqual(roundCounts(survey.data.responses, survey.caseworkers));

    // A write afterwards: they are the figures of the moment they were kept, no longer today's.
    await unitRepository.create({ name: 'Opened After The Restore' });
    expect((await startSnapshotRepository.latest(KEPT_HOME, homeModelKey(settings)))?.unchanged).toBe(false);
  });
});

describe('the restore worker when the app locks', () => {
  it('mid-write: the restore is cancelled with nothing changed, and the key is wiped at once', async () => {
    await checkedBackupOfChangedWorkspace();
    const before = await snapshot();
    const dataKey = testKey();
    let wipedAtLock: boolean | null = null;
    const replies = await exchange(
      { type: 'write', dataKey, today: DAY },
      (r) => r.type === 'cancelled' || r.type === 'restored' || r.type === 'failed',
      (r) => {
        // The first progress report of the write: tables are being replaced inside the transaction. Lock now.
        if (r.type === 'progress' && r.phase === 'write' && wipedAtLock === null) {
          send({ type: 'lock' });
          wipedAtLock = !hasDataKey() && dataKey.every((b) => b === 0);
        }
      },
    );
    expect(replies.some((r) => r.type === 'progress' && r.phase === 'write')).toBe(true);
    expect(wipedAtLock).toBe(true);
    expect(replies.at(-1)).toEqual({ type: 'cancelled' });
    expect(hasDataKey()).toBe(false);

    setDataKey(testKey());
    expect(await snapshot()).toBe(before);
    expect((await db().caseworkers.toArray()).map((c) => c.name)).toContain('Added After The Backup');
  });

  it('with a checked backup waiting for confirmation: the backup is forgotten, so no write can follow', async () => {
    await checkedBackupOfChangedWorkspace();
    const before = await snapshot();
    send({ type: 'lock' });
    expect(hasDataKey()).toBe(false);
    setDataKey(testKey());

    const dataKey = testKey();
    const replies = await exchange({ type: 'write', dataKey, today: DAY }, (r) => r.type !== 'progress');
    expect(replies.at(-1)).toEqual({ type: 'failed', error: 'Choose the backup again: it was not read.' });
    expect(dataKey.every((b) => b === 0)).toBe(true);
    expect(await snapshot()).toBe(before);
  });

  it('while reading the file: the read stops and says cancelled', async () => {
    await loadDemoWorkspace(db(), 7, DAY);
    const file = new Blob([await backupRepository.export()]);
    let locked = false;
    const replies = await exchange(
      { type: 'read', file },
      (r) => r.type !== 'progress',
      (r) => {
        if (r.type === 'progress' && !locked) {
          locked = true;
          send({ type: 'lock' });
        }
      },
    );
    expect(locked).toBe(true);
    expect(replies.at(-1)).toEqual({ type: 'cancelled' });
  });
});

describe('Cancel while the file is read', () => {
  /** Delivered as a message is: as a task of its own, once the worker gives the event loop a turn. */
  const post = (request: RestoreRequest) => setTimeout(() => send(request), 0);

  it('is heard while an in-memory file is checked (what an encrypted backup decrypts to), not once it is done', async () => {
    await loadDemoWorkspace(db(), 7, DAY);
    // The demo workspace's backup with 40 MB of blank space inside it (still a valid backup): a long read, all from
    // memory. The worker lets its messages in every few megabytes read, whatever the machine's speed.
    const text = await backupRepository.export();
    const file = new Blob([text.slice(0, 1), ' '.repeat(40 * 2 ** 20), text.slice(1)]);
    let asked = false;
    const replies = await exchange(
      { type: 'read', file },
      (r) => r.type !== 'progress',
      (r) => {
        if (r.type === 'progress' && !asked) {
          asked = true;
          post({ type: 'cancel' });
        }
      },
    );
    expect(replies.at(-1)).toEqual({ type: 'cancelled' });
    const read = replies.flatMap((r) => (r.type === 'progress' ? [r.done] : []));
    expect(Math.max(...read)).toBeLessThan(file.size);
  });
});

describe('an encrypted backup, authenticated and decrypted in the worker', () => {
  it('asks for the backup passphrase, says when it is wrong, then checks the file; the key copies are wiped', async () => {
    await loadDemoWorkspace(db(), 7, DAY);
    const file = new Blob([
      await backupRepository.exportEncrypted({ passphrase: 'a separate backup phrase' }),
    ]);
    const ended = (r: RestoreReply) => r.type !== 'progress';

    const keys = [testKey(), testKey(), testKey()];
    const [withoutPassphrase, withWrongOne, withRightOne] = keys as [Uint8Array, Uint8Array, Uint8Array];
    expect(
      (await exchange({ type: 'read', file, encrypted: { dataKey: withoutPassphrase } }, ended)).at(-1),
    ).toEqual({
      type: 'needs',
      needs: 'backup-passphrase',
      error: null,
    });
    expect(
      (
        await exchange(
          { type: 'read', file, encrypted: { dataKey: withWrongOne, passphrase: 'not the phrase' } },
          ended,
        )
      ).at(-1),
    ).toEqual({ type: 'needs', needs: 'backup-passphrase', error: 'That backup passphrase is not right.' });
    const replies = await exchange(
      { type: 'read', file, encrypted: { dataKey: withRightOne, passphrase: 'a separate backup phrase' } },
      ended,
    );
    expect(replies.at(-1)).toMatchObject({
      type: 'checked',
      ok: true,
      incoming: { caseworkers: await db().caseworkers.count() },
    });
    // The screen hears the decrypting (bytes of the chosen file) first, then the reading of its content.
    const phases = replies.flatMap((r) => (r.type === 'progress' ? [r.phase] : []));
    expect(phases[0]).toBe('decrypt');
    expect(phases.at(-1)).toBe('read');
    expect(phases.lastIndexOf('decrypt')).toBeLessThan(phases.indexOf('read'));
    expect(replies).toContainEqual({
      type: 'progress',
      phase: 'decrypt',
      done: file.size,
      total: file.size,
    });
    expect(keys.every((key) => key.every((b) => b === 0))).toBe(true);
    expect(hasDataKey()).toBe(false);
  });

  it('refuses a file changed after it was made, before reading any record', async () => {
    await loadDemoWorkspace(db(), 7, DAY);
    const text = await backupRepository.exportEncrypted();
    const json = JSON.parse(text) as { ciphertext: string };
    const flipped = json.ciphertext.startsWith('A') ? 'B' : 'A';
    const file = new Blob([JSON.stringify({ ...json, ciphertext: flipped + json.ciphertext.slice(1) })]);
    const replies = await exchange(
      { type: 'read', file, encrypted: { dataKey: testKey() } },
      (r) => r.type !== 'progress',
    );
    // Decrypting reports how far it is; no record is read.
    expect(replies.filter((r) => r.type === 'progress' && r.phase !== 'decrypt')).toEqual([]);
    expect(replies.filter((r) => r.type !== 'progress')).toEqual([
      {
        type: 'checked',
        ok: false,
        errors: [
          'This backup was changed or damaged after it was made (it does not authenticate), so nothing was restored.',
        ],
      },
    ]);
  });
});
