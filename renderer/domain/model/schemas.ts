// The whole domain model of PRODUCT.md section 3 as zod schemas: the single definition that types, repository
// validation, backup files and imports all share. Pure: no Dexie, no DOM.
import { z } from 'zod';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;

/** A calendar day as YYYY-MM-DD, checked to exist (no 2025-02-30). */
export const dateOnly = z
  .string()
  .regex(isoDate, 'must be a date like 2026-03-14')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/** A calendar month as YYYY-MM. */
export const monthOnly = z
  .string()
  .regex(isoMonth, 'must be a month like 2026-03')
  .refine((s) => Number(s.slice(5, 7)) >= 1 && Number(s.slice(5, 7)) <= 12, 'is not a real month');

export const instant = z.string().datetime({ offset: true });
export const uuid = z.string().uuid();

/**
 * A Coach record's id, branded: a cohort has a head coach (a Coach record) and an assistant coach (one of its
 * caseworkers), and a coach may also be a caseworker, so a caseworker's id passed where a coach's is expected is a real
 * mix-up the compiler now refuses. Writes accept any uuid string; coaches and the records that name them carry the brand.
 */
export const coachRef = uuid.brand<'CoachId'>();
export type CoachId = z.output<typeof coachRef>;
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number, what = 'is required') => text(max).min(1, what);
const optionalText = (max: number) => text(max).default('');

/** Fields every record carries so that data from several machines can later be merged without clashes. */
export const baseRecord = z.object({
  id: uuid,
  createdAt: instant,
  updatedAt: instant,
  deletedAt: instant.nullable(),
});
export type BaseRecord = z.infer<typeof baseRecord>;

// ---------- Rollout and tool brief (4.2) ----------
export const toolBrief = z.object({
  where: optionalText(4000),
  how: optionalText(4000),
  limits: optionalText(4000),
  comparison: optionalText(4000),
});

export type ToolBrief = z.infer<typeof toolBrief>;

export const rolloutFields = z
  .object({
    name: requiredText(200, 'Name is required'),
    description: optionalText(4000),
    startDate: dateOnly.nullable().default(null),
    targetDate: dateOnly.nullable().default(null),
    brief: toolBrief.default({ where: '', how: '', limits: '', comparison: '' }),
  })
  .refine((r) => !r.startDate || !r.targetDate || r.targetDate >= r.startDate, {
    message: 'Target date cannot be before the start date',
    path: ['targetDate'],
  });

// ---------- Units and caseworkers (4.1) ----------
export const unitFields = z.object({
  name: requiredText(200, 'Name is required'),
  supervisorName: optionalText(200),
  programArea: optionalText(200),
  /**
   * The day the unit stopped taking new people (see domain/roster/unitRules.ts); null or absent while it is active
   * (units written before this field existed have none).
   */
  deactivatedOn: dateOnly.nullable().optional(),
});

export const caseworkerStatuses = ['active', 'on-leave', 'left'] as const;
export const caseworkerStatus = z.enum(caseworkerStatuses);
export type CaseworkerStatus = z.infer<typeof caseworkerStatus>;

export const caseworkerFields = z.object({
  name: requiredText(200, 'Name is required'),
  unitId: uuid.nullable().default(null),
  role: optionalText(200),
  employeeId: optionalText(100),
  email: z.union([z.literal(''), z.string().trim().email('is not a valid email address')]).default(''),
  startDate: dateOnly.nullable().default(null),
  caseload: z
    .number()
    .int('must be a whole number')
    .min(0, 'cannot be negative')
    .max(1000, 'is implausibly large')
    .nullable()
    .default(null),
  status: caseworkerStatus.default('active'),
});

// ---------- Coaches ----------
export const coachFields = z.object({
  name: requiredText(200, 'Name is required'),
  expertise: optionalText(2000),
  caseworkerId: uuid.nullable().default(null),
});

// ---------- Survey (4.3) ----------
export const surveyItemKinds = ['multi', 'single', 'likert5', 'adkar'] as const;
export const constructs = [
  'personal-technology',
  'liking-technology',
  'case-note-habit',
  'perceived-usefulness',
  'ease-of-use',
  'social-influence',
  'facilitating-conditions',
  'technology-anxiety',
  'adkar-awareness',
  'adkar-desire',
  'adkar-knowledge',
  'adkar-ability',
  'adkar-reinforcement',
] as const;
export const surveyOption = z.object({
  value: requiredText(100),
  label: requiredText(300),
  /** Score of this option on 0..1 for single-choice items; for multi-select, each chosen option adds its score (capped at 1). */
  score: z.number().min(0).max(1).default(0),
});
export const surveyItem = z.object({
  id: requiredText(100),
  text: requiredText(1000, 'Question text is required'),
  kind: z.enum(surveyItemKinds),
  construct: z.enum(constructs),
  options: z.array(surveyOption).default([]),
  reverse: z.boolean().default(false),
  weight: z.number().min(0, 'Weight cannot be negative').max(10).default(1),
  /** Items that do not feed readiness (e.g. ADKAR) are still recorded. */
  scored: z.boolean().default(true),
  optional: z.boolean().default(false),
});
export type SurveyItem = z.infer<typeof surveyItem>;
export const surveyInstrumentFields = z.object({
  /** Versions of one instrument share a seriesId; a new version is made when an instrument with answers is edited. */
  seriesId: uuid,
  version: z.number().int().min(1),
  name: requiredText(200, 'Name is required'),
  description: optionalText(2000),
  items: z.array(surveyItem).min(1, 'An instrument needs at least one question'),
});

export const surveyRoundFields = z.object({
  rolloutId: uuid,
  instrumentId: uuid,
  name: requiredText(200, 'Name is required'),
  kind: z.enum(['baseline', 'pulse']),
  openedOn: dateOnly,
});

export const answerValue = z.union([z.number(), z.string(), z.array(z.string())]);
export const surveyResponseFields = z.object({
  roundId: uuid,
  instrumentId: uuid,
  caseworkerId: uuid,
  answeredOn: dateOnly,
  via: z.enum(['form', 'kiosk', 'import']),
  /** itemId -> answer; unanswered items are absent. */
  answers: z.record(z.string(), answerValue),
});

// ---------- Cohorts, training (4.4) ----------
export const cohortMember = z.object({
  caseworkerId: uuid,
  wave: z.number().int().min(1).max(4),
  reason: optionalText(500),
});
export const waveGate = z.object({
  wave: z.number().int().min(1).max(4),
  overriddenOn: dateOnly,
  by: requiredText(200),
  reason: requiredText(1000, 'A reason is required to override a gate'),
});
export const cohortFields = z.object({
  rolloutId: uuid,
  name: requiredText(200, 'Name is required'),
  role: optionalText(200),
  members: z.array(cohortMember).default([]),
  /** A Coach record's id. */
  headCoachId: coachRef.nullable().default(null),
  /** A caseworker's id: the assistant coach is a member of the cohort (the highest-readiness cheerleader). */
  assistantCoachId: uuid.nullable().default(null),
  status: z.enum(['planned', 'active', 'completed']).default('planned'),
  notes: optionalText(4000),
  gateOverrides: z.array(waveGate).default([]),
  /** True once the user has changed a proposed cohort by hand; re-proposing never silently overwrites it. */
  manuallyEdited: z.boolean().default(false),
});

export const trainingSessionFields = z.object({
  rolloutId: uuid,
  date: dateOnly,
  topic: requiredText(300, 'Topic is required'),
  trainer: optionalText(200),
  cohortId: uuid.nullable().default(null),
  wave: z.number().int().min(1).max(4).nullable().default(null),
  attendeeIds: z.array(uuid).default([]),
});

// ---------- Coaching (4.5) ----------
export const coachingKinds = ['observation', 'ride-along', 'modelling', 'one-to-one', 'case-review'] as const;
export const renegadeKinds = ['paper', 'spreadsheet', 'other'] as const;
export const rubricCriterion = z.object({
  id: requiredText(100),
  name: requiredText(300, 'Criterion name is required'),
  /** Descriptors for levels 1..4. */
  descriptors: z.tuple([text(1000), text(1000), text(1000), text(1000)]),
});
export const rubricFields = z.object({
  seriesId: uuid,
  version: z.number().int().min(1),
  name: requiredText(200, 'Name is required'),
  /** 'tool' marks the rubric used by mastery rules (use of the new tool). */
  purpose: z.enum(['visit-quality', 'tool-use', 'other']).default('other'),
  criteria: z.array(rubricCriterion).min(1, 'A rubric needs at least one criterion'),
});

export const actionItem = z.object({
  id: uuid,
  text: requiredText(1000, 'Action item text is required'),
  /** Who does it: a coach's or a caseworker's id. */
  ownerId: uuid.nullable().default(null),
  /** The owner's name as typed on entries made before owners were people; shown only when `ownerId` is empty. */
  owner: optionalText(200),
  dueDate: dateOnly.nullable().default(null),
  done: z.boolean().default(false),
  /** When the desktop notification for this item was sent; at most once per item. */
  notifiedAt: instant.nullable().default(null),
});
export const structuredNote = z.object({
  background: optionalText(8000),
  reason: optionalText(8000),
  observations: optionalText(8000),
  content: optionalText(8000),
  results: optionalText(8000),
  impressions: optionalText(8000),
  plan: optionalText(8000),
});
export const coachingEntryFields = z.object({
  kind: z.enum(coachingKinds),
  caseworkerId: uuid,
  coachId: coachRef.nullable().default(null),
  date: dateOnly,
  focusSkill: optionalText(200),
  rubricId: uuid.nullable().default(null),
  /** criterionId -> rating 1..4 */
  ratings: z
    .record(z.string(), z.number().int().min(1, 'Ratings run from 1 to 4').max(4, 'Ratings run from 1 to 4'))
    .default({}),
  note: structuredNote.default({
    background: '',
    reason: '',
    observations: '',
    content: '',
    results: '',
    impressions: '',
    plan: '',
  }),
  strengths: optionalText(4000),
  growthAreas: optionalText(4000),
  actionItems: z.array(actionItem).default([]),
  followUpDate: dateOnly.nullable().default(null),
  followUpNotifiedAt: instant.nullable().default(null),
  toolUsed: z.boolean().default(false),
  renegade: z.enum(renegadeKinds).nullable().default(null),
  renegadeNote: optionalText(1000),
  prep: z
    .object({ goals: optionalText(4000), infoToGather: optionalText(4000), toolPlan: optionalText(4000) })
    .nullable()
    .default(null),
  debrief: z
    .object({ wentWell: optionalText(4000), toChange: optionalText(4000) })
    .nullable()
    .default(null),
});

export const standupRow = z.object({
  caseworkerId: uuid,
  triedAndLearned: optionalText(2000),
  problems: optionalText(2000),
  tryToday: optionalText(2000),
  usedToolYesterday: z.boolean().nullable().default(null),
  absent: z.boolean().default(false),
  /** When the coach marked the "why didn't you use the tool?" follow-up handled; null while it is open. */
  followUpHandledAt: instant.nullable().optional(),
});
export const standupFields = z.object({
  cohortId: uuid,
  date: dateOnly,
  rows: z.array(standupRow).default([]),
});

/**
 * Tool usage (PRODUCT.md 4.5): one record per caseworker, rollout and day on which the new tool's usage or audit log
 * shows them using it. Imported from a CSV; each day counts once as an opportunity, whatever the number of events.
 */
export const toolUsageFields = z.object({
  rolloutId: uuid,
  caseworkerId: uuid,
  date: dateOnly,
  /** Events in the log that day (at least one). */
  events: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100_000),
  /** The distinct actions the log named that day ("note created", "case opened"), if it had an action column. */
  actions: z.array(text(200)).max(20).default([]),
  /** The file the records came from, for the timeline and for finding a bad import again. */
  source: optionalText(300),
});

// ---------- Schedules (4.5): recurring standups and planned visits ----------
export const scheduleKinds = ['standup', 'ride-along', 'observation', 'one-to-one'] as const;
export const scheduleFields = z
  .object({
    kind: z.enum(scheduleKinds),
    /** Standups: the cohort that meets. */
    cohortId: uuid.nullable().default(null),
    /** Planned visits: the caseworker visited or met. */
    caseworkerId: uuid.nullable().default(null),
    coachId: uuid.nullable().default(null),
    /** The first day (for a one-off, the day). */
    startDate: dateOnly,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:45'),
    durationMinutes: z
      .number()
      .int('must be a whole number of minutes')
      .min(5, 'must be at least 5 minutes')
      .max(600, 'must be at most 10 hours')
      .default(15),
    /** ISO weekdays it repeats on (1 Monday to 7 Sunday); empty for a one-off. */
    repeatDays: z.array(z.number().int().min(1).max(7)).default([]),
    /** The last day of a series; null runs on. */
    until: dateOnly.nullable().default(null),
    /** Days of a series that were called off. */
    skipped: z.array(dateOnly).default([]),
    place: optionalText(300),
    notes: optionalText(2000),
    /** The coaching entry that holds this planned visit's prep, then its observation and debrief. */
    entryId: uuid.nullable().default(null),
    /** The last day a reminder went out for this schedule: at most one per occurrence. */
    remindedOn: dateOnly.nullable().default(null),
  })
  .refine((s) => s.kind !== 'standup' || s.cohortId !== null, {
    message: 'Choose the cohort whose standup this is',
    path: ['cohortId'],
  })
  .refine((s) => s.kind === 'standup' || s.caseworkerId !== null, {
    message: 'Choose the caseworker',
    path: ['caseworkerId'],
  })
  .refine((s) => s.until === null || s.until >= s.startDate, {
    message: 'The last day cannot be before the first',
    path: ['until'],
  });

// ---------- Gaps and measures (4.6) ----------
export const gapClassifications = [
  'knowledge',
  'execution-barrier',
  'execution-motivation',
  'unclear-expectations',
  'not-worth-pursuing',
] as const;
export const gapStatuses = ['open', 'in-progress', 'resolved', 'dropped'] as const;
export const gapFields = z.object({
  caseworkerId: uuid,
  expectation: requiredText(500, 'Expectation is required'),
  expectedLevel: optionalText(500),
  actualLevel: optionalText(500),
  /** questionId -> answer, as the wizard recorded them. */
  answers: z.record(z.string(), z.union([z.boolean(), z.string()])).default({}),
  path: z.array(z.string()).default([]),
  classification: z.enum(gapClassifications).nullable().default(null),
  remedies: z.array(text(300)).default([]),
  status: z.enum(gapStatuses).default('open'),
  statusHistory: z.array(z.object({ status: z.enum(gapStatuses), on: dateOnly })).default([]),
  evidence: z.array(z.object({ kind: z.enum(['coaching', 'measure']), id: uuid })).default([]),
  openedOn: dateOnly,
});

export const monthlyMeasureFields = z
  .object({
    caseworkerId: uuid,
    month: monthOnly,
    visitsDue: z.number().int('must be a whole number').min(0, 'cannot be negative'),
    visitsMade: z.number().int('must be a whole number').min(0, 'cannot be negative'),
    visitsGoodQuality: z.number().int('must be a whole number').min(0, 'cannot be negative'),
    caseload: z.number().int('must be a whole number').min(0, 'cannot be negative').nullable().default(null),
  })
  .refine((m) => m.visitsMade <= m.visitsDue, {
    message: 'Visits made cannot be more than visits due',
    path: ['visitsMade'],
  })
  .refine((m) => m.visitsGoodQuality <= m.visitsMade, {
    message: 'Good-quality visits cannot be more than visits made',
    path: ['visitsGoodQuality'],
  });

// ---------- Drafts (autosaved half-written forms) ----------
export const draftFields = z.object({
  /** What the draft is for, e.g. 'coaching-entry' or 'gap-wizard:<gapId>'. */
  key: requiredText(200),
  payload: z.unknown(),
});

// ---------- Settings ----------
/**
 * The mastery rules of PRODUCT.md 4.7, one threshold per component: training (sessions), coaching (tool-rubric
 * entries and their average), cohort (being in one), opportunity (days the tool was used) and time (days proficient).
 * Every screen reads them from settings; renderer/domain/mastery explains them in words.
 */
export const masteryRulesSchema = z
  .object({
    /** Training sessions attended to count as trained (practicing and proficient need it). */
    trainingMinSessions: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(20, 'must be at most 20')
      .default(1),
    /** Days with recorded use of the tool to count as practicing. */
    practicingMinOpportunities: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(365, 'must be at most 365')
      .default(1),
    /** Tool-rubric entries needed for proficient; the latest this many must reach the average below. 0: no ratings needed. */
    proficientMinRatedEntries: z
      .number()
      .int('must be a whole number')
      .min(0, 'cannot be negative')
      .max(20, 'must be at most 20')
      .default(3),
    /** Lowest average (1-4) of the latest tool-rubric entries for proficient. */
    proficientMinAverage: z
      .number()
      .min(1, 'must be between 1 and 4')
      .max(4, 'must be between 1 and 4')
      .default(3),
    /** Days with recorded use of the tool for proficient. */
    proficientMinOpportunities: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(365, 'must be at most 365')
      .default(10),
    /** Proficient only for members of a cohort of the rollout. */
    proficientNeedsCohort: z.boolean().default(true),
    /** Days proficient, with no open gap on the tool, to count as mastered. */
    masteredAfterDays: z
      .number()
      .int('must be a whole number')
      .min(0, 'cannot be negative')
      .max(365, 'must be at most 365')
      .default(30),
    /** How far back the coaching component counts entries. */
    coachingWindowDays: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(365, 'must be at most 365')
      .default(30),
  })
  .refine((r) => r.practicingMinOpportunities <= r.proficientMinOpportunities, {
    message: 'Days of use for practicing cannot be more than for proficient',
    path: ['practicingMinOpportunities'],
  });
export type MasteryRules = z.infer<typeof masteryRulesSchema>;
export const defaultMasteryRules = (): MasteryRules => masteryRulesSchema.parse({});

export const userRoles = ['supervisor', 'trainer', 'lead'] as const;
export const settingsSchema = z
  .object({
    id: z.literal('settings'),
    role: z.enum(userRoles).default('supervisor'),
    /** The unit a supervisor leads; their home screen shows its gaps. Null shows every unit. */
    homeUnitId: uuid.nullable().default(null),
    /** The coach record that is the person using the app: their action items and follow-ups come first on Today. */
    meCoachId: uuid.nullable().default(null),
    currentRolloutId: uuid.nullable().default(null),
    cheerleaderMin: z.number().min(0).max(100).default(70),
    hecklerMax: z.number().min(0).max(100).default(40),
    cohortSize: z.number().int().min(2, 'must be at least 2').max(30, 'must be at most 30').default(7),
    combineSmallUnits: z.boolean().default(true),
    visitTarget: z.number().min(0).max(100).default(95),
    caseloadMin: z.number().int().min(0).default(13),
    caseloadMax: z.number().int().min(0).default(24),
    mastery: masteryRulesSchema.default(defaultMasteryRules),
    focusSkills: z
      .array(requiredText(200))
      .default(['Face-to-face visit quality', 'Documenting in the new tool', 'Safety assessment']),
    expectations: z
      .array(requiredText(500))
      .default([
        'Sees every child on the caseload face to face each month',
        'Documents visits in the new tool within 48 hours',
      ]),
    /** Salted SHA-256 of the kiosk unlock PIN, or null when none is set. */
    kioskPinHash: z.string().nullable().default(null),
    presentationMode: z.boolean().default(false),
    /** The dashboard's filters, kept between visits. */
    dashboardFilter: z
      .object({
        rolloutId: uuid.nullable(),
        unitId: z.string(),
        role: z.string(),
        wave: z.number().int().min(0).max(4),
        from: z.union([z.literal(''), dateOnly]),
        to: z.union([z.literal(''), dateOnly]),
      })
      .nullable()
      .default(null),
    onboarded: z.boolean().default(false),
    updatedAt: instant.optional(),
  })
  .refine((s) => s.hecklerMax < s.cheerleaderMin, {
    message: 'The heckler threshold must be below the cheerleader threshold',
    path: ['hecklerMax'],
  })
  .refine((s) => s.caseloadMin <= s.caseloadMax, {
    message: 'The lowest caseload cannot be above the highest',
    path: ['caseloadMax'],
  });
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings = (): Settings => settingsSchema.parse({ id: 'settings' });

/**
 * Reads a stored settings row that may not validate (written by a newer version, or damaged): every field that is
 * valid on its own is kept, the others take their defaults. A workspace that was set up stays set up, so an unreadable
 * field never sends anyone back to the first-run screen (whose choices would replace their data).
 */
export function salvageSettings(stored: unknown): Settings {
  const whole = settingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  let settings = defaultSettings();
  if (stored === null || typeof stored !== 'object') return settings;
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    if (key === 'id') continue;
    const tried = settingsSchema.safeParse({ ...settings, [key]: value });
    if (tried.success) settings = tried.data;
  }
  if ((stored as { onboarded?: unknown }).onboarded === true) settings = { ...settings, onboarded: true };
  return settings;
}
