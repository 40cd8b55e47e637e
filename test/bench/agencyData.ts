// An agency-scale workspace for benchmarks (PRODUCT.md section 5): 5,000 caseworkers, 200,000 coaching entries,
// 50,000 survey responses and 36 months of measures, generated quickly and deterministically (not via the UI).
import { defaultRubricInputs } from '../../renderer/domain/coaching/defaultRubrics';
import type { DashboardData } from '../../renderer/domain/dashboard/buildDashboard';
import {
  coachRef,
  defaultSettings,
  rubricFields,
  surveyInstrumentFields,
  type Settings,
} from '../../renderer/domain/model';
import { seededRandom } from '../../renderer/domain/random/seededRandom';
import { defaultInstrumentInput } from '../../renderer/domain/survey/defaultInstrument';

export const SCALE = { caseworkers: 5_000, coachingEntries: 200_000, responses: 50_000, months: 36 } as const;
/** The workspace's "today": its records run up to it (the browser benchmark fixes the page's clock to it). */
export const AGENCY_TODAY = '2025-12-31';
const roles = ['Intake specialist', 'CPS investigator', 'Ongoing case manager'];
const kinds = ['observation', 'ride-along', 'modelling', 'one-to-one', 'case-review'] as const;
const stamp = '2026-01-01T00:00:00.000Z';
const meta = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (i: number) => `${2023 + Math.floor(i / 12)}-${pad((i % 12) + 1)}`;

/** The counts at a fraction of agency scale (the browser benchmark also runs at one tenth, to show growth). */
export function scaleOf(factor: number) {
  return {
    caseworkers: Math.round(SCALE.caseworkers * factor),
    coachingEntries: Math.round(SCALE.coachingEntries * factor),
    responses: Math.round(SCALE.responses * factor),
    months: SCALE.months as number,
    coaches: Math.max(15, Math.round(150 * factor)),
    gaps: Math.round(2_000 * factor),
  };
}

export function agencyData(
  factor = 1,
  /** Other counts (e.g. 5,000 caseworkers with fewer entries, for an end-to-end test). */
  counts: Partial<ReturnType<typeof scaleOf>> = {},
): { data: DashboardData; settings: Settings; today: string } {
  const S = { ...scaleOf(factor), ...counts };
  const rng = seededRandom(2026);
  const id = () => rng.uuid();
  const rolloutId = id();
  const units = Array.from({ length: Math.ceil(S.caseworkers / 7) }, (_, i) => ({
    ...meta,
    id: id(),
    name: `Unit ${i + 1}`,
    supervisorName: `Supervisor ${i + 1}`,
    programArea: roles[i % 3] ?? '',
  }));
  const caseworkers = Array.from({ length: S.caseworkers }, (_, i) => ({
    ...meta,
    id: id(),
    name: `Worker ${i + 1}`,
    unitId: units[Math.floor(i / 7)]?.id ?? null,
    role: roles[Math.floor(i / 7) % 3] ?? '',
    employeeId: `E${i}`,
    email: '',
    startDate: '2020-01-01',
    caseload: rng.int(8, 40),
    status: 'active' as const,
  }));
  const instrument = { ...meta, id: id(), ...surveyInstrumentFields.parse(defaultInstrumentInput(id())) };
  const scored = instrument.items.filter((item) => item.kind === 'likert5');
  const rounds = Array.from({ length: S.responses / S.caseworkers }, (_, r) => ({
    ...meta,
    id: id(),
    rolloutId,
    instrumentId: instrument.id,
    name: r === 0 ? 'Baseline' : `Pulse ${r}`,
    kind: r === 0 ? ('baseline' as const) : ('pulse' as const),
    openedOn: `${monthOf(r * 3)}-01`,
  }));
  const surveyResponses = rounds.flatMap((round) =>
    caseworkers.map((c) => ({
      ...meta,
      id: id(),
      roundId: round.id,
      instrumentId: instrument.id,
      caseworkerId: c.id,
      answeredOn: round.openedOn,
      via: 'form' as const,
      answers: Object.fromEntries(scored.map((item) => [item.id, rng.int(1, 5)])),
    })),
  );
  const [visit, tool] = defaultRubricInputs(id(), id()).map((input) => ({
    ...meta,
    id: id(),
    ...rubricFields.parse(input),
  }));
  const cohorts = units.map((u, i) => ({
    ...meta,
    id: id(),
    rolloutId,
    name: u.name,
    role: roles[i % 3] ?? '',
    headCoachId: null,
    assistantCoachId: null,
    status: 'active' as const,
    notes: '',
    gateOverrides: [],
    manuallyEdited: false,
    members: caseworkers
      .filter((c) => c.unitId === u.id)
      .map((c, k) => ({ caseworkerId: c.id, wave: Math.min(4, k + 1), reason: '' })),
  }));
  const coaches = Array.from({ length: S.coaches }, (_, i) => ({
    ...meta,
    id: coachRef.parse(id()),
    name: `Coach ${i + 1}`,
    expertise: '',
    caseworkerId: null,
  }));
  const trainingSessions = cohorts.map((c, i) => ({
    ...meta,
    id: id(),
    rolloutId,
    date: `${monthOf(i % S.months)}-10`,
    topic: 'Basics',
    trainer: '',
    cohortId: c.id,
    wave: null,
    attendeeIds: c.members.map((m) => m.caseworkerId),
  }));
  const note = {
    background: '',
    reason: '',
    observations: 'Observed a visit.',
    content: '',
    results: '',
    impressions: '',
    plan: '',
  };
  const coachingEntries = Array.from({ length: S.coachingEntries }, (_, i) => {
    const rubric = i % 2 === 0 ? tool : visit;
    const kind = kinds[i % 5] ?? 'observation';
    return {
      ...meta,
      id: id(),
      kind,
      caseworkerId: caseworkers[rng.int(0, S.caseworkers - 1)]?.id ?? '',
      coachId: coaches[i % S.coaches]?.id ?? null,
      date: `${monthOf(rng.int(0, S.months - 1))}-${pad(rng.int(1, 28))}`,
      focusSkill: '',
      rubricId: rubric?.id ?? null,
      ratings: Object.fromEntries((rubric?.criteria ?? []).map((c) => [c.id, rng.int(1, 4)])),
      note,
      strengths: '',
      growthAreas: '',
      actionItems: [],
      followUpDate: null,
      followUpNotifiedAt: null,
      toolUsed: rng.chance(0.6),
      renegade: rng.chance(0.05) ? ('paper' as const) : null,
      renegadeNote: '',
      prep: kind === 'ride-along' ? { goals: 'g', infoToGather: '', toolPlan: '' } : null,
      debrief: kind === 'ride-along' && rng.chance(0.8) ? { wentWell: 'w', toChange: '' } : null,
    };
  });
  const standups = cohorts.flatMap((c) =>
    [1, 2, 3].map((d) => ({
      ...meta,
      id: id(),
      cohortId: c.id,
      date: `2025-12-0${d}`,
      rows: c.members.map((m) => ({
        caseworkerId: m.caseworkerId,
        triedAndLearned: '',
        problems: '',
        tryToday: '',
        usedToolYesterday: true,
        absent: false,
      })),
    })),
  );
  const gaps = Array.from({ length: S.gaps }, (_, i) => ({
    ...meta,
    id: id(),
    caseworkerId: caseworkers[i * 2]?.id ?? '',
    expectation: 'Documents visits in the new tool within 48 hours',
    expectedLevel: '',
    actualLevel: '',
    answers: {},
    path: [],
    classification: 'knowledge' as const,
    remedies: [],
    status: 'open' as const,
    statusHistory: [],
    evidence: [],
    openedOn: `${monthOf(i % S.months)}-05`,
  }));
  const monthlyMeasures = caseworkers.flatMap((c) =>
    Array.from({ length: S.months }, (_, m) => {
      const due = rng.int(10, 30);
      const made = Math.min(due, rng.int(due - 4, due));
      return {
        ...meta,
        id: id(),
        caseworkerId: c.id,
        month: monthOf(m),
        visitsDue: due,
        visitsMade: made,
        visitsGoodQuality: Math.max(0, made - 3),
        caseload: c.caseload,
      };
    }),
  );
  const rollouts = [
    {
      ...meta,
      id: rolloutId,
      name: 'MobileCase',
      description: '',
      startDate: '2023-01-01',
      targetDate: null,
      brief: { where: '', how: '', limits: '', comparison: '' },
    },
  ];
  const data = {
    rollouts,
    units,
    caseworkers,
    coaches,
    cohorts,
    surveyInstruments: [instrument],
    surveyRounds: rounds,
    surveyResponses,
    trainingSessions,
    rubrics: [visit, tool].filter((r) => r !== undefined),
    coachingEntries,
    standups,
    gaps,
    monthlyMeasures,
    toolUsage: [],
  } as DashboardData;
  // Records read from IndexedDB arrive as flat, freshly allocated objects; a JSON round trip gives the same shape.
  return {
    data: JSON.parse(JSON.stringify(data)) as DashboardData,
    settings: { ...defaultSettings(), currentRolloutId: rolloutId },
    today: AGENCY_TODAY,
  };
}
