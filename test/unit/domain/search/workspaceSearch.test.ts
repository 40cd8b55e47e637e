// One search across people, coaching notes, standups and gaps, however names are typed.
import { describe, expect, it } from 'vitest';
import type { Caseworker, CoachingEntry, Gap, Standup } from '../../../../renderer/domain/model';
import { buildSearchIndex, searchWorkspace } from '../../../../renderer/domain/search/workspaceSearch';

const stamp = { createdAt: '', updatedAt: '', deletedAt: null };
const person = (id: string, name: string, extra: Partial<Caseworker> = {}): Caseworker => ({
  ...stamp,
  id,
  name,
  unitId: 'u1',
  role: 'CPS investigator',
  employeeId: '',
  email: '',
  startDate: null,
  caseload: null,
  status: 'active',
  ...extra,
});
const note = {
  background: '',
  reason: '',
  observations: '',
  content: '',
  results: '',
  impressions: '',
  plan: '',
};
const entry = (id: string, caseworkerId: string, date: string, observations: string): CoachingEntry => ({
  ...stamp,
  id,
  kind: 'observation',
  caseworkerId,
  coachId: null,
  date,
  focusSkill: '',
  rubricId: null,
  ratings: {},
  note: { ...note, observations },
  strengths: '',
  growthAreas: '',
  actionItems: [],
  followUpDate: null,
  followUpNotifiedAt: null,
  toolUsed: false,
  renegade: null,
  renegadeNote: '',
  prep: null,
  debrief: null,
});

const source = {
  caseworkers: [
    person('p1', 'Łukasz Nowak'),
    person('p2', "O'Brien, Seán"),
    person('p3', 'Ana Gone', { deletedAt: '2026-01-01T00:00:00Z' }),
  ],
  units: [{ id: 'u1', name: 'North' }],
  entries: [
    entry('e1', 'p1', '2026-03-01', 'Wrote notes on paper at the school.'),
    entry('e2', 'p2', '2026-03-05', 'Asked Łukasz for help with the tablet.'),
    entry('e3', 'p2', '2026-03-09', 'Paper forms again.'),
  ],
  standups: [
    {
      ...stamp,
      id: 's1',
      cohortId: 'c1',
      date: '2026-03-10',
      rows: [
        {
          caseworkerId: 'p2',
          triedAndLearned: 'Dictated a note in the car',
          problems: '',
          tryToday: '',
          usedToolYesterday: true,
          absent: false,
        },
      ],
    } satisfies Standup,
  ],
  cohorts: [{ id: 'c1', name: 'Investigations A' }],
  gaps: [
    {
      ...stamp,
      id: 'g1',
      caseworkerId: 'p2',
      expectation: 'Documents visits within 48 hours',
      expectedLevel: '',
      actualLevel: '',
      answers: {},
      path: [],
      classification: 'knowledge',
      remedies: [],
      status: 'open',
      statusHistory: [],
      evidence: [],
      openedOn: '2026-02-01',
    } satisfies Gap,
  ],
};
const index = buildSearchIndex(source);
const ids = (query: string) =>
  Object.fromEntries(searchWorkspace(index, query).map((g) => [g.kind, g.results.map((r) => r.id)]));

describe('workspace search', () => {
  it('finds people however their name is typed, and leaves Trash out', () => {
    expect(ids('lukasz').person).toEqual(['p1']);
    expect(ids('sean obrien').person).toEqual(['p2']);
    expect(ids('ana gone')).toEqual({});
  });

  it('finds coaching notes, standups and gaps by their words and by the person', () => {
    expect(ids('paper')).toEqual({ coaching: ['e3', 'e1'] });
    expect(ids('dictated').standup).toEqual(['s1']);
    expect(ids('48 hours').gap).toEqual(['g1']);
    // Notes about Łukasz come before notes that merely mention him.
    expect(ids('lukasz').coaching).toEqual(['e1', 'e2']);
  });

  it('groups results in a fixed order, caps each group and counts the rest', () => {
    const groups = searchWorkspace(index, 'obrien', 1);
    expect(groups.map((g) => g.kind)).toEqual(['person', 'coaching', 'standup', 'gap']);
    const coaching = groups.find((g) => g.kind === 'coaching');
    expect(coaching?.results.map((r) => r.id)).toEqual(['e3']);
    expect(coaching?.total).toBe(2);
    expect(coaching?.results[0]?.href).toBe('/coaching/entries/e3');
    expect(searchWorkspace(index, '  ')).toEqual([]);
  });
});
