// Rubric editing: in place when unrated, a new version when ratings exist, nothing when unchanged; drafts checked.
import { describe, expect, it } from 'vitest';
import {
  checkRubricDraft,
  latestRubricVersions,
  planRubricSave,
  type RubricDraft,
} from '../../../../renderer/domain/coaching/rubricVersioning';

const draft = (): RubricDraft => ({
  name: 'Visit quality',
  purpose: 'visit-quality',
  criteria: [{ id: 'prep', name: 'Preparation', descriptors: ['a', 'b', 'c', 'd'] }],
});

describe('rubric versioning', () => {
  const current = { ...draft(), seriesId: 's1' };

  it('plans unchanged, in place or a new version', () => {
    expect(planRubricSave(current, draft(), 5, [1])).toEqual({ mode: 'unchanged' });
    const edited = { ...draft(), name: 'Visit quality (2026)' };
    expect(planRubricSave(current, edited, 0, [1])).toEqual({ mode: 'in-place' });
    expect(planRubricSave(current, edited, 3, [1, 2])).toEqual({ mode: 'new-version', version: 3 });
  });

  it('keeps only the newest version of each series', () => {
    const r = (id: string, seriesId: string, version: number, name = 'R') => ({
      id,
      seriesId,
      version,
      name,
      deletedAt: null,
    });
    expect(
      latestRubricVersions([r('a', 's1', 1, 'B'), r('b', 's1', 2, 'B'), r('c', 's2', 1, 'A')]).map(
        (x) => x.id,
      ),
    ).toEqual(['c', 'b']);
  });

  it('names empty names, repeated criteria and missing level descriptions', () => {
    const bad: RubricDraft = {
      name: ' ',
      purpose: 'other',
      criteria: [
        { id: '1', name: 'Safety', descriptors: ['a', 'b', 'c', 'd'] },
        { id: '2', name: 'safety', descriptors: ['a', '', 'c', 'd'] },
      ],
    };
    expect(checkRubricDraft(bad).map((i) => i.message)).toEqual([
      'Rubric name is required.',
      'Criterion 2 repeats the name "safety".',
      'Criterion 2 needs a description for level 2.',
    ]);
    expect(checkRubricDraft(draft())).toEqual([]);
  });
});
