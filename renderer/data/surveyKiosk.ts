// Kiosk mode's lock and the supervisor's PIN. The lock lives in the database (a draft record), not in memory, so reloading
// the window or restarting the app comes back to the same caseworker's survey; only the PIN ends it.
import { z } from 'zod';
import { instant, uuid, ValidationError, type Draft, type SurveyInstrument } from '../domain/model';
import { NO_FAILURES, recordFailure, waitLeft, type Failures } from '../domain/crypto/backoff';
import { hashPin, isWeakPinHash, pinProblem, saltFromBytes, verifyPin } from '../domain/survey/kioskPin';
import { nowMs } from '../clock';
import { getDb, tableOf } from './db';
import { caseworkerRepository } from './rosterRepository';
import { inTransaction, makeRecord, nowIso, repository } from './repository';
import { settingsRepository } from './settingsRepository';
import { AlreadyAnsweredError, surveyRepository } from './surveyRepository';

export const KIOSK_DRAFT_KEY = 'kiosk-session';
/** Wrong PINs so far, stored beside the lock so that reloading the window does not reset the wait. */
export const KIOSK_FAILURES_KEY = 'kiosk-pin-failures';
const failuresSchema = z.object({ count: z.number().int().min(0), lastAt: z.number().min(0) });

const kioskSession = z.object({
  roundId: uuid,
  caseworkerId: uuid,
  /** The supervisor chose to replace this person's earlier answers in the round. */
  replaceExisting: z.boolean(),
  startedAt: instant,
  submittedAt: instant.nullable(),
  /** Where the supervisor lands after unlocking. */
  returnTo: z.string().max(300),
});
export type KioskSession = z.infer<typeof kioskSession>;

/** The lock while kiosk mode is on. `session` is null when the stored lock cannot be read: it still locks, and the PIN still ends it. */
export interface KioskLock {
  session: KioskSession | null;
}

const drafts = repository('drafts');
const draftTable = () => tableOf<Draft>(getDb(), 'drafts');
const lockRecords = (): Promise<Draft[]> => drafts.listBy('key', KIOSK_DRAFT_KEY);

/** The kiosk lock, or null when kiosk mode is off. */
async function loadKioskLock(): Promise<KioskLock | null> {
  const [record] = await lockRecords();
  if (!record) return null;
  const parsed = kioskSession.safeParse(record.payload);
  return { session: parsed.success ? parsed.data : null };
}

/** What the kiosk shows: the round's questions and the name of the person answering. Nothing else is read. */
export interface KioskSurvey {
  roundName: string;
  instrument: SurveyInstrument;
  caseworkerName: string;
}

async function loadKioskSurvey(
  session: Pick<KioskSession, 'roundId' | 'caseworkerId'>,
): Promise<KioskSurvey | null> {
  const round = await surveyRepository.rounds.get(session.roundId);
  const instrument = round ? await surveyRepository.instruments.get(round.instrumentId) : undefined;
  const caseworker = await caseworkerRepository.get(session.caseworkerId);
  if (!round || !instrument || !caseworker) return null;
  return { roundName: round.name, instrument, caseworkerName: caseworker.name };
}

/** Kiosk mode cannot start without a PIN: nobody could end it. */
export class KioskNeedsPinError extends Error {
  constructor(
    message = 'Kiosk mode needs a supervisor PIN, so that only you can end it. Set one in Settings first.',
  ) {
    super(message);
    this.name = 'KioskNeedsPinError';
  }
}

export const WEAK_PIN_MESSAGE =
  'Your kiosk PIN was stored in an older, weaker form. Set a new PIN of at least 6 digits in Settings before starting kiosk mode.';

/**
 * Hands the computer to one caseworker for one round. Refused without a PIN, while kiosk mode is already on, and (unless
 * `replaceExisting`) when the person already answered the round, so the supervisor decides replace-or-keep up front.
 */
async function startKiosk(input: {
  roundId: string;
  caseworkerId: string;
  replaceExisting: boolean;
  returnTo: string;
}): Promise<KioskSession> {
  return inTransaction(
    'rw',
    ['drafts', 'settings', 'surveyRounds', 'caseworkers', 'surveyResponses'],
    async () => {
      const settings = await settingsRepository.load();
      if (!settings.kioskPinHash) throw new KioskNeedsPinError();
      if (isWeakPinHash(settings.kioskPinHash)) throw new KioskNeedsPinError(WEAK_PIN_MESSAGE);
      if ((await lockRecords()).length > 0) throw new Error('Kiosk mode is already on.');
      const round = await surveyRepository.rounds.getLive(input.roundId);
      if (!round) throw new Error('That survey round no longer exists.');
      const caseworker = await caseworkerRepository.getLive(input.caseworkerId);
      if (!caseworker) throw new Error('That caseworker no longer exists.');
      const earlier = await surveyRepository.responses.find(round.id, caseworker.id);
      if (earlier && !input.replaceExisting)
        throw new AlreadyAnsweredError(earlier, caseworker.name, round.name);
      const session = kioskSession.parse({ ...input, startedAt: nowIso(), submittedAt: null });
      await draftTable().add(makeRecord('drafts', { key: KIOSK_DRAFT_KEY, payload: session }));
      return session;
    },
  );
}

/** Stores the answers given in kiosk mode and marks the session done, in one transaction. */
async function submitKioskAnswers(answers: Record<string, unknown>, answeredOn: string): Promise<void> {
  await inTransaction(
    'rw',
    ['drafts', 'surveyRounds', 'surveyInstruments', 'surveyResponses', 'caseworkers'],
    async () => {
      const [record] = await lockRecords();
      const parsed = kioskSession.safeParse(record?.payload);
      if (!record || !parsed.success)
        throw new Error('Kiosk mode is not on, so there is nowhere to save these answers.');
      const session = parsed.data;
      if (session.submittedAt) throw new Error('These answers were already sent.');
      await surveyRepository.responses.save(
        { roundId: session.roundId, caseworkerId: session.caseworkerId, answers, via: 'kiosk', answeredOn },
        session.replaceExisting ? 'replace' : 'ask',
      );
      const at = nowIso();
      await draftTable().put({ ...record, payload: { ...session, submittedAt: at }, updatedAt: at });
    },
  );
}

const failureRecords = (): Promise<Draft[]> => drafts.listBy('key', KIOSK_FAILURES_KEY);

/** Wrong PINs typed so far while this kiosk session ran. */
async function loadKioskFailures(): Promise<Failures> {
  const [record] = await failureRecords();
  const parsed = failuresSchema.safeParse(record?.payload);
  return parsed.success ? parsed.data : NO_FAILURES;
}

async function saveKioskFailures(failures: Failures | null): Promise<void> {
  await inTransaction('rw', ['drafts'], async () => {
    const records = await failureRecords();
    await draftTable().bulkDelete(records.map((r) => r.id));
    if (failures)
      await draftTable().add(makeRecord('drafts', { key: KIOSK_FAILURES_KEY, payload: failures }));
  });
}

export type EndKioskResult = { ok: true; returnTo: string } | { ok: false; waitMs: number };

/**
 * Ends kiosk mode when `pin` is the supervisor's PIN. A wrong PIN changes nothing but the stored count of wrong tries;
 * after three, each try must wait longer (`waitMs`, 0 when the next try may come at once), across reloads too. With no
 * PIN stored at all (a restored backup without one), the lock cannot be checked and lifts.
 */
async function endKiosk(pin: string): Promise<EndKioskResult> {
  const { kioskPinHash } = await settingsRepository.load();
  const failures = await loadKioskFailures();
  const wait = waitLeft(failures, nowMs());
  if (wait > 0) return { ok: false, waitMs: wait };
  // Hashing is slow asynchronous work, so it runs before the transaction, never inside it.
  if (kioskPinHash && !(await verifyPin(pin, kioskPinHash))) {
    const next = recordFailure(failures, nowMs());
    await saveKioskFailures(next);
    return { ok: false, waitMs: waitLeft(next, nowMs()) };
  }
  return inTransaction('rw', ['drafts'], async () => {
    const records = [...(await lockRecords()), ...(await failureRecords())];
    const parsed = kioskSession.safeParse(records[0]?.payload);
    await draftTable().bulkDelete(records.map((r) => r.id));
    return { ok: true as const, returnTo: parsed.success ? parsed.data.returnTo : '/surveys' };
  });
}

/** Sets or changes the kiosk PIN; only its Argon2id hash is stored. */
async function setKioskPin(pin: string): Promise<void> {
  const problem = pinProblem(pin);
  if (problem) throw new ValidationError([{ field: 'pin', message: problem }], 'PIN');
  const salt = saltFromBytes(crypto.getRandomValues(new Uint8Array(16)));
  await settingsRepository.save({ kioskPinHash: await hashPin(pin, salt) });
}

/** Removes the PIN; refused while kiosk mode is on, since nobody could end it then. */
async function clearKioskPin(): Promise<void> {
  if ((await lockRecords()).length > 0) throw new Error('Kiosk mode is on; end it before removing the PIN.');
  await settingsRepository.save({ kioskPinHash: null });
}

/** Kiosk mode: its lock (a draft record), what the kiosk shows, and the supervisor's PIN. */
export const kioskRepository = {
  lock: loadKioskLock,
  survey: loadKioskSurvey,
  start: startKiosk,
  submit: submitKioskAnswers,
  end: endKiosk,
  failures: loadKioskFailures,
  setPin: setKioskPin,
  clearPin: clearKioskPin,
};
