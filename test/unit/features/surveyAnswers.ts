// Survey answers for hook tests: a complete set at one level of agreement, saved as a form would save them, a surveyed
// rollout to read them from, and a visit to the people screen that keeps its rows.
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import type { SurveyInstrument } from '../../../renderer/domain/model';
import { renderHook, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { startSnapshotRepository } from '../../../renderer/data/startSnapshotRepository';
import { surveyRead } from '../../../renderer/data/surveyRead';
import { peopleViewKey } from '../../../renderer/domain/survey/peopleView';
import { useSettings } from '../../../renderer/features/settings/useSettings';
import { usePeopleView } from '../../../renderer/features/surveys/usePeopleView';

/** A complete set of answers, every agree-scale question at `agree` (1-5). */
export function answers(instrument: SurveyInstrument, agree: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of instrument.items) {
    if (item.optional) continue;
    out[item.id] = item.kind === 'multi' ? ['smartphone'] : item.kind === 'single' ? 'type-at-desk' : agree;
  }
  return out;
}

/** Saves one person's answers to a round, every agree-scale question at `agree`. */
export const respond = (
  instrument: SurveyInstrument,
  roundId: string,
  caseworkerId: string,
  agree: number,
  answeredOn: string,
) =>
  surveyRepository.responses.save({
    roundId,
    caseworkerId,
    answers: answers(instrument, agree),
    via: 'form',
    answeredOn,
  });

/**
 * A current rollout with one round: Ana (Intake) answered as a cheerleader, Ben has not answered yet, and Cy has left
 * the agency (not counted in results). `answerForBen` saves Ben's answers, as a heckler.
 */
export async function surveyedRollout() {
  const instrument = await surveyRepository.instruments.ensureDefault();
  const spring = await rolloutRepository.create({ name: 'Spring' });
  await rolloutRepository.setCurrent(spring.id);
  const round = await surveyRepository.rounds.create({
    rolloutId: spring.id,
    instrumentId: instrument.id,
    name: 'Spring baseline',
    kind: 'baseline',
    openedOn: '2026-01-10',
  });
  const ana = await caseworkerRepository.create({ name: 'Ana Lopez', role: 'Intake' });
  const ben = await caseworkerRepository.create({ name: 'Ben Okafor' });
  await caseworkerRepository.create({ name: 'Cy Gone', status: 'left' });
  await respond(instrument, round.id, ana.id, 5, '2026-01-12');
  return { answerForBen: () => respond(instrument, round.id, ben.id, 1, '2026-01-13') };
}

/**
 * A visit to the survey's people screen that lasts until what it lists is kept (`rows` people); then nothing of it is
 * left in memory, so the next reader finds the kept rows or reads the answers again.
 */
export async function visitPeopleUntilKept(rows: number) {
  const visit = renderHook(() => usePeopleView(useSettings()));
  await waitFor(() => expect(visit.result.current?.view.rows).toHaveLength(rows));
  const key = peopleViewKey(await settingsRepository.load());
  await waitFor(async () =>
    expect(await startSnapshotRepository.latest('survey-people', key)).not.toBeNull(),
  );
  visit.unmount();
  surveyRead.forget();
}
