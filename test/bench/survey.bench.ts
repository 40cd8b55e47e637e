// Scoring every survey answer at agency scale: what the survey results, round comparison, cohort board and dashboard
// do first after the answers are read (50,000 of them, in the database's order: by id, not by round).
import { readinessOf } from '../../renderer/domain/survey/scoreResponse';
import { scoreAllResponses } from '../../renderer/domain/survey/surveyResults';
import { agencyData, SCALE } from './agencyData';
import type { Benchmark } from './benchTypes';

const agency = agencyData();
const survey = {
  instruments: agency.data.surveyInstruments,
  rounds: agency.data.surveyRounds,
  responses: [...agency.data.surveyResponses].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
};
const thresholds = { cheerleaderMin: agency.settings.cheerleaderMin, hecklerMax: agency.settings.hecklerMax };
const items = new Map(survey.instruments.map((i) => [i.id, i.items]));

export const benchmarks: Benchmark[] = [
  {
    name: `survey: score all ${SCALE.responses.toLocaleString('en-US')} responses, in time order (one part of a 500 ms screen)`,
    budgetMs: 150,
    repeat: 7,
    run: () => scoreAllResponses(survey, thresholds),
    // The formula alone over the same answers: what scoring adds around it (order, rounds, stances) is the ratio.
    baseline: {
      name: 'the readiness formula alone',
      run: () => {
        let sum = 0;
        for (const r of survey.responses) sum += readinessOf(items.get(r.instrumentId) ?? [], r.answers) ?? 0;
        return sum;
      },
    },
  },
];
