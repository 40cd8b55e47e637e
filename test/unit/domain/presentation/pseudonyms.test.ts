import { describe, expect, it } from 'vitest';
import { assignPseudonyms, nameScrubber } from '../../../../renderer/domain/presentation/pseudonyms';

const people = [
  { id: 'b', name: "Seán O'Brien", createdAt: '2026-01-02T00:00:00Z' },
  { id: 'a', name: 'Nguyễn Thị Ánh', createdAt: '2026-01-01T00:00:00Z' },
  { id: 'c', name: 'Ana Lopez', createdAt: '2026-01-03T00:00:00Z' },
  { id: 'd', name: 'Ana Kim', createdAt: '2026-01-03T00:00:00Z' },
  { id: 'e', name: 'Rivera, Lucía', createdAt: '2026-01-04T00:00:00Z' },
];

describe('pseudonyms', () => {
  it('numbers people by when they were added, so numbers stay put when others join', () => {
    const map = assignPseudonyms(people);
    expect([...map]).toEqual([
      ['a', 'Worker 1'],
      ['b', 'Worker 2'],
      ['c', 'Worker 3'],
      ['d', 'Worker 4'],
      ['e', 'Worker 5'],
    ]);
    const later = assignPseudonyms([
      ...people,
      { id: '0', name: 'New Person', createdAt: '2026-02-01T00:00:00Z' },
    ]);
    expect(later.get('c')).toBe('Worker 3');
  });

  it('replaces full names, "Last, First" names and unique first names inside free text', () => {
    const scrub = nameScrubber(people, assignPseudonyms(people));
    expect(scrub("Seán O'Brien met the family; Seán used the app.")).toBe(
      'Worker 2 met the family; Worker 2 used the app.',
    );
    expect(scrub('Nguyễn Thị Ánh documented in the field.')).toBe('Worker 1 documented in the field.');
    expect(scrub('Lucía Rivera and Rivera, Lucía are one person.')).toBe(
      'Worker 5 and Worker 5 are one person.',
    );
  });

  it('does not guess between two people who share a first name, and leaves other words alone', () => {
    const scrub = nameScrubber(people, assignPseudonyms(people));
    expect(scrub('Ana said the banana bread was good; Ana Kim agreed.')).toBe(
      'a caseworker said the banana bread was good; Worker 4 agreed.',
    );
  });
});

describe('names in free text, however they are written', () => {
  const staff = [
    { id: '1', name: 'Grace Kim', createdAt: '2026-01-01T00:00:00Z' },
    { id: '2', name: "O'Brien, Seán", createdAt: '2026-01-02T00:00:00Z' },
    { id: '3', name: 'Nguyễn Thị Ánh', createdAt: '2026-01-03T00:00:00Z' },
    { id: '4', name: 'Luis Hernández', createdAt: '2026-01-04T00:00:00Z' },
  ];
  const scrub = nameScrubber(staff, assignPseudonyms(staff));

  it.each([
    ['grace kim joined the visit.', 'Worker 1 joined the visit.'],
    ['KIM wrote the note.', 'Worker 1 wrote the note.'],
    ['Sean OBrien and sean o’brien are one person.', 'Worker 2 and Worker 2 are one person.'],
    ['Nguyen Thi Anh documented it.', 'Worker 3 documented it.'],
    ["Hernandez's caseload grew; Hernández’s too.", "Worker 4's caseload grew; Worker 4’s too."],
    ['(Kim), Grace; O’Brien!', '(Worker 1), Worker 1; Worker 2!'],
    ['Met Anh and Luis.', 'Met Worker 3 and Worker 4.'],
    ['Kimberly and the kimchi stay.', 'Kimberly and the kimchi stay.'],
  ])('%s', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });
});
