// The survey aggregate: instruments (versioned), rounds per rollout and responses. The default instrument installed on
// first use, instrument saves that make a new version once answers depend on the questions, and response writes (form,
// kiosk, CSV import) that validate every answer and either write everything or nothing.
import type { SurveyInstrument, SurveyResponse, SurveyRound, TableName } from '../domain/model';
import { isLive, ValidationError, type InputByTable } from '../domain/model';
import { checkAnswers } from '../domain/survey/answerValidation';
import { defaultInstrumentInput } from '../domain/survey/defaultInstrument';
import {
  checkDraft,
  latestVersions,
  planInstrumentSave,
  type InstrumentDraft,
  type SavePlan,
} from '../domain/survey/instrumentEditing';
import { oldestRoundFirst, type SurveyData } from '../domain/survey/surveyResults';
import type { RoundPair } from '../domain/survey/roundComparison';
import { writtenStamp, type ReadStamp } from './startSnapshotRepository';
import { getDb, tableOf } from './db';
import type { StepOptions } from '../domain/csv/importSteps';
import {
  addInSteps,
  inTransaction,
  makeRecord,
  newId,
  nowIso,
  repository,
  type UpdateOptions,
} from './repository';
import { caseworkerRepository, unitRepository } from './rosterRepository';
import { settingsRepository } from './settingsRepository';
import { rolloutRepository } from './rolloutRepository';

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

export interface SaveInstrumentResult {
  instrument: SurveyInstrument;
  outcome: SavePlan['kind'];
  /** Rounds nobody had answered yet that now use the new version. */
  roundsMoved: number;
}

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

export interface ImportResponsesResult {
  added: number;
  replaced: number;
  kept: number;
}

const instrumentBase = repository('surveyInstruments');
const roundBase = repository('surveyRounds');
const responseBase = repository('surveyResponses');
const instrumentTable = () => tableOf<SurveyInstrument>(getDb(), 'surveyInstruments');
const roundTable = () => tableOf<SurveyRound>(getDb(), 'surveyRounds');
const responseTable = () => tableOf<SurveyResponse>(getDb(), 'surveyResponses');

function mustBeLive<T extends { deletedAt: string | null }>(found: T | undefined, what: string): T {
  if (!found || !isLive(found)) throw new Error(`That ${what} no longer exists.`);
  return found;
}

const answeredCount = (roundId: string) => responseTable().where('roundId').equals(roundId).count();

const instruments = {
  ...instrumentBase,
  /**
   * The instrument new rounds use: the newest version of the newest series. A workspace without any instrument gets
   * the default one that ships with the app, so the surveys area always has questions to show.
   */
  ensureDefault: (): Promise<SurveyInstrument> =>
    inTransaction('rw', ['surveyInstruments'], async () => {
      const current = latestVersions(await instrumentBase.listIncludingTrash())[0];
      if (current) return current;
      const record = makeRecord('surveyInstruments', defaultInstrumentInput(newId()));
      await instrumentTable().add(record);
      return record;
    }),

  /** How many responses (live or in Trash) were given on each instrument version, counted through the index. */
  countAnswers: async (): Promise<Map<string, number>> => {
    const counts = new Map<string, number>();
    for (const instrument of await instrumentBase.listIncludingTrash()) {
      const n = await responseTable().where('instrumentId').equals(instrument.id).count();
      if (n > 0) counts.set(instrument.id, n);
    }
    return counts;
  },

  /**
   * Saves an edited instrument. When the version already has answers and its questions changed, the edit becomes a
   * new version of the same series and the old one stays as it was, so every old answer is still read with its own
   * questions.
   */
  saveDraft: async (id: string, draft: InstrumentDraft): Promise<SaveInstrumentResult> => {
    const issues = checkDraft(draft);
    if (issues.length > 0) throw new ValidationError(issues, 'survey');
    return inTransaction('rw', ['surveyInstruments', 'surveyRounds', 'surveyResponses'], async () => {
      const current = await instrumentBase.getLive(id);
      if (!current) throw new Error('That survey no longer exists.');
      const answered = (await responseTable().where('instrumentId').equals(id).count()) > 0;
      const series = await instrumentTable().where('seriesId').equals(current.seriesId).toArray();
      const highest = Math.max(current.version, ...series.map((s) => s.version));
      const plan = planInstrumentSave(current, draft, { answered, highestVersionInSeries: highest });
      const fields = { name: draft.name, description: draft.description, items: draft.items };
      if (plan.kind === 'unchanged') return { instrument: current, outcome: plan.kind, roundsMoved: 0 };
      if (plan.kind === 'update') {
        const next = await instrumentBase.update(id, fields);
        return { instrument: next, outcome: plan.kind, roundsMoved: 0 };
      }
      const record = makeRecord('surveyInstruments', {
        seriesId: current.seriesId,
        version: plan.version,
        ...fields,
      });
      await instrumentTable().add(record);
      // Rounds on the old version that nobody has answered yet follow the new questions; answered rounds keep theirs.
      let roundsMoved = 0;
      const at = nowIso();
      for (const round of await roundBase.listBy('instrumentId', id)) {
        if ((await answeredCount(round.id)) > 0) continue;
        await roundTable().put({ ...round, instrumentId: record.id, updatedAt: at });
        roundsMoved += 1;
      }
      return { instrument: record, outcome: plan.kind, roundsMoved };
    });
  },
};

const rounds = {
  ...roundBase,
  /** Live rounds, oldest first; only those of one rollout (through the rolloutId index) when `rolloutId` is given. */
  listOldestFirst: async (rolloutId?: string | null): Promise<SurveyRound[]> =>
    (rolloutId ? await roundBase.listBy('rolloutId', rolloutId) : await roundBase.list()).sort(
      oldestRoundFirst,
    ),

  /** Opens a survey round for a rollout on a chosen instrument version. */
  create: (input: InputByTable['surveyRounds']): Promise<SurveyRound> =>
    inTransaction('rw', ['surveyRounds', 'surveyInstruments', 'rollouts'], async () => {
      const record = makeRecord('surveyRounds', input);
      mustBeLive(await rolloutRepository.get(record.rolloutId), 'rollout');
      mustBeLive(await instrumentBase.get(record.instrumentId), 'survey version');
      await roundTable().add(record);
      return record;
    }),

  /** Renames or re-dates a round; its survey version can change only while nobody has answered it. */
  update: (
    id: string,
    patch: Partial<InputByTable['surveyRounds']>,
    options?: UpdateOptions<'surveyRounds'>,
  ): Promise<SurveyRound> =>
    inTransaction('rw', ['surveyRounds', 'surveyInstruments', 'surveyResponses'], async () => {
      const current = mustBeLive(await roundBase.get(id), 'survey round');
      if (patch.instrumentId && patch.instrumentId !== current.instrumentId) {
        mustBeLive(await instrumentBase.get(patch.instrumentId), 'survey version');
        if ((await answeredCount(id)) > 0) {
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
      return roundBase.update(id, patch, options);
    }),
};

const responses = {
  ...responseBase,
  /** The live responses of one round. */
  listOfRound: (roundId: string): Promise<SurveyResponse[]> => responseBase.listBy('roundId', roundId),

  /** The people with a live response in a round (through the roundId index). */
  whoAnswered: async (roundId: string): Promise<Set<string>> =>
    new Set((await responses.listOfRound(roundId)).map((r) => r.caseworkerId)),

  /** The live response of a caseworker in a round, if any. */
  find: async (roundId: string, caseworkerId: string): Promise<SurveyResponse | undefined> =>
    (await responseBase.listBy('[roundId+caseworkerId]', [roundId, caseworkerId])).sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    )[0],

  /**
   * Stores one caseworker's answers for a round, on the round's instrument version. Answers are checked first (each
   * problem names its question); a second response in the same round is refused unless the caller says to replace or
   * keep.
   */
  save: (input: ResponseInput, onExisting: OnExisting = 'ask'): Promise<SaveResponseResult> =>
    inTransaction('rw', ['surveyRounds', 'surveyInstruments', 'surveyResponses', 'caseworkers'], async () => {
      const round = mustBeLive(await roundBase.get(input.roundId), 'survey round');
      const instrument = await instrumentBase.get(round.instrumentId);
      if (!instrument) throw new Error('The survey version of this round no longer exists.');
      const caseworker = mustBeLive(await caseworkerRepository.get(input.caseworkerId), 'caseworker');
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
      const existing = await responseBase.listBy('[roundId+caseworkerId]', [round.id, caseworker.id]);
      const earlier = existing[0];
      if (earlier && onExisting === 'ask')
        throw new AlreadyAnsweredError(earlier, caseworker.name, round.name);
      if (earlier && onExisting === 'keep') return { response: earlier, replaced: null, kept: true };
      for (const old of existing) await responseTable().put({ ...old, deletedAt: at, updatedAt: at });
      await responseTable().add(record);
      return { response: record, replaced: earlier ?? null, kept: false };
    }),

  /**
   * Writes the rows of a survey-answer import in one transaction: every row is checked again against the round's
   * questions, people who already answered are replaced (earlier answers go to Trash) or kept (row skipped) as the
   * user chose. Any failure rolls everything back, so a round is never half-imported.
   */
  importRows: (
    roundId: string,
    rows: readonly { caseworkerId: string; answeredOn: string; answers: Readonly<Record<string, unknown>> }[],
    onExisting: Exclude<OnExisting, 'ask'>,
    options: StepOptions = {},
  ): Promise<ImportResponsesResult> =>
    inTransaction('rw', ['surveyRounds', 'surveyInstruments', 'surveyResponses', 'caseworkers'], async () => {
      const round = mustBeLive(await roundBase.get(roundId), 'survey round');
      const instrument = await instrumentBase.get(round.instrumentId);
      if (!instrument) throw new Error('The survey version of this round no longer exists.');
      const liveWorkers = new Set(
        (await caseworkerRepository.getManyLive(rows.map((r) => r.caseworkerId))).map((c) => c.id),
      );
      const earlier = new Map<string, SurveyResponse[]>();
      for (const r of await responseBase.listBy('roundId', round.id)) {
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
      await responseTable().bulkPut(retired.map((r) => ({ ...r, deletedAt: at, updatedAt: at })));
      await addInSteps('surveyResponses', records, (r) => r, options);
      const replaced = new Set(retired.map((r) => r.caseworkerId)).size;
      return { added: records.length - replaced, replaced, kept };
    }),
};

// The tables a comparison of two rounds is built from.
const PAIR_TABLES = [
  'surveyRounds',
  'surveyResponses',
  'surveyInstruments',
] as const satisfies readonly TableName[];

export const surveyRepository = {
  instruments,
  rounds,
  responses,

  /** Everything scoring needs: every instrument version (old answers keep theirs, even in Trash), live rounds and responses. */
  data: async (): Promise<SurveyData> => {
    const [allInstruments, liveRounds, liveResponses] = await Promise.all([
      instrumentBase.listIncludingTrash(),
      roundBase.list(),
      responseBase.list(),
    ]);
    return { instruments: allInstruments, rounds: liveRounds, responses: liveResponses };
  },

  /**
   * What the survey screens need about one rollout: its rounds (rolloutId index), their live responses (roundId index)
   * and every instrument version; nothing in scope without a rollout.
   */
  dataOfRollout: async (rolloutId: string | null): Promise<SurveyData> => {
    const [allInstruments, rounds] = await Promise.all([
      instrumentBase.listIncludingTrash(),
      rolloutId ? roundBase.listBy('rolloutId', rolloutId) : Promise.resolve([]),
    ]);
    const responses = await responseBase.listByAny(
      'roundId',
      rounds.map((r) => r.id),
    );
    return { instruments: allInstruments, rounds, responses };
  },

  /**
   * What comparing two rounds needs, read through the indexes (not the rollout's 50,000 answers): the two rounds, their
   * live responses and every instrument version, stamped with the write tokens read first (a comparison built from
   * them is kept for the next visit only while none of these tables was written since).
   */
  roundPair: async ({ fromId, toId }: RoundPair): Promise<{ data: SurveyData; stamp: ReadStamp }> => {
    const stamp = await writtenStamp(PAIR_TABLES);
    const [allInstruments, rounds, responses] = await Promise.all([
      instrumentBase.listIncludingTrash(),
      roundBase.getManyLive([fromId, toId]),
      responseBase.listByAny('roundId', [fromId, toId]),
    ]);
    return { data: { instruments: allInstruments, rounds, responses }, stamp };
  },

  /**
   * What one person's survey results need in the current rollout, read through the indexes (not the rollout's 50,000
   * answers): the person and their unit, the rollout and its rounds, every instrument version, their responses to
   * those rounds, and the settings (the stance thresholds).
   */
  personInRollout: async (caseworkerId: string) => {
    const [caseworker, rollout, settings, allInstruments, theirs] = await Promise.all([
      caseworkerRepository.getLive(caseworkerId),
      rolloutRepository.current(),
      settingsRepository.load(),
      instrumentBase.listIncludingTrash(),
      responseBase.listBy('caseworkerId', caseworkerId),
    ]);
    const [rounds, unit] = await Promise.all([
      rollout ? roundBase.listBy('rolloutId', rollout.id) : Promise.resolve([]),
      caseworker?.unitId ? unitRepository.getLive(caseworker.unitId) : Promise.resolve(undefined),
    ]);
    const roundIds = new Set(rounds.map((r) => r.id));
    return {
      caseworker,
      unit,
      rollout,
      settings,
      data: {
        instruments: allInstruments,
        rounds,
        responses: theirs.filter((r) => roundIds.has(r.roundId)),
      } satisfies SurveyData,
    };
  },

  /** What scoring needs about one caseworker: their responses (through the caseworkerId index) and every version. */
  dataOf: async (caseworkerId: string): Promise<SurveyData> => {
    const [allInstruments, liveRounds, theirs] = await Promise.all([
      instrumentBase.listIncludingTrash(),
      roundBase.list(),
      responseBase.listBy('caseworkerId', caseworkerId),
    ]);
    return { instruments: allInstruments, rounds: liveRounds, responses: theirs };
  },
};
