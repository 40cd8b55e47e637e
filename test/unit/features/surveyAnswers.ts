// Survey answers for hook tests: a complete set at one level of agreement, saved as a form would save them.
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import type { SurveyInstrument } from '../../../renderer/domain/model';

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
