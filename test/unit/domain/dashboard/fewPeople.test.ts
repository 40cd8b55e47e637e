// A dashboard filtered to a unit or a role is built, before the whole workspace is read, from the small tables and
// the records of the people it keeps (fewPeople.ts, dashboardRepository.dataOfFewPeople). That is only right if every
// chart, summary and list behind a chart is the same as from the whole workspace: checked here, filter by filter.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import {
  buildDashboard,
  type DashboardData,
  type DashboardModel,
} from '../../../../renderer/domain/dashboard/buildDashboard';
import { emptyFilter, type DashboardFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';
import {
  answersBehind,
  entriesBehind,
  gapsBehind,
  type PeopleInScope,
} from '../../../../renderer/domain/dashboard/drillDown';
import {
  fewPeopleInScope,
  narrowsPeople,
  PER_PERSON_TABLES,
} from '../../../../renderer/domain/dashboard/fewPeople';
import type { Settings } from '../../../../renderer/domain/model';
import { agencyData } from '../../../bench/agencyData';

const today = '2026-03-14';

/** What the whole read gives: every table in id order. */
function wholeRead(data: DashboardData): DashboardData {
  const byId = <T extends { id: string }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [table, Array.isArray(rows) ? byId(rows) : rows]),
  ) as unknown as DashboardData;
}

/**
 * What dataOfFewPeople reads: every small table, of the large ones the records of these people, and the standups with
 * a row of theirs, by id.
 */
function ofPeople(data: DashboardData, people: ReadonlySet<string>): DashboardData {
  const theirs = <T extends { id: string; caseworkerId: string }>(rows: readonly T[]) =>
    rows.filter((r) => people.has(r.caseworkerId)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const few = {
    ...data,
    standups: data.standups
      .filter((s) => s.rows.some((r) => people.has(r.caseworkerId)))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  for (const table of PER_PERSON_TABLES)
    Object.assign(few, { [table]: theirs(data[table] as readonly { id: string; caseworkerId: string }[]) });
  return few;
}

/**
 * A model compared by value, as far as anything shown can tell: the drill-down's date test is a function, compared by
 * what it answers; the stances in each round are looked up for the people in scope only (answersBehind).
 */
function comparable(model: DashboardModel) {
  const {
    drill: { inRange, people: drillPeople, ...drill },
    people,
    ...rest
  } = model;
  const visible = (p: PeopleInScope) => {
    const ids = new Set(p.caseworkers.map((c) => c.id));
    const stanceInRound = [...p.stanceInRound].map(([round, stances]) => [
      round,
      [...stances].filter(([id]) => ids.has(id)).sort(([a], [b]) => (a < b ? -1 : 1)),
    ]);
    return { ...p, stanceInRound };
  };
  return {
    ...rest,
    people: visible(people),
    drill: { ...drill, people: visible(drillPeople) },
    days: ['2020-01-01', '2026-01-15', today, '2031-07-14'].map(inRange),
  };
}

const noPick = { category: null, series: null };

function expectSameDashboard(data: DashboardData, settings: Settings, filter: DashboardFilter) {
  const people = fewPeopleInScope(data.caseworkers, data.cohorts, filter);
  if (!people) throw new Error(`the filter ${JSON.stringify(filter)} keeps too many people`);
  const few = ofPeople(data, people);
  expect(few.coachingEntries.length).toBeLessThan(data.coachingEntries.length);
  const fromFew = buildDashboard(few, filter, settings, today);
  const fromAll = buildDashboard(data, filter, settings, today);
  expect(comparable(fromFew)).toEqual(comparable(fromAll));
  // The lists behind the charts of records (the people lists come from the model compared above).
  for (const chart of ['coaching-by-coach', 'ride-alongs', 'renegades'] as const)
    expect(entriesBehind(few.coachingEntries, fromFew.drill, { chart, ...noPick })).toEqual(
      entriesBehind(data.coachingEntries, fromAll.drill, { chart, ...noPick }),
    );
  for (const chart of ['gaps-by-unit', 'gaps-by-month'] as const)
    expect(gapsBehind(few.gaps, fromFew.drill, { chart, ...noPick })).toEqual(
      gapsBehind(data.gaps, fromAll.drill, { chart, ...noPick }),
    );
  const everyAnswer = { chart: 'stance-over-time' as const, ...noPick };
  expect(answersBehind(fromFew.drill, everyAnswer)).toEqual(answersBehind(fromAll.drill, everyAnswer));
}

describe('a dashboard built from the records of the people a filter keeps', () => {
  it('is the dashboard of the whole demo workspace, for every unit and role, alone and with other filters', () => {
    const generated = generateDemo(7, today);
    const demo = { ...generated, ...wholeRead(generated) };
    const all = emptyFilter(demo.settings.currentRolloutId);
    const units = demo.units.map((u) => u.id);
    const roles = [...new Set(demo.caseworkers.map((c) => c.role))];
    const [first = '', second = ''] = units;
    const filters: DashboardFilter[] = [
      ...units.map((unitId) => ({ ...all, unitId })),
      ...roles.map((role) => ({ ...all, role })),
      { ...all, unitId: first, wave: 1 },
      { ...all, unitId: first, from: '2026-01-01', to: '2026-02-28' },
      { ...all, unitId: second, rolloutId: null },
      { ...all, role: roles[0] ?? '', wave: 2, to: '2026-02-01' },
    ];
    for (const filter of filters) expectSameDashboard(demo, demo.settings, filter);
  });

  it('is the dashboard of a larger workspace, unit by unit, with every rollout and a date range', () => {
    const { data, settings } = agencyData(0.05);
    const agency = wholeRead(data);
    const all = emptyFilter(settings.currentRolloutId);
    for (const unit of agency.units.slice(0, 6)) {
      expectSameDashboard(agency, settings, { ...all, unitId: unit.id });
      expectSameDashboard(agency, settings, { ...all, unitId: unit.id, rolloutId: null, from: '2024-06-01' });
    }
  });

  it('reads people first only for a unit or a role, and only when they are few', () => {
    const { data: agency, settings } = agencyData(0.05);
    const all = emptyFilter(settings.currentRolloutId);
    expect(narrowsPeople(all)).toBe(false);
    expect(narrowsPeople({ ...all, wave: 2, from: '2026-01-01' })).toBe(false);
    expect(fewPeopleInScope(agency.caseworkers, agency.cohorts, { ...all, wave: 1 })).toBeNull();
    const unit = agency.units[0]?.id ?? '';
    const inUnit = fewPeopleInScope(agency.caseworkers, agency.cohorts, { ...all, unitId: unit });
    expect(inUnit?.size).toBeGreaterThan(0);
    expect(
      [...(inUnit ?? [])].every((id) => agency.caseworkers.find((c) => c.id === id)?.unitId === unit),
    ).toBe(true);
    // With 1,000 people a role keeps a third of them: more than the 200 always read person by person, and than a
    // quarter of the roster.
    const larger = agencyData(0.2, { coachingEntries: 100, responses: 100 }).data;
    const role = larger.caseworkers[0]?.role ?? '';
    const inRole = larger.caseworkers.filter((c) => c.role === role).length;
    expect(inRole).toBeGreaterThan(Math.max(200, larger.caseworkers.length / 4));
    expect(fewPeopleInScope(larger.caseworkers, larger.cohorts, { ...all, role })).toBeNull();
    // In the smaller one the same role keeps fewer than 200: read person by person.
    const fewer = agency.caseworkers.filter((c) => c.role === role).length;
    expect(fewer).toBeLessThan(200);
    expect(fewPeopleInScope(agency.caseworkers, agency.cohorts, { ...all, role })?.size).toBe(fewer);
  });
});
