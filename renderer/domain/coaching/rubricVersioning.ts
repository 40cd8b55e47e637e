// Rubric editing rules (PRODUCT.md 4.5): a rubric that already has ratings is never changed under them: saving an edit
// makes a new version in the same series, and old entries keep pointing at the version they were rated on.
import type { FieldIssue, Rubric } from '../model';
import { isLive } from '../model';

export interface RubricDraft {
  name: string;
  purpose: Rubric['purpose'];
  criteria: Array<{ id: string; name: string; descriptors: [string, string, string, string] }>;
}

/** The newest version of each series, sorted by name. */
export function latestRubricVersions<R extends Pick<Rubric, 'seriesId' | 'version' | 'name' | 'deletedAt'>>(
  rubrics: readonly R[],
): R[] {
  const latest = new Map<string, R>();
  for (const r of rubrics) {
    if (!isLive(r)) continue;
    const seen = latest.get(r.seriesId);
    if (!seen || seen.version < r.version) latest.set(r.seriesId, r);
  }
  return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export type RubricSavePlan =
  { mode: 'unchanged' } | { mode: 'in-place' } | { mode: 'new-version'; version: number };

const sameContent = (a: RubricDraft, b: RubricDraft): boolean =>
  JSON.stringify([a.name.trim(), a.purpose, a.criteria]) ===
  JSON.stringify([b.name.trim(), b.purpose, b.criteria]);

/**
 * How to save an edit of `current`: nothing to do, change it in place (no entry rated on it yet), or add version
 * `max + 1` of the series (entries have ratings on it).
 */
export function planRubricSave(
  current: Pick<Rubric, 'name' | 'purpose' | 'criteria' | 'seriesId'>,
  edited: RubricDraft,
  ratingsOnCurrent: number,
  versionsInSeries: readonly number[],
): RubricSavePlan {
  if (sameContent(current, edited)) return { mode: 'unchanged' };
  if (ratingsOnCurrent === 0) return { mode: 'in-place' };
  return { mode: 'new-version', version: Math.max(0, ...versionsInSeries) + 1 };
}

/** Problems with a rubric draft, each naming its field. */
export function checkRubricDraft(draft: RubricDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!draft.name.trim()) issues.push({ field: 'name', message: 'Rubric name is required.' });
  if (draft.criteria.length === 0)
    issues.push({ field: 'criteria', message: 'A rubric needs at least one criterion.' });
  const seen = new Set<string>();
  draft.criteria.forEach((c, i) => {
    const n = String(i + 1);
    const name = c.name.trim();
    if (!name) issues.push({ field: `criteria.${String(i)}.name`, message: `Criterion ${n} needs a name.` });
    else if (seen.has(name.toLocaleLowerCase()))
      issues.push({
        field: `criteria.${String(i)}.name`,
        message: `Criterion ${n} repeats the name "${name}".`,
      });
    seen.add(name.toLocaleLowerCase());
    c.descriptors.forEach((d, level) => {
      if (!d.trim())
        issues.push({
          field: `criteria.${String(i)}.descriptors.${String(level)}`,
          message: `Criterion ${n} needs a description for level ${String(level + 1)}.`,
        });
    });
  });
  return issues;
}
