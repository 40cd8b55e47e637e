// The people behind a dashboard chart: opened by a click on a bar or a legend item (or the chart's link), with the
// dashboard's filters and the clicked category, both in the address. Back (or the link) returns to the dashboard as it was.
import { useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ArrowLeft } from 'lucide-react';
import type { DashboardFilter } from '../../domain/dashboard/dashboardFilter';
import {
  dashboardHref,
  describePick,
  drillDownHref,
  peopleBehind,
  pickFromParams,
  stanceKeys,
  stanceLabel,
  type DrillPick,
  type PeopleChart,
} from '../../domain/dashboard/drillDown';
import { masteryLabel, masteryLevels } from '../../domain/mastery/mastery';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useAddressFilter, useDashboardModel } from './useDashboard';

const chartTitle: Record<PeopleChart, string> = {
  'mastery-by-wave': 'Mastery by wave',
  'mastery-by-unit': 'Mastery by unit',
  'stance-by-unit': 'Stances by unit',
};
const PAGE = 200;

export function DrillDownPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const inAddress = useAddressFilter();
  const pick = useMemo(() => pickFromParams(new URLSearchParams(search)), [search]);
  const { data, model } = useDashboardModel(inAddress);
  const [shown, setShown] = useState(PAGE);

  const unitName = useMemo(() => {
    const names = new Map((data?.units ?? []).map((u) => [u.id, u.name]));
    return (id: string) => names.get(id);
  }, [data]);
  const people = useMemo(() => (model && pick ? peopleBehind(model.people, pick) : []), [model, pick]);

  if (!inAddress || !pick)
    return (
      <>
        <PageHeader title="People behind a chart" />
        <div className="card">
          <EmptyState title="This address names no chart">
            <Link href="~/dashboard">Open the dashboard</Link> and click a bar or a legend item.
          </EmptyState>
        </div>
      </>
    );

  const filter: DashboardFilter = inAddress;
  const change = (next: Partial<DrillPick>) =>
    navigate(`~${drillDownHref(filter, { ...pick, ...next })}`, { replace: true });
  const rolloutName = data?.rollouts.find((r) => r.id === filter.rolloutId)?.name;
  const filters = [
    filter.rolloutId ? (rolloutName ?? 'A rollout in Trash') : 'All rollouts',
    filter.unitId ? (unitName(filter.unitId) ?? 'A unit in Trash') : 'All units',
    filter.role || 'All roles',
    filter.wave ? `Wave ${filter.wave}` : 'All waves',
    filter.from || filter.to ? `${filter.from || 'the start'} to ${filter.to || 'today'}` : 'All dates',
  ].join(' · ');
  const byWave = pick.chart === 'mastery-by-wave';
  const categories = byWave
    ? [
        ...[1, 2, 3, 4].map((w) => ({ value: String(w), label: `Wave ${w}` })),
        { value: 'none', label: 'No cohort' },
      ]
    : [
        ...(data?.units ?? []).map((u) => ({ value: u.id, label: u.name })),
        { value: 'none', label: 'No unit' },
      ];
  const series =
    pick.chart === 'stance-by-unit'
      ? stanceKeys.map((k) => ({ value: k, label: stanceLabel[k] }))
      : masteryLevels.map((l) => ({ value: l, label: masteryLabel[l] }));
  const what = describePick(pick, unitName);

  return (
    <>
      <PageHeader
        title={`${chartTitle[pick.chart]}: ${what}`}
        description={`The people this part of the chart counts, with the dashboard's filters: ${filters}.`}
        actions={
          <Link href={`~${dashboardHref(filter)}`} className="btn">
            <ArrowLeft size={16} aria-hidden="true" /> Back to the dashboard
          </Link>
        }
      />
      <div className="toolbar" role="search" aria-label="Which people">
        <SelectField
          label={byWave ? 'Wave' : 'Unit'}
          value={pick.category ?? ''}
          onChange={(e) => change({ category: e.target.value || null })}
          options={[{ value: '', label: byWave ? 'Every wave' : 'Every unit' }, ...categories]}
        />
        <SelectField
          label={pick.chart === 'stance-by-unit' ? 'Stance' : 'Mastery level'}
          value={pick.series ?? ''}
          onChange={(e) => change({ series: e.target.value || null })}
          options={[
            { value: '', label: pick.chart === 'stance-by-unit' ? 'Every stance' : 'Every level' },
            ...series,
          ]}
        />
      </div>
      {!model ? null : people.length === 0 ? (
        <div className="card">
          <EmptyState title="Nobody here">
            No one in scope is in {what}. Widen the choice above, or go back to the dashboard.
          </EmptyState>
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table">
            <caption>
              {people.length === 1 ? '1 person' : `${people.length} people`}: {what}
              {people.length > shown ? ` (the first ${shown} shown)` : ''}.
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Unit and role</th>
                <th scope="col">Wave</th>
                <th scope="col">Mastery level</th>
                <th scope="col">Latest stance</th>
              </tr>
            </thead>
            <tbody>
              {people.slice(0, shown).map((c) => {
                const wave = model.people.waveOf.get(c.id);
                const stance = model.people.stanceOf.get(c.id);
                return (
                  <tr key={c.id}>
                    <td>
                      <Link href={`~/caseworkers/${c.id}`}>{c.name}</Link>
                    </td>
                    <td>
                      {c.unitId ? (unitName(c.unitId) ?? 'A unit in Trash') : 'No unit'}
                      {c.role && <div className="small muted">{c.role}</div>}
                    </td>
                    <td>{wave ? `Wave ${wave}` : <span className="muted">No cohort</span>}</td>
                    <td>{masteryLabel[model.people.levelOf.get(c.id) ?? 'not-started']}</td>
                    <td>{stance ? stanceLabel[stance] : <span className="muted">Not surveyed</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {people.length > shown && (
            <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, people.length - shown)} more
            </button>
          )}
        </div>
      )}
    </>
  );
}
