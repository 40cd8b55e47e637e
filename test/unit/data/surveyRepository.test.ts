import { describe, expect, it } from 'vitest';
import { ValidationError, type SurveyInstrument } from '../../../renderer/domain/model';
import { caseworkerRepository as caseworkers } from '../../../renderer/data/rosterRepository';
import { rolloutRepository as rollouts } from '../../../renderer/data/rolloutRepository';
import { AlreadyAnsweredError, surveyRepository } from '../../../renderer/data/surveyRepository';
import { latestStances } from '../../../renderer/domain/survey/surveyResults';
import { useFreshDb } from './freshDb';

const db = useFreshDb();
const thresholds = { cheerleaderMin: 70, hecklerMax: 40 };

/** A complete set of answers: every required question at `agree` (1-5), tech and habit fixed. */
function answers(instrument: SurveyInstrument, agree = 4): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of instrument.items) {
    if (item.optional) continue;
    out[item.id] = item.kind === 'multi' ? ['smartphone'] : item.kind === 'single' ? 'type-at-desk' : agree;
  }
  return out;
}

async function setup() {
  const instrument = await surveyRepository.instruments.ensureDefault();
  const rollout = await rollouts.create({ name: 'MobileCase' });
  const round = await surveyRepository.rounds.create({
    rolloutId: rollout.id,
    instrumentId: instrument.id,
    name: 'Baseline survey',
    kind: 'baseline',
    openedOn: '2026-01-10',
  });
  const ana = await caseworkers.create({ name: 'Ana Lopez' });
  const ben = await caseworkers.create({ name: 'Ben Okafor' });
  return { instrument, rollout, round, ana, ben };
}

describe('default instrument', () => {
  it('is installed once, when the workspace has none', async () => {
    const first = await surveyRepository.instruments.ensureDefault();
    const again = await surveyRepository.instruments.ensureDefault();
    expect(again.id).toBe(first.id);
    expect(first.version).toBe(1);
    expect(first.items.length).toBe(22);
    expect(await db().surveyInstruments.count()).toBe(1);
    const [a, b] = await Promise.all([
      surveyRepository.instruments.ensureDefault(),
      surveyRepository.instruments.ensureDefault(),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db().surveyInstruments.count()).toBe(1);
  });
});

describe('responses', () => {
  it('stores checked, tidied answers on the round’s instrument version', async () => {
    const { instrument, round, ana } = await setup();
    const { response } = await surveyRepository.responses.save({
      roundId: round.id,
      caseworkerId: ana.id,
      answers: { ...answers(instrument), 'ease-learn': '5' },
      via: 'form',
      answeredOn: '2026-01-12',
    });
    expect(response.instrumentId).toBe(instrument.id);
    expect(response.answers['ease-learn']).toBe(5);
    // Hand-computed: smartphone .2, liking .75, typing at the desk .4, ten agree items at .75 and one at 1, three worry
    // items agreed with (4 -> .75, reversed .25): 10.6 / 17 = 62.4, a fence-sitter.
    const latest = latestStances(await surveyRepository.data(), thresholds);
    expect(latest.get(ana.id)).toMatchObject({ readiness: 62.4, stance: 'fence-sitter' });
  });

  it('refuses missing and out-of-range answers, naming the question, and writes nothing', async () => {
    const { instrument, round, ana } = await setup();
    const bad: Record<string, unknown> = { ...answers(instrument), 'liking-technology': 9 };
    delete bad['ease-learn'];
    const error = (await surveyRepository.responses
      .save({
        roundId: round.id,
        caseworkerId: ana.id,
        answers: bad,
        via: 'form',
        answeredOn: '2026-01-12',
      })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.field)).toEqual(['liking-technology', 'ease-learn']);
    expect(error.issues[0]?.message).toBe(
      'Question 2 (“How much do you like using technology?”): 9 is outside the 1 to 5 scale.',
    );
    expect(await db().surveyResponses.count()).toBe(0);
    // A bad date is refused before anyone is asked to replace earlier answers.
    await surveyRepository.responses.save({
      roundId: round.id,
      caseworkerId: ana.id,
      answers: answers(instrument),
      via: 'form',
      answeredOn: '2026-01-12',
    });
    const badDate = await surveyRepository.responses
      .save({
        roundId: round.id,
        caseworkerId: ana.id,
        answers: answers(instrument),
        via: 'form',
        answeredOn: '',
      })
      .catch((e: unknown) => e);
    expect(badDate).toBeInstanceOf(ValidationError);
    expect((badDate as ValidationError).issues[0]?.field).toBe('answeredOn');
  });

  it('asks before a second response in the same round, then replaces (old one to Trash) or keeps', async () => {
    const { instrument, round, ana } = await setup();
    const input = {
      roundId: round.id,
      caseworkerId: ana.id,
      answers: answers(instrument, 2),
      via: 'form' as const,
      answeredOn: '2026-01-12',
    };
    const first = await surveyRepository.responses.save(input);
    const asked = await surveyRepository.responses
      .save({ ...input, answers: answers(instrument, 5) })
      .catch((e: unknown) => e);
    expect(asked).toBeInstanceOf(AlreadyAnsweredError);
    expect((asked as Error).message).toBe(
      'Ana Lopez already answered Baseline survey on 2026-01-12. Replace those answers or keep them?',
    );
    const kept = await surveyRepository.responses.save({ ...input, answers: answers(instrument, 5) }, 'keep');
    expect(kept).toMatchObject({ kept: true, replaced: null });
    expect(kept.response.id).toBe(first.response.id);
    const replaced = await surveyRepository.responses.save(
      { ...input, answers: answers(instrument, 5) },
      'replace',
    );
    expect(replaced.replaced?.id).toBe(first.response.id);
    expect((await db().surveyResponses.get(first.response.id))?.deletedAt).not.toBeNull();
    const live = (await surveyRepository.data()).responses;
    expect(live.map((r) => r.id)).toEqual([replaced.response.id]);
  });

  it('imports all rows or none, replacing or keeping earlier answers as chosen', async () => {
    const { instrument, round, ana, ben } = await setup();
    await surveyRepository.responses.save({
      roundId: round.id,
      caseworkerId: ana.id,
      answers: answers(instrument, 2),
      via: 'form',
      answeredOn: '2026-01-12',
    });
    const rows = [
      { caseworkerId: ana.id, answeredOn: '2026-01-13', answers: answers(instrument, 5) },
      { caseworkerId: ben.id, answeredOn: '2026-01-13', answers: answers(instrument, 3) },
    ];
    expect(await surveyRepository.responses.importRows(round.id, rows, 'keep')).toEqual({
      added: 1,
      replaced: 0,
      kept: 1,
    });
    expect((await surveyRepository.data()).responses).toHaveLength(2);
    expect(await surveyRepository.responses.importRows(round.id, rows, 'replace')).toEqual({
      added: 0,
      replaced: 2,
      kept: 0,
    });
    const live = (await surveyRepository.data()).responses;
    expect(live).toHaveLength(2);
    expect(live.every((r) => r.via === 'import' && r.answeredOn === '2026-01-13')).toBe(true);

    // One bad row stops the whole import: nothing of it is written.
    const before = await db().surveyResponses.count();
    const bad = [rows[0]!, { ...rows[1]!, answers: { ...answers(instrument), 'ease-learn': 6 } }];
    await expect(surveyRepository.responses.importRows(round.id, bad, 'replace')).rejects.toThrow(
      ValidationError,
    );
    expect(await db().surveyResponses.count()).toBe(before);
    expect((await surveyRepository.data()).responses.map((r) => r.id).sort()).toEqual(
      live.map((r) => r.id).sort(),
    );
    await expect(
      surveyRepository.responses.importRows(round.id, [rows[1]!, rows[1]!], 'replace'),
    ).rejects.toThrow(/repeats a caseworker/);
  });
});

describe('instrument versions', () => {
  it('edits an unanswered instrument in place', async () => {
    const instrument = await surveyRepository.instruments.ensureDefault();
    const items = instrument.items.map((i) =>
      i.id === 'ease-learn' ? { ...i, text: 'New apps are easy for me.' } : i,
    );
    const result = await surveyRepository.instruments.saveDraft(instrument.id, {
      name: instrument.name,
      description: instrument.description,
      items,
    });
    expect(result.outcome).toBe('update');
    expect(result.instrument.id).toBe(instrument.id);
    expect(await db().surveyInstruments.count()).toBe(1);
    expect(
      (await surveyRepository.instruments.saveDraft(instrument.id, { ...result.instrument })).outcome,
    ).toBe('unchanged');
  });

  it('makes version 2 when answered questions change; old answers keep version 1 and answered rounds stay on it', async () => {
    const { instrument, rollout, round, ana } = await setup();
    const unanswered = await surveyRepository.rounds.create({
      rolloutId: rollout.id,
      instrumentId: instrument.id,
      name: 'Pulse',
      kind: 'pulse',
      openedOn: '2026-03-01',
    });
    const { response } = await surveyRepository.responses.save({
      roundId: round.id,
      caseworkerId: ana.id,
      answers: answers(instrument),
      via: 'form',
      answeredOn: '2026-01-12',
    });
    const items = instrument.items
      .filter((i) => i.id !== 'ease-expect')
      .map((i) => (i.id === 'ease-learn' ? { ...i, weight: 2 } : i));
    const result = await surveyRepository.instruments.saveDraft(instrument.id, {
      name: instrument.name,
      description: instrument.description,
      items,
    });
    expect(result.outcome).toBe('new-version');
    expect(result.instrument).toMatchObject({ seriesId: instrument.seriesId, version: 2 });
    expect(result.instrument.id).not.toBe(instrument.id);
    expect(result.roundsMoved).toBe(1);
    expect((await db().surveyInstruments.get(instrument.id))?.items).toHaveLength(22);
    expect((await db().surveyResponses.get(response.id))?.instrumentId).toBe(instrument.id);
    expect((await surveyRepository.rounds.get(round.id))?.instrumentId).toBe(instrument.id);
    expect((await surveyRepository.rounds.get(unanswered.id))?.instrumentId).toBe(result.instrument.id);
    expect(await surveyRepository.instruments.ensureDefault()).toMatchObject({ id: result.instrument.id });
    expect((await surveyRepository.instruments.countAnswers()).get(instrument.id)).toBe(1);
    // The old answer is still scored with its own questions.
    expect(latestStances(await surveyRepository.data(), thresholds).get(ana.id)?.readiness).not.toBeNull();
  });

  it('refuses a draft with problems, naming the question', async () => {
    const instrument = await surveyRepository.instruments.ensureDefault();
    const items = instrument.items.map((i, n) => (n === 3 ? { ...i, text: '' } : i));
    const error = (await surveyRepository.instruments
      .saveDraft(instrument.id, {
        name: instrument.name,
        description: '',
        items,
      })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.issues[0]?.message).toBe(
      'Question 4: has no text. Write the question as a caseworker will read it.',
    );
  });
});

describe('rounds', () => {
  it('lists a rollout’s rounds in date order and keeps the version of an answered round', async () => {
    const { instrument, rollout, round, ana } = await setup();
    const other = await rollouts.create({ name: 'Other' });
    await surveyRepository.rounds.create({
      rolloutId: other.id,
      instrumentId: instrument.id,
      name: 'Other baseline',
      kind: 'baseline',
      openedOn: '2025-01-01',
    });
    await surveyRepository.rounds.create({
      rolloutId: rollout.id,
      instrumentId: instrument.id,
      name: 'Earlier',
      kind: 'pulse',
      openedOn: '2025-12-01',
    });
    expect((await surveyRepository.rounds.listOldestFirst(rollout.id)).map((r) => r.name)).toEqual([
      'Earlier',
      'Baseline survey',
    ]);
    expect(await surveyRepository.rounds.listOldestFirst()).toHaveLength(3);
    await surveyRepository.responses.save({
      roundId: round.id,
      caseworkerId: ana.id,
      answers: answers(instrument),
      via: 'form',
      answeredOn: '2026-01-12',
    });
    const v2 = await surveyRepository.instruments.saveDraft(instrument.id, {
      name: instrument.name,
      description: instrument.description,
      items: instrument.items.slice(1),
    });
    await expect(
      surveyRepository.rounds.update(round.id, { instrumentId: v2.instrument.id }),
    ).rejects.toThrow(ValidationError);
    expect((await surveyRepository.rounds.update(round.id, { name: 'Baseline (January)' })).name).toBe(
      'Baseline (January)',
    );
    await expect(
      surveyRepository.rounds.create({
        rolloutId: rollout.id,
        instrumentId: instrument.id,
        name: ' ',
        kind: 'pulse',
        openedOn: '2026-02-30',
      }),
    ).rejects.toThrow(ValidationError);
  });
});
