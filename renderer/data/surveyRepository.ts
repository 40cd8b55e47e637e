// Survey instruments, rounds and responses: the default instrument installed on first use, instrument saves that make a
// new version once answers depend on the questions, rounds per rollout, and response writes (form, kiosk, CSV import) that
// validate every answer and either write everything or nothing.
import type { SurveyInstrument, SurveyResponse, SurveyRound } from '../domain/model';
import { ValidationError, type InputByTable } from '../domain/model';
import { checkAnswers } from '../domain/survey/answerValidation';
import { defaultInstrumentInput } from '../domain/survey/defaultInstrument';
import {
  checkDraft,
  latestVersions,
  planInstrumentSave,
  type InstrumentDraft,
  type SavePlan,
} from '../domain/survey/instrumentEditing';
import type { SurveyData } from '../domain/survey/surveyResults';
import { getDb } from './db';
import { makeRecord, newId, nowIso, repository, validateFields } from './repository';

export const surveyInstruments = repository('surveyInstruments');
export const surveyRounds = repository('surveyRounds');
export const surveyResponses = repository('surveyResponses');

const live = <T extends { deletedAt: string | null }>(records: readonly T[]): T[] =>
  records.filter((r) => r.deletedAt === null);

/** What to do when someone already answered the round: ask (refuse with AlreadyAnsweredError), replace, or keep. */
export type OnExisting = 'ask' | 'replace' | 'keep';

/** Refusal to store a second response for the same caseworker in the same round without being told what to do. */
export class AlreadyAnsweredError extends Error {
  readonly existing: SurveyResponse;
  constructor(existing: SurveyResponse, caseworkerName: string, roundName: string) {
    super(
      `${caseworkerName} already answered ${roundName} on ${existing.answeredOn}. Replace those answers or keep them?`,
    );
    this.name = 'AlreadyAnsweredError';
    this.existing = existing;
  }
}

// ---------- Instruments ----------

/**
 * The instrument new rounds use: the newest version of the newest series. A workspace without any instrument gets the
 * default one that ships with the app, so the surveys area always has questions to show.
 */
export async function ensureDefaultInstrument(): Promise<SurveyInstrument> {
  const db = getDb();
  return db.transaction('rw', db.surveyInstruments, async () => {
    const current = latestVersions(await db.surveyInstruments.toArray())[0];
    if (current) return current;
    const record = makeRecord('surveyInstruments', defaultInstrumentInput(newId()));
    await db.surveyInstruments.add(record);
    return record;
  });
}

/** Everything scoring needs: every instrument version (old answers keep theirs, even in Trash), live rounds and responses. */
export async function loadSurveyData(): Promise<SurveyData> {
  const db = getDb();
  const [instruments, rounds, responses] = await Promise.all([
    db.surveyInstruments.toArray(),
    db.surveyRounds.toArray(),
    db.surveyResponses.toArray(),
  ]);
  return { instruments, rounds: live(rounds), responses: live(responses) };
}

/** How many responses (live or in Trash) were given on each instrument version. */
export async function countAnswersByInstrument(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await getDb().surveyResponses.each((r) =>
    counts.set(r.instrumentId, (counts.get(r.instrumentId) ?? 0) + 1),
  );
  return counts;
}

export interface SaveInstrumentResult {
  instrument: SurveyInstrument;
  outcome: SavePlan['kind'];
  /** Rounds nobody had answered yet that now use the new version. */
  roundsMoved: number;
}

/**
 * Saves an edited instrument. When the version already has answers and its questions changed, the edit becomes a new
 * version of the same series and the old one stays as it was, so every old answer is still read with its own questions.
 */
export async function saveInstrument(id: string, draft: InstrumentDraft): Promise<SaveInstrumentResult> {
  const issues = checkDraft(draft);
  if (issues.length > 0) throw new ValidationError(issues, 'survey');
  const db = getDb();
  return db.transaction('rw', db.surveyInstruments, db.surveyRounds, db.surveyResponses, async () => {
    const current = await db.surveyInstruments.get(id);
    if (!current || current.deletedAt !== null) throw new Error('That survey no longer exists.');
    const answered = (await db.surveyResponses.where('instrumentId').equals(id).count()) > 0;
    const series = await db.surveyInstruments.where('seriesId').equals(current.seriesId).toArray();
    const highest = Math.max(current.version, ...series.map((s) => s.version));
    const plan = planInstrumentSave(current, draft, { answered, highestVersionInSeries: highest });
    const fields = { name: draft.name, description: draft.description, items: draft.items };
    if (plan.kind === 'unchanged') return { instrument: current, outcome: plan.kind, roundsMoved: 0 };
    if (plan.kind === 'update') {
      const valid = validateFields('surveyInstruments', {
        seriesId: current.seriesId,
        version: current.version,
        ...fields,
      });
      const next: SurveyInstrument = { ...current, ...valid, updatedAt: nowIso() };
      await db.surveyInstruments.put(next);
      return { instrument: next, outcome: plan.kind, roundsMoved: 0 };
    }
    const record = makeRecord('surveyInstruments', {
      seriesId: current.seriesId,
      version: plan.version,
      ...fields,
    });
    await db.surveyInstruments.add(record);
    // Rounds on the old version that nobody has answered yet follow the new questions; answered rounds keep theirs.
    let roundsMoved = 0;
    const at = nowIso();
    for (const round of await db.surveyRounds.where('instrumentId').equals(id).toArray()) {
      if (round.deletedAt !== null) continue;
      if ((await db.surveyResponses.where('roundId').equals(round.id).count()) > 0) continue;
      await db.surveyRounds.put({ ...round, instrumentId: record.id, updatedAt: at });
      roundsMoved += 1;
    }
    return { instrument: record, outcome: plan.kind, roundsMoved };
  });
}

// ---------- Rounds ----------

/** Live rounds, oldest first; only those of one rollout when `rolloutId` is given. */
export async function listRounds(rolloutId?: string | null): Promise<SurveyRound[]> {
  const rounds = live(await getDb().surveyRounds.toArray());
  return rounds
    .filter((r) => !rolloutId || r.rolloutId === rolloutId)
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.createdAt.localeCompare(b.createdAt));
}

async function mustBeLive<T extends { deletedAt: string | null }>(
  found: T | undefined,
  what: string,
): Promise<T> {
  if (!found || found.deletedAt !== null) throw new Error(`That ${what} no longer exists.`);
  return found;
}

/** Opens a survey round for a rollout on a chosen instrument version. */
export async function createRound(input: InputByTable['surveyRounds']): Promise<SurveyRound> {
  const fields = validateFields('surveyRounds', input);
  const db = getDb();
  return db.transaction('rw', db.surveyRounds, db.surveyInstruments, db.rollouts, async () => {
    await mustBeLive(await db.rollouts.get(fields.rolloutId), 'rollout');
    await mustBeLive(await db.surveyInstruments.get(fields.instrumentId), 'survey version');
    const record = makeRecord('surveyRounds', fields);
    await db.surveyRounds.add(record);
    return record;
  });
}

/** Renames or re-dates a round; its survey version can change only while nobody has answered it. */
export async function updateRound(
  id: string,
  patch: Partial<InputByTable['surveyRounds']>,
): Promise<SurveyRound> {
  const db = getDb();
  return db.transaction('rw', db.surveyRounds, db.surveyInstruments, db.surveyResponses, async () => {
    const current = await mustBeLive(await db.surveyRounds.get(id), 'survey round');
    if (patch.instrumentId && patch.instrumentId !== current.instrumentId) {
      await mustBeLive(await db.surveyInstruments.get(patch.instrumentId), 'survey version');
      if ((await db.surveyResponses.where('roundId').equals(id).count()) > 0) {
        throw new ValidationError(
          [
            {
              field: 'instrumentId',
              message: 'cannot change: people have already answered this round on its current version',
            },
          ],
          'survey round',
        );
      }
    }
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = current;
    const next: SurveyRound = {
      ...current,
      ...validateFields('surveyRounds', { ...fields, ...patch }),
      updatedAt: nowIso(),
    };
    await db.surveyRounds.put(next);
    return next;
  });
}

// ---------- Responses ----------

export interface ResponseInput {
  roundId: string;
  caseworkerId: string;
  /** itemId -> answer as the form holds it; checked and tidied against the round's questions before storing. */
  answers: Record<string, unknown>;
  via: SurveyResponse['via'];
  answeredOn: string;
}

export interface SaveResponseResult {
  response: SurveyResponse;
  /** The earlier response moved to Trash, when the user chose to replace it. */
  replaced: SurveyResponse | null;
  /** True when the earlier response was kept and nothing was written. */
  kept: boolean;
}

/** The live responses of one round. */
export async function listRoundResponses(roundId: string): Promise<SurveyResponse[]> {
  return live(await getDb().surveyResponses.where('roundId').equals(roundId).toArray());
}

/** The live response of a caseworker in a round, if any. */
export async function findResponse(
  roundId: string,
  caseworkerId: string,
): Promise<SurveyResponse | undefined> {
  const found = await getDb()
    .surveyResponses.where('[roundId+caseworkerId]')
    .equals([roundId, caseworkerId])
    .toArray();
  return live(found).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/**
 * Stores one caseworker's answers for a round, on the round's instrument version. Answers are checked first (each problem
 * names its question); a second response in the same round is refused unless the caller says to replace or keep.
 */
export async function saveResponse(
  input: ResponseInput,
  onExisting: OnExisting = 'ask',
): Promise<SaveResponseResult> {
  const db = getDb();
  return db.transaction(
    'rw',
    [db.surveyRounds, db.surveyInstruments, db.surveyResponses, db.caseworkers],
    async () => {
      const round = await mustBeLive(await db.surveyRounds.get(input.roundId), 'survey round');
      const instrument = await db.surveyInstruments.get(round.instrumentId);
      if (!instrument) throw new Error('The survey version of this round no longer exists.');
      const caseworker = await mustBeLive(await db.caseworkers.get(input.caseworkerId), 'caseworker');
      const checked = checkAnswers(instrument.items, input.answers);
      if (!checked.ok) throw new ValidationError(checked.issues, 'survey response');
      // The whole record is checked before anyone is asked to replace anything.
      const at = nowIso();
      const record = makeRecord(
        'surveyResponses',
        {
          roundId: round.id,
          instrumentId: instrument.id,
          caseworkerId: caseworker.id,
          answeredOn: input.answeredOn,
          via: input.via,
          answers: checked.answers,
        },
        at,
      );
      const existing = live(
        await db.surveyResponses.where('[roundId+caseworkerId]').equals([round.id, caseworker.id]).toArray(),
      );
      const earlier = existing[0];
      if (earlier && onExisting === 'ask')
        throw new AlreadyAnsweredError(earlier, caseworker.name, round.name);
      if (earlier && onExisting === 'keep') return { response: earlier, replaced: null, kept: true };
      for (const old of existing) await db.surveyResponses.put({ ...old, deletedAt: at, updatedAt: at });
      await db.surveyResponses.add(record);
      return { response: record, replaced: earlier ?? null, kept: false };
    },
  );
}

export interface ImportResponsesResult {
  added: number;
  replaced: number;
  kept: number;
}

/**
 * Writes the rows of a survey-answer import in one transaction: every row is checked again against the round's questions,
 * people who already answered are replaced (earlier answers go to Trash) or kept (row skipped) as the user chose. Any
 * failure rolls everything back, so a round is never half-imported.
 */
export async function importResponses(
  roundId: string,
  rows: readonly { caseworkerId: string; answeredOn: string; answers: Readonly<Record<string, unknown>> }[],
  onExisting: Exclude<OnExisting, 'ask'>,
): Promise<ImportResponsesResult> {
  const db = getDb();
  return db.transaction(
    'rw',
    [db.surveyRounds, db.surveyInstruments, db.surveyResponses, db.caseworkers],
    async () => {
      const round = await mustBeLive(await db.surveyRounds.get(roundId), 'survey round');
      const instrument = await db.surveyInstruments.get(round.instrumentId);
      if (!instrument) throw new Error('The survey version of this round no longer exists.');
      const liveWorkers = new Set(live(await db.caseworkers.toArray()).map((c) => c.id));
      const earlier = new Map<string, SurveyResponse[]>();
      for (const r of live(await db.surveyResponses.where('roundId').equals(round.id).toArray())) {
        earlier.set(r.caseworkerId, [...(earlier.get(r.caseworkerId) ?? []), r]);
      }
      const at = nowIso();
      const seen = new Set<string>();
      const records: SurveyResponse[] = [];
      const retired: SurveyResponse[] = [];
      let kept = 0;
      for (const [index, row] of rows.entries()) {
        const where = `Row ${String(index + 1)} of the import`;
        if (!liveWorkers.has(row.caseworkerId))
          throw new Error(`${where} is for a caseworker who is no longer in the roster.`);
        if (seen.has(row.caseworkerId))
          throw new Error(`${where} repeats a caseworker already in the import.`);
        seen.add(row.caseworkerId);
        const checked = checkAnswers(instrument.items, row.answers);
        if (!checked.ok) throw new ValidationError(checked.issues, 'survey response');
        const old = earlier.get(row.caseworkerId) ?? [];
        if (old.length > 0 && onExisting === 'keep') {
          kept += 1;
          continue;
        }
        retired.push(...old);
        records.push(
          makeRecord(
            'surveyResponses',
            {
              roundId: round.id,
              instrumentId: instrument.id,
              caseworkerId: row.caseworkerId,
              answeredOn: row.answeredOn,
              via: 'import',
              answers: checked.answers,
            },
            at,
          ),
        );
      }
      await db.surveyResponses.bulkPut(retired.map((r) => ({ ...r, deletedAt: at, updatedAt: at })));
      await db.surveyResponses.bulkAdd(records);
      const replaced = new Set(retired.map((r) => r.caseworkerId)).size;
      return { added: records.length - replaced, replaced, kept };
    },
  );
}
