// The half-finished diagnosis kept in the drafts table, so a wizard closed half-way can be picked up again.
// Parsed from `unknown` because drafts are stored loosely and may come from an older version of the app.
import { z } from 'zod';

export const wizardDraftSchema = z.object({
  caseworkerId: z.string(),
  gapId: z.string().nullable().default(null),
  expectation: z.string().default(''),
  expectedLevel: z.string().default(''),
  actualLevel: z.string().default(''),
  answers: z.record(z.string(), z.union([z.boolean(), z.string()])).default({}),
  /** The question on screen when the wizard was left, or null for the details step. */
  at: z.string().nullable().default(null),
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
