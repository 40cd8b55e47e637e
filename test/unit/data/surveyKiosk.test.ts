import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/domain/model';
import { caseworkerRepository as caseworkers } from '../../../renderer/data/rosterRepository';
import { rolloutRepository as rollouts } from '../../../renderer/data/rolloutRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { setClockForTests } from '../../../renderer/clock';
import { KioskNeedsPinError, kioskRepository } from '../../../renderer/data/surveyKiosk';
import { AlreadyAnsweredError, surveyRepository } from '../../../renderer/data/surveyRepository';
import { useFreshDb } from './freshDb';

const db = useFreshDb();

async function setup() {
  const instrument = await surveyRepository.instruments.ensureDefault();
  const rollout = await rollouts.create({ name: 'MobileCase' });
  const round = await surveyRepository.rounds.create({
    rolloutId: rollout.id,
    instrumentId: instrument.id,
    name: 'Pulse',
    kind: 'pulse',
    openedOn: '2026-03-01',
  });
  const ana = await caseworkers.create({ name: 'Ana Lopez' });
  const answers: Record<string, unknown> = {};
  for (const item of instrument.items) {
    if (!item.optional)
      answers[item.id] = item.kind === 'multi' ? ['tablet'] : item.kind === 'single' ? 'dictate' : 3;
  }
  return {
    round,
    ana,
    answers,
    start: {
      roundId: round.id,
      caseworkerId: ana.id,
      replaceExisting: false,
      returnTo: `/surveys/people/${ana.id}`,
    },
  };
}

describe('kiosk PIN', () => {
  it('stores only a salted hash and refuses a bad PIN', async () => {
    await kioskRepository.setPin('246813');
    const { kioskPinHash } = await settingsRepository.load();
    expect(kioskPinHash).toMatch(/^argon2id\$m=\d+,t=\d+,p=\d+\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(kioskPinHash).not.toContain('246813');
    await kioskRepository.setPin('246813');
    expect((await settingsRepository.load()).kioskPinHash).not.toBe(kioskPinHash);
    await expect(kioskRepository.setPin('12')).rejects.toThrow(ValidationError);
    await kioskRepository.clearPin();
    expect((await settingsRepository.load()).kioskPinHash).toBeNull();
  });
});

describe('kiosk mode', () => {
  it('cannot start without a PIN', async () => {
    const { start } = await setup();
    await expect(kioskRepository.start(start)).rejects.toThrow(KioskNeedsPinError);
    expect(await kioskRepository.lock()).toBeNull();
  });

  it('locks in the database, saves the answers once, and ends only with the right PIN', async () => {
    const { start, answers, ana } = await setup();
    await kioskRepository.setPin('246813');
    await kioskRepository.start(start);
    // What a reload sees: the lock is read back from the database.
    expect((await kioskRepository.lock())?.session).toMatchObject({
      caseworkerId: ana.id,
      submittedAt: null,
    });
    await expect(kioskRepository.start(start)).rejects.toThrow('Kiosk mode is already on.');
    await expect(kioskRepository.clearPin()).rejects.toThrow(/end it before removing/);

    await expect(kioskRepository.submit({ ...answers, 'ease-learn': 8 }, '2026-03-02')).rejects.toThrow(
      ValidationError,
    );
    expect((await kioskRepository.lock())?.session?.submittedAt).toBeNull();
    await kioskRepository.submit(answers, '2026-03-02');
    expect((await kioskRepository.lock())?.session?.submittedAt).not.toBeNull();
    await expect(kioskRepository.submit(answers, '2026-03-02')).rejects.toThrow(
      'These answers were already sent.',
    );
    const responses = (await surveyRepository.data()).responses;
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ via: 'kiosk', caseworkerId: ana.id, answeredOn: '2026-03-02' });

    expect(await kioskRepository.end('135792')).toEqual({ ok: false, waitMs: 0 });
    expect(await kioskRepository.lock()).not.toBeNull();
    expect(await kioskRepository.end('246813')).toEqual({ ok: true, returnTo: `/surveys/people/${ana.id}` });
    expect(await kioskRepository.lock()).toBeNull();
    expect(await db().drafts.count()).toBe(0);
  });

  it('makes wrong PINs wait longer after three, with the count stored so a reload does not reset it', async () => {
    let at = Date.parse('2026-03-02T09:00:00Z');
    setClockForTests(() => new Date(at));
    try {
      const { start } = await setup();
      await kioskRepository.setPin('246813');
      await kioskRepository.start(start);
      for (const _ of [1, 2]) expect(await kioskRepository.end('000111')).toEqual({ ok: false, waitMs: 0 });
      expect(await kioskRepository.end('000111')).toEqual({ ok: false, waitMs: 5_000 });
      // The count lives in the database, not in a screen's memory: a fresh read (as after a reload) still sees it.
      expect(await kioskRepository.failures()).toEqual({ count: 3, lastAt: at });
      // While waiting, even the right PIN is not checked.
      expect(await kioskRepository.end('246813')).toEqual({ ok: false, waitMs: 5_000 });
      at += 5_000;
      expect(await kioskRepository.end('000111')).toEqual({ ok: false, waitMs: 10_000 });
      at += 10_000;
      expect(await kioskRepository.end('246813')).toMatchObject({ ok: true });
      expect(await kioskRepository.failures()).toEqual({ count: 0, lastAt: 0 });
    } finally {
      setClockForTests(null);
    }
  });

  it('refuses to start kiosk mode with a PIN stored by an earlier version (salted SHA-256), but that PIN still ends it', async () => {
    const { start } = await setup();
    const legacy = `sha256$c0ffee$${createHash('sha256').update('c0ffee:2468').digest('hex')}`;
    await settingsRepository.save({ kioskPinHash: legacy });
    await expect(kioskRepository.start(start)).rejects.toThrow(/older, weaker form/);
    const now = new Date().toISOString();
    await db().drafts.add({
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      key: 'kiosk-session',
      payload: { broken: true },
    });
    expect(await kioskRepository.end('2468')).toEqual({ ok: true, returnTo: '/surveys' });
  });

  it('asks replace-or-keep before handing over to someone who already answered', async () => {
    const { start, answers, round, ana } = await setup();
    await kioskRepository.setPin('246813');
    await surveyRepository.responses.save({
      roundId: round.id,
      caseworkerId: ana.id,
      answers,
      via: 'form',
      answeredOn: '2026-03-01',
    });
    await expect(kioskRepository.start(start)).rejects.toThrow(AlreadyAnsweredError);
    await kioskRepository.start({ ...start, replaceExisting: true });
    await kioskRepository.submit({ ...answers, 'ease-learn': 5 }, '2026-03-03');
    const live = (await surveyRepository.data()).responses;
    expect(live).toHaveLength(1);
    expect(live[0]?.answers['ease-learn']).toBe(5);
  });

  it('still locks when the stored lock cannot be read, and the PIN still ends it', async () => {
    await kioskRepository.setPin('246813');
    const now = new Date().toISOString();
    await db().drafts.add({
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      key: 'kiosk-session',
      payload: { broken: true },
    });
    expect(await kioskRepository.lock()).toEqual({ session: null });
    expect(await kioskRepository.end('246813')).toEqual({ ok: true, returnTo: '/surveys' });
  });
});
