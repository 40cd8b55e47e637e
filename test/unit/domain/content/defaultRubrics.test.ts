// The two rubrics that ship with the app: valid, one per purpose, each criterion with four non-empty descriptors.
import { describe, expect, it } from 'vitest';
import { rubricFields } from '../../../../renderer/domain/model';
import {
  defaultRubricInputs,
  rubricLevelNames,
  toolUseCriterionIds,
  visitQualityCriterionIds,
} from '../../../../renderer/domain/coaching/defaultRubrics';

const A = '0b7e9a52-3c1d-4f6e-8a9b-1c2d3e4f5a6b';
const B = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

describe('default rubrics', () => {
  const [visit, tool] = defaultRubricInputs(A, B).map((r) => rubricFields.parse(r));

  it('pass the rubric schema, one for visit quality and one for the new tool', () => {
    for (const input of defaultRubricInputs(A, B)) expect(rubricFields.safeParse(input).success).toBe(true);
    expect(visit?.purpose).toBe('visit-quality');
    expect(visit?.name).toBe('Face-to-face visit quality');
    expect(visit?.seriesId).toBe(A);
    expect(tool?.purpose).toBe('tool-use');
    expect(tool?.name).toBe('Use of the new tool');
    expect(tool?.seriesId).toBe(B);
    expect(visit?.criteria.map((c) => c.id)).toEqual([...visitQualityCriterionIds]);
    expect(tool?.criteria.map((c) => c.id)).toEqual([...toolUseCriterionIds]);
    expect(rubricLevelNames).toEqual(['Beginning', 'Developing', 'Proficient', 'Exemplary']);
  });

  it('describe each of the four levels of every criterion, differently', () => {
    for (const rubric of [visit, tool]) {
      for (const criterion of rubric?.criteria ?? []) {
        expect(criterion.descriptors).toHaveLength(4);
        expect(criterion.descriptors.every((d) => d.length > 10)).toBe(true);
        expect(new Set(criterion.descriptors).size).toBe(4);
      }
    }
  });
});
