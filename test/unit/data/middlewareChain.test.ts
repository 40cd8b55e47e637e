import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { defineVersions, openDb, useDbForTests, type CohortCoachDb } from '../../../renderer/data/db';
import {
  appChain,
  CHAIN_ORDER,
  chainLevel,
  installChain,
  type ChainLayer,
  type ChainLayers,
  type ChainSlot,
} from '../../../renderer/data/middleware/chain';
import { changeCaptureLayer } from '../../../renderer/data/sync/changeCapture';
import { encryptionLayer } from '../../../renderer/data/middleware/encryptionLayer';
import { appearancesLayer } from '../../../renderer/data/middleware/appearancesLayer';
import { entryFactsLayer } from '../../../renderer/data/middleware/entryFactsLayer';
import { writeStampLayer } from '../../../renderer/data/middleware/writeStampLayer';
import { presentationLayer } from '../../../renderer/data/middleware/presentationLayer';
import { applyPresentationMode, PresentationModeError } from '../../../renderer/data/presentationMode';
import { caseworkerRepository as caseworkers } from '../../../renderer/data/rosterRepository';
import { repository } from '../../../renderer/data/repository';

// Test layers: one records that a write of a record (not the settings or the write stamp) passed through it, the other
// stands in for encryption by storing caseworkers' names reversed and reversing them back on every read.
function recording(slot: ChainSlot, log: ChainSlot[], inner?: ChainLayer): ChainLayer {
  return {
    create(down) {
      const below: DBCore = inner ? { ...down, ...inner.create(down) } : down;
      return {
        ...below,
        table(name) {
          const table = below.table(name);
          return {
            ...table,
            mutate(req) {
              if (name !== 'settings' && name !== 'startSnapshots') log.push(slot);
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}

const reverse = (s: string) => [...s].reverse().join('');
const flip = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || !('name' in value) || typeof value.name !== 'string')
    return value;
  return { ...value, name: reverse(value.name) };
};
const flipRequest = (req: DBCoreMutateRequest): DBCoreMutateRequest =>
  req.type === 'add' || req.type === 'put' ? { ...req, values: req.values.map(flip) } : req;

function reversing(log: ChainSlot[]): ChainLayer {
  return recording('encryption', log, {
    create(down) {
      return {
        table(name) {
          const table = down.table(name);
          if (name !== 'caseworkers') return table;
          return {
            ...table,
            mutate: (req) => table.mutate(flipRequest(req)),
            get: async (req) => flip(await table.get(req)),
            getMany: async (req) => (await table.getMany(req)).map(flip),
            query: async (req) => {
              const res = await table.query(req);
              return req.values ? { ...res, result: res.result.map(flip) } : res;
            },
          };
        },
      };
    },
  });
}

let opened: Dexie[] = [];
afterEach(async () => {
  await applyPresentationMode(false);
  for (const db of opened) {
    db.close();
    await db.delete();
  }
  opened = [];
});

function open(layers: ChainLayers): { db: CohortCoachDb; name: string } {
  const name = `chain-${crypto.randomUUID()}`;
  const db = openDb(name, layers);
  opened.push(db);
  useDbForTests(db);
  return { db, name };
}

describe('the middleware chain', () => {
  it('has one fixed order, from the app down to IndexedDB, above Dexie’s own middlewares', () => {
    expect(CHAIN_ORDER).toEqual([
      'presentationMode',
      'changeCapture',
      'writeStamp',
      'entryFacts',
      'appearances',
      'encryption',
    ]);
    const levels = CHAIN_ORDER.map(chainLevel);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    expect(new Set(levels).size).toBe(levels.length);
    expect(Math.min(...levels)).toBeGreaterThan(2);
  });

  it('registers every layer, in order: presentation mode, change capture, write stamp, entry facts, appearances, encryption', () => {
    expect(appChain.presentationMode).toBe(presentationLayer);
    expect(appChain.changeCapture).toBe(changeCaptureLayer);
    expect(appChain.writeStamp).toBe(writeStampLayer);
    expect(appChain.entryFacts).toBe(entryFactsLayer);
    expect(appChain.appearances).toBe(appearancesLayer);
    expect(appChain.encryption).toBe(encryptionLayer);
    expect(installChain(new Dexie(`unused-${crypto.randomUUID()}`), appChain)).toEqual([
      'presentationMode',
      'changeCapture',
      'writeStamp',
      'entryFacts',
      'appearances',
      'encryption',
    ]);
    const all = {
      presentationMode: presentationLayer,
      changeCapture: recording('changeCapture', []),
      writeStamp: recording('writeStamp', []),
      entryFacts: recording('entryFacts', []),
      appearances: recording('appearances', []),
      encryption: reversing([]),
    };
    expect(installChain(new Dexie(`unused-${crypto.randomUUID()}`), all)).toEqual([...CHAIN_ORDER]);
  });

  it('passes a write down through presentation mode, change capture, write stamp, entry facts, appearances, then encryption', async () => {
    const log: ChainSlot[] = [];
    const { db } = open({
      presentationMode: recording('presentationMode', log, presentationLayer),
      changeCapture: recording('changeCapture', log),
      writeStamp: recording('writeStamp', log, writeStampLayer),
      entryFacts: recording('entryFacts', log),
      appearances: recording('appearances', log),
      encryption: reversing(log),
    });
    await db.open(); // a new database's first write (its sync state) is not the one under test
    log.length = 0;
    await caseworkers.create({ name: 'Ana Lopez' });
    expect(log).toEqual([...CHAIN_ORDER]);
  });

  it('stores what the lowest layer makes of a record, while every layer above sees the real values', async () => {
    const log: ChainSlot[] = [];
    const { name } = open({
      presentationMode: presentationLayer,
      changeCapture: null,
      writeStamp: null,
      entryFacts: null,
      appearances: null,
      encryption: reversing(log),
    });
    const ana = await caseworkers.create({ name: 'Ana Lopez' });

    const raw = new Dexie(name);
    defineVersions(raw);
    opened.push(raw);
    expect((await raw.table('caseworkers').get(ana.id)).name).toBe('zepoL anA');
    expect((await caseworkers.get(ana.id))?.name).toBe('Ana Lopez');
    expect((await caseworkers.list()).map((c) => c.name)).toEqual(['Ana Lopez']);
  });

  it('pseudonymises the decrypted names, and refuses writes before they reach change capture or storage', async () => {
    const log: ChainSlot[] = [];
    open({
      presentationMode: recording('presentationMode', log, presentationLayer),
      changeCapture: recording('changeCapture', log),
      writeStamp: null,
      entryFacts: null,
      appearances: null,
      encryption: reversing(log),
    });
    const ana = await caseworkers.create({ name: 'Ana Lopez' });
    await repository('coachingEntries').create({
      kind: 'observation',
      caseworkerId: ana.id,
      date: '2026-03-02',
      strengths: 'Ana Lopez explained the plan.',
    });
    log.length = 0;

    await applyPresentationMode(true);
    expect((await caseworkers.get(ana.id))?.name).toBe('Worker 1');
    expect((await repository('coachingEntries').list())[0]?.strengths).toBe('Worker 1 explained the plan.');
    await expect(caseworkers.update(ana.id, { caseload: 3 })).rejects.toThrow(PresentationModeError);
    expect(log).toEqual(['presentationMode']);

    await applyPresentationMode(false);
    expect((await caseworkers.get(ana.id))?.name).toBe('Ana Lopez');
  });
});
