// The half-finished diagnosis kept in the drafts table, so a wizard closed half-way can be picked up again.
// Parsed from `unknown` because drafts are stored loosely and may come from an older version of the app: answers to
// questions this version does not ask are dropped, and a place it does not know starts again at the details.
import { z } from 'zod';
import { diagnosisQuestionIds, type AnswerValue, type QuestionId } from './diagnosisQuestions';

/** Where the wizard is: the details of the gap (null), a question, or the result. */
export type WizardAt = QuestionId | 'result' | null;
export type WizardAnswers = Partial<Record<QuestionId, AnswerValue>>;

const questionIds: ReadonlySet<string> = new Set(diagnosisQuestionIds);
const isQuestionId = (id: string): id is QuestionId => questionIds.has(id);

/** The answers to the questions this version asks; any other key is dropped. */
export function knownAnswers(all: Readonly<Record<string, AnswerValue | undefined>>): WizardAnswers {
  const out: WizardAnswers = {};
  for (const [id, value] of Object.entries(all)) if (isQuestionId(id) && value !== undefined) out[id] = value;
  return out;
}

const answersSchema = z
  .record(z.string(), z.union([z.boolean(), z.string()]))
  .default({})
  .transform(knownAnswers);

export const wizardDraftSchema = z.object({
  caseworkerId: z.string(),
  gapId: z.string().nullable().default(null),
  expectation: z.string().default(''),
  /** True while the person writes a new expectation instead of choosing one from the list in settings. */
  newExpectation: z.boolean().default(false),
  expectedLevel: z.string().default(''),
  actualLevel: z.string().default(''),
  answers: answersSchema,
  /** The question on screen when the wizard was left, 'result', or null for the details step. */
  at: z
    .union([z.enum(diagnosisQuestionIds), z.literal('result')])
    .nullable()
    .default(null)
    .catch(null),
});
export type WizardDraft = z.infer<typeof wizardDraftSchema>;

export function parseWizardDraft(payload: unknown): WizardDraft | null {
  const parsed = wizardDraftSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

/** How many questions a draft has answered, for "3 questions answered". */
export const draftProgress = (draft: WizardDraft): number => Object.keys(draft.answers).length;

/** Drafts of the wizard are keyed by what they diagnose: the gap when re-diagnosing, else the caseworker. */
export const WIZARD_DRAFT_PREFIX = 'gap-wizard:';
export const wizardDraftKey = (subjectId: string): string => `${WIZARD_DRAFT_PREFIX}${subjectId}`;
