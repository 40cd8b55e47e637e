import { describe, expect, it } from 'vitest';
import type { Standup } from '../../../../renderer/domain/model';
import { standupsOfPeople } from '../../../../renderer/domain/cohorts/standupsOfPeople';

const standup = (id: string, cohortId: string, people: string[]) =>
  ({
    id,
    cohortId,
    date: '2026-03-03',
    rows: people.map((caseworkerId) => ({ caseworkerId, usedToolYesterday: true })),
  }) as unknown as Standup;

// Ana stood up with Intake 1 before she moved to Intake 2; Old is a cohort of another rollout.
const standups = [
  standup('s1', 'intake-1', ['ana', 'ben']),
  standup('s2', 'intake-1', ['ben', 'ben']),
  standup('s3', 'intake-2', ['ana']),
  standup('s4', 'old', ['ana']),
];
const rollout = new Set(['intake-1', 'intake-2']);
const ids = (people: string[], cohorts: ReadonlySet<string> = rollout) =>
  standupsOfPeople(standups)(people, cohorts).map((s) => s.id);

describe("a person's standups", () => {
  it("finds each person's standups in the rollout's cohorts, also of a cohort they have left, each once and in order", () => {
    expect(ids(['ana'])).toEqual(['s1', 's3']);
    expect(ids(['ben'])).toEqual(['s1', 's2']);
    expect(ids(['ben', 'ana'])).toEqual(['s1', 's2', 's3']);
  });

  it("leaves out other rollouts' cohorts, and finds nothing for someone with no row", () => {
    expect(ids(['ana'], new Set(['old']))).toEqual(['s4']);
    expect(ids(['nobody'])).toEqual([]);
    expect(ids([])).toEqual([]);
  });
});
