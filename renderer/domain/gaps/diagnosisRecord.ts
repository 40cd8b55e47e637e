// What a finished diagnosis writes to the gap: the answers on the path, the classification, the chosen remedies and
// evidence, and the status, changed through changeStatus so the wizard follows the same rules as the gap's own page.
import type { Gap, InputByTable } from '../model';
import { answersOnPath, evaluateDiagnosis } from './evaluateDiagnosis';
import type { GapStatus } from './gapLabels';
import { changeStatus } from './gapStatus';
import type { WizardDraft } from './wizardDraft';

export type DiagnosisRecord =
  | { ok: true; create: InputByTable['gaps'] }
  | { ok: true; update: string; patch: Partial<InputByTable['gaps']> }
  | { ok: false; message: string };

/**
 * The write for a finished diagnosis: a new gap (opened today; any other status is a change from open, dated
 * today) or the update of `gap`. Refuses an unfinished diagnosis and a status change that changeStatus refuses.
 */
export function recordDiagnosis(args: {
  draft: Pick<WizardDraft, 'caseworkerId' | 'expectation' | 'expectedLevel' | 'actualLevel' | 'answers'>;
  gap: Pick<Gap, 'id' | 'status' | 'statusHistory'> | null;
  remedies: readonly string[];
  evidence: Gap['evidence'];
  status: GapStatus;
  today: string;
}): DiagnosisRecord {
  const { draft, gap, status, today } = args;
  const diagnosis = evaluateDiagnosis(draft.answers);
  if (!diagnosis.complete || !diagnosis.classification)
    return { ok: false, message: 'The diagnosis is not finished: answer the remaining questions first.' };
  const expectation = draft.expectation.trim();
  if (!expectation) return { ok: false, message: 'Expectation is required: choose one or write a new one.' };
  const fields = {
    caseworkerId: draft.caseworkerId,
    expectation,
    expectedLevel: draft.expectedLevel,
    actualLevel: draft.actualLevel,
    answers: answersOnPath(draft.answers),
    path: diagnosis.path,
    classification: diagnosis.classification,
    remedies: [...args.remedies],
    evidence: args.evidence,
  };
  const before = gap ?? { status: 'open' as const, statusHistory: [{ status: 'open' as const, on: today }] };
  let history = { status: before.status, statusHistory: before.statusHistory };
  if (status !== before.status) {
    const change = changeStatus(before, status, today, today);
    if (!change.ok) return change;
    history = { status: change.status, statusHistory: change.statusHistory };
  }
  if (gap) return { ok: true, update: gap.id, patch: { ...fields, ...history } };
  return { ok: true, create: { ...fields, ...history, openedOn: today } };
}
