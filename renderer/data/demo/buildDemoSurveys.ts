// The demo's two survey rounds (baseline about four months ago, pulse about one month ago) and their responses:
// answers drawn from each person's hidden readiness, so that the scored stances vary and some people convert.
import type { SurveyInstrument, SurveyItem, SurveyResponse, SurveyRound } from '../../domain/model';
import type { SeededRandom } from '../../domain/random/seededRandom';
import { scoreResponse } from '../../domain/survey/scoreResponse';
import { calendarDays } from './calendarDays';
import type { DemoContext, DemoPerson } from './demoContext';

type Answer = SurveyResponse['answers'][string];

export interface DemoSurveys {
  rounds: SurveyRound[];
  responses: SurveyResponse[];
  /** caseworkerId -> readiness 0..100 per round, as the app's scoring computes it. */
  baselineScores: Map<string, number>;
  pulseScores: Map<string, number>;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** How common each personal technology is, for drawing plausible ticks. */
const POPULARITY: Record<string, number> = {
  smartphone: 0.97,
  'online-banking': 0.85,
  'video-calls': 0.8,
  'social-media': 0.72,
  computer: 0.75,
  tablet: 0.5,
  wearable: 0.35,
  'voice-assistant': 0.3,
};
const NOTE_HABITS = ['handwrite-then-type', 'type-at-desk', 'dictate', 'type-in-field'] as const;

function drawAnswers(
  rng: SeededRandom,
  items: readonly SurveyItem[],
  p: number,
  afterTraining: boolean,
): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  const likert = (q: number, sd = 0.16): number => clamp(Math.round(1 + 4 * (q + rng.normal(0, sd))), 1, 5);
  const skipAdkar = rng.chance(0.3);
  for (const item of items) {
    switch (item.kind) {
      case 'multi': {
        const picked = item.options
          .filter((o) => o.value !== 'none' && rng.chance((POPULARITY[o.value] ?? 0.4) * (0.35 + 0.9 * p)))
          .map((o) => o.value);
        answers[item.id] = picked.length > 0 ? picked : ['none'];
        break;
      }
      case 'single': {
        const index = clamp(Math.round(p * 3.2 + rng.normal(0, 0.7) - 0.2), 0, 3);
        answers[item.id] = NOTE_HABITS[index] ?? 'type-at-desk';
        break;
      }
      case 'likert5':
        answers[item.id] = likert(
          item.reverse ? 1 - p : item.construct === 'facilitating-conditions' ? 0.3 + 0.6 * p : p,
        );
        break;
      case 'adkar': {
        if (skipAdkar || rng.chance(0.06)) break;
        const stage: Record<string, number> = {
          'adkar-awareness': 0.45 + 0.5 * p,
          'adkar-desire': p,
          'adkar-knowledge': afterTraining ? 0.3 + 0.6 * p : 0.1 + 0.3 * p,
          'adkar-ability': afterTraining ? 0.25 + 0.6 * p : 0.05 + 0.3 * p,
          'adkar-reinforcement': afterTraining ? 0.3 + 0.5 * p : 0.2 + 0.3 * p,
        };
        answers[item.id] = likert(stage[item.construct] ?? p, 0.12);
        break;
      }
    }
  }
  return answers;
}

export function buildDemoSurveys(
  ctx: DemoContext,
  args: {
    rolloutId: string;
    instrument: SurveyInstrument;
    people: readonly DemoPerson[];
    baselineDay: number;
    pulseDay: number;
  },
): DemoSurveys {
  const rng = ctx.stream('surveys');
  const { instrument, people, baselineDay, pulseDay } = args;
  const rounds = [
    ctx.make(
      'surveyRounds',
      {
        rolloutId: args.rolloutId,
        instrumentId: instrument.id,
        name: 'Baseline survey',
        kind: 'baseline',
        openedOn: calendarDays.toDate(baselineDay),
      },
      baselineDay,
    ),
    ctx.make(
      'surveyRounds',
      {
        rolloutId: args.rolloutId,
        instrumentId: instrument.id,
        name: 'Pulse survey',
        kind: 'pulse',
        openedOn: calendarDays.toDate(pulseDay),
      },
      pulseDay,
    ),
  ] as const;

  const active = people.filter((p) => p.active);
  const baselineRespondents = new Set(
    rng
      .sample(
        active.filter((p) => !p.spec.pilotUser),
        Math.round(active.length * 0.9) - active.filter((p) => p.spec.pilotUser).length,
      )
      .map((p) => p.record.id),
  );
  for (const p of active) if (p.spec.pilotUser) baselineRespondents.add(p.record.id);
  // The people the demo shows on a mastery path always answered the baseline (their wave follows from it); one who
  // was not drawn takes the place of the last respondent who is on no path, so the count stays the same.
  for (const p of active.filter((x) => x.spec.masteryPath && !baselineRespondents.has(x.record.id))) {
    const stand = [...baselineRespondents].reverse().find((id) => {
      const q = active.find((x) => x.record.id === id);
      return q && !q.spec.pilotUser && !q.spec.masteryPath;
    });
    if (stand) baselineRespondents.delete(stand);
    baselineRespondents.add(p.record.id);
  }
  const pulseRespondents = new Set(
    rng.sample(active, Math.round(active.length * 0.8)).map((p) => p.record.id),
  );

  const responses: SurveyResponse[] = [];
  const baselineScores = new Map<string, number>();
  const pulseScores = new Map<string, number>();
  const respond = (
    round: SurveyRound,
    person: DemoPerson,
    latent: number,
    day: number,
    afterTraining: boolean,
    scores: Map<string, number>,
  ): void => {
    const answers = drawAnswers(rng, instrument.items, latent / 100, afterTraining);
    const via = rng.weighted([
      ['form', 5],
      ['kiosk', 3],
      ['import', 2],
    ] as const);
    const answeredDay = Math.min(ctx.today, day + rng.int(0, 9));
    responses.push(
      ctx.make(
        'surveyResponses',
        {
          roundId: round.id,
          instrumentId: instrument.id,
          caseworkerId: person.record.id,
          answeredOn: calendarDays.toDate(answeredDay),
          via,
          answers,
        },
        answeredDay,
      ),
    );
    const { readiness } = scoreResponse(instrument.items, answers);
    if (readiness !== null) scores.set(person.record.id, readiness);
  };

  for (const person of active) {
    if (baselineRespondents.has(person.record.id))
      respond(rounds[0], person, person.latent, baselineDay, false, baselineScores);
  }
  for (const person of active) {
    if (pulseRespondents.has(person.record.id))
      respond(rounds[1], person, person.latentPulse, pulseDay, true, pulseScores);
  }
  return { rounds: [...rounds], responses, baselineScores, pulseScores };
}
