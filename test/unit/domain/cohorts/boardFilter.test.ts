import { describe, expect, it } from 'vitest';
import { cohortsMatching } from '../../../../renderer/domain/cohorts/boardFilter';

const cohorts = [
  { name: 'North Intake 3', role: 'Intake specialist' },
  { name: 'Unit 71', role: 'CPS investigator' },
  { name: 'Unit 715', role: 'Ongoing case manager' },
  { name: 'Équipe Sud', role: 'Intake specialist' },
];
const names = (query: string) => cohortsMatching(cohorts, query).map((c) => c.name);

describe('finding a cohort on the board', () => {
  it('keeps every cohort, in order, when nothing is typed', () => {
    expect(cohortsMatching(cohorts, '   ')).toBe(cohorts);
  });

  it('needs every word typed in the name or the role, in any order, case and accents aside', () => {
    expect(names('intake north')).toEqual(['North Intake 3']);
    expect(names('INTAKE')).toEqual(['North Intake 3', 'Équipe Sud']);
    expect(names('equipe')).toEqual(['Équipe Sud']);
    expect(names('unit 715')).toEqual(['Unit 715']);
    expect(names('unit 71')).toEqual(['Unit 71', 'Unit 715']);
    expect(names('ongoing investigator')).toEqual([]);
  });
});
