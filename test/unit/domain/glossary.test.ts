import { describe, expect, it } from 'vitest';
import { glossary, glossaryTerms } from '../../../renderer/domain/glossary';

describe('glossary', () => {
  it('explains every borrowed word in at most two short sentences', () => {
    for (const key of glossaryTerms) {
      const { term, plain } = glossary[key];
      expect(term.length).toBeGreaterThan(0);
      expect(plain.split(/(?<=\.)\s+(?=[A-Z])/).length).toBeLessThanOrEqual(2);
      expect(plain.length).toBeLessThanOrEqual(320);
    }
  });
});
