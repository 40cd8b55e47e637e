// A click on a dashboard bar opens exactly the people that bar counts, with the dashboard's filters kept in the address.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../renderer/data/demo/generateDemo';
import { buildDashboard } from '../../../../renderer/domain/dashboard/buildDashboard';
import { emptyFilter, type DashboardFilter } from '../../../../renderer/domain/dashboard/dashboardFilter';
import {
  dashboardHref,
  drillDownHref,
  filterFromParams,
  filterToParams,
  peopleBehind,
  pickFromParams,
  stanceKeys,
} from '../../../../renderer/domain/dashboard/drillDown';
import { describePick, drillChoices } from '../../../../renderer/domain/dashboard/drillChoices';
import { masteryLevels } from '../../../../renderer/domain/mastery/mastery';

const today = '2026-03-14';
const demo = generateDemo(7, today);
const rolloutId = demo.settings.currentRolloutId;
const unit = demo.units[0];
if (!unit) throw new Error('The demo has units');

const paramsOf = (href: string) => new URLSearchParams(href.split('?')[1] ?? '');

describe('the dashboard filter in the address', () => {
  it('round-trips every field, including "all rollouts" and empty fields', () => {
    const filter: DashboardFilter = {
      rolloutId: 'r-1',
      unitId: 'u-1',
      role: 'Ongoing case manager',
      wave: 2,
      from: '2026-01-01',
      to: '2026-02-28',
    };
    expect(filterFromParams(filterToParams(filter))).toEqual(filter);
    const all = emptyFilter(null);
    expect(filterFromParams(filterToParams(all))).toEqual(all);
  });

  it('carries no filter when the address has none, and drops values that are not filters', () => {
    expect(filterFromParams(new URLSearchParams(''))).toBeNull();
    expect(filterFromParams(new URLSearchParams('wave=9&from=yesterday&to=2026-13'))).toEqual({
      ...emptyFilter(null),
      wave: 0,
      from: '',
      to: '',
    });
  });

  it('links to the list with the filters and the click, and back to the dashboard with the filters', () => {
    const filter = { ...emptyFilter(rolloutId), role: 'CPS investigator', wave: 3 };
    const href = drillDownHref(filter, { chart: 'mastery-by-wave', category: '3', series: 'practicing' });
    expect(href.startsWith('/dashboard/people?')).toBe(true);
    const params = paramsOf(href);
    expect(filterFromParams(params)).toEqual(filter);
    expect(pickFromParams(params)).toEqual({ chart: 'mastery-by-wave', category: '3', series: 'practicing' });
    expect(filterFromParams(paramsOf(dashboardHref(filter)))).toEqual(filter);
    expect(pickFromParams(new URLSearchParams('chart=coaching-activity'))).toBeNull();
  });
});

describe('the people behind a bar', () => {
  const model = buildDashboard(demo, emptyFilter(rolloutId), demo.settings, today);

  it('are as many as each segment of mastery by wave counts', () => {
    for (const row of model.byWave.series)
      for (const level of masteryLevels)
        expect(
          peopleBehind(model.people, { chart: 'mastery-by-wave', category: row.waveId, series: level }),
          `${row.wave} ${level}`,
        ).toHaveLength(row[level]);
  });

  it('are as many as each segment of mastery by unit and stances by unit counts', () => {
    for (const row of model.byUnit.series)
      for (const level of masteryLevels)
        expect(
          peopleBehind(model.people, {
            chart: 'mastery-by-unit',
            category: row.unitId ?? 'none',
            series: level,
          }),
        ).toHaveLength(row[level]);
    for (const row of model.stanceByUnit.series)
      for (const stance of stanceKeys)
        expect(
          peopleBehind(model.people, {
            chart: 'stance-by-unit',
            category: row.unitId ?? 'none',
            series: stance,
          }),
        ).toHaveLength(row[stance]);
  });

  it('a legend item is its series across every bar; a bar alone is everyone in it', () => {
    const practicing = model.byWave.series.reduce((t, r) => t + r.practicing, 0);
    expect(
      peopleBehind(model.people, { chart: 'mastery-by-wave', category: null, series: 'practicing' }),
    ).toHaveLength(practicing);
    const first = model.byWave.series[0];
    if (!first) throw new Error('The demo has waves');
    const inBar = masteryLevels.reduce((t, l) => t + first[l], 0);
    expect(
      peopleBehind(model.people, { chart: 'mastery-by-wave', category: first.waveId, series: null }),
    ).toHaveLength(inBar);
  });

  it("keeps the dashboard's filters: a unit filter leaves only that unit's people", () => {
    const narrowed = buildDashboard(
      demo,
      { ...emptyFilter(rolloutId), unitId: unit.id },
      demo.settings,
      today,
    );
    const people = peopleBehind(narrowed.people, { chart: 'mastery-by-wave', category: null, series: null });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((c) => c.unitId === unit.id)).toBe(true);
    expect(people.map((c) => c.name)).toEqual(
      [...people.map((c) => c.name)].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('says what was clicked in words', () => {
    const says = (pick: Parameters<typeof describePick>[0]) =>
      describePick(pick, drillChoices(pick.chart, model), 'Everyone in scope');
    expect(says({ chart: 'mastery-by-wave', category: '2', series: 'practicing' })).toBe(
      'Wave 2 · Practicing',
    );
    expect(says({ chart: 'mastery-by-wave', category: 'none', series: null })).toBe('No cohort');
    expect(says({ chart: 'stance-by-unit', category: unit.id, series: 'heckler' })).toBe(
      `${unit.name} · Hecklers`,
    );
    expect(says({ chart: 'mastery-by-unit', category: null, series: null })).toBe('Everyone in scope');
    expect(says({ chart: 'ride-alongs', category: null, series: 'missingPrep' })).toBe('No prep');
    expect(says({ chart: 'gaps-by-unit', category: 'gone', series: 'knowledge' })).toBe(
      'Not in this chart · Knowledge',
    );
  });
});
