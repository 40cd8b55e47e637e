import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/domain/model';
import { caseworkerRepository as caseworkers } from '../../../renderer/data/rosterRepository';

import { rolloutRepository as rollouts } from '../../../renderer/data/rolloutRepository';

import { KioskNeedsPinError, kioskRepository } from '../../../renderer/data/surveyKiosk';
import { AlreadyAnsweredError, surveyRepository } from '../../../renderer/data/surveyRepository';
import { useFreshDb } from './freshDb';
import { settingsRepository } from '../../../renderer/data/settingsRepository';

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
    await kioskRepository.setPin('2468');
    const { kioskPinHash } = await settingsRepository.load();
    expect(kioskPinHash).toMatch(/^sha256\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(kioskPinHash).not.toContain('2468');
    await kioskRepository.setPin('2468');
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
    await kioskRepository.setPin('2468');
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

    expect(await kioskRepository.end('1357')).toEqual({ ok: false });
    expect(await kioskRepository.lock()).not.toBeNull();
    expect(await kioskRepository.end('2468')).toEqual({ ok: true, returnTo: `/surveys/people/${ana.id}` });
    expect(await kioskRepository.lock()).toBeNull();
    expect(await db().drafts.count()).toBe(0);
  });

  it('asks replace-or-keep before handing over to someone who already answered', async () => {
    const { start, answers, round, ana } = await setup();
    await kioskRepository.setPin('2468');
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
    await kioskRepository.setPin('2468');
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
    expect(await kioskRepository.end('2468')).toEqual({ ok: true, returnTo: '/surveys' });
  });
});
