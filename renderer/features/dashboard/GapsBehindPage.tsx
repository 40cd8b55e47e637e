// The gaps behind a dashboard chart (gap types by unit, gaps opened by month): opened by a click on a bar or a legend
// item, with the dashboard's filters and the clicked unit or month and gap type in the address.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { gapsBehind, gapTypeOf } from '../../domain/dashboard/drillDown';
import { describePick } from '../../domain/dashboard/drillChoices';
import { gapTypeLabel } from '../../domain/dashboard/gapSeries';
import { formatDay } from '../../domain/format/format';
import { statusLabel } from '../../domain/gaps/gapLabels';
import { EmptyState } from '../../ui/EmptyState';
import { DrillFrame, NoChart } from './DrillFrame';
import { useDrillDown } from './useDrillDown';

const PAGE = 200;
const EVERY = 'Every gap in scope';

export function GapsBehindPage() {
  const { filter, pick, data, model, choices, unitName, filterItems, change } = useDrillDown('gaps');
  const [shown, setShown] = useState(PAGE);
  const gaps = useMemo(
    () => (data && model && pick ? gapsBehind(data.gaps, model.drill, pick) : []),
    [data, model, pick],
  );
  const people = useMemo(() => new Map((model?.people.caseworkers ?? []).map((c) => [c.id, c])), [model]);

  if (!filter || !pick) return <NoChart title="Gaps behind a chart" />;
  if (!model || !choices) return null;
  const what = describePick(pick, choices, EVERY);

  return (
    <DrillFrame
      filter={filter}
      pick={pick}
      choices={choices}
      filters={filterItems(filter)}
      what="gaps"
      everything={EVERY}
      change={change}
    >
      {gaps.length === 0 ? (
        <div className="card">
          <EmptyState title="No gaps here">
            No gap in scope is in {what}. Widen the choice above, or go back to the dashboard.
          </EmptyState>
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table">
            <caption>
              {gaps.length === 1 ? '1 gap' : `${gaps.length} gaps`}: {what}
              {gaps.length > shown ? ` (the first ${shown} shown)` : ''}.
            </caption>
            <thead>
              <tr>
                <th scope="col">Opened</th>
                <th scope="col">Caseworker</th>
                <th scope="col">Expectation</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {gaps.slice(0, shown).map((g) => {
                const person = people.get(g.caseworkerId);
                return (
                  <tr key={g.id}>
                    <td className="nowrap">{formatDay(g.openedOn)}</td>
                    <td>
                      {person ? <Link href={`~/caseworkers/${person.id}`}>{person.name}</Link> : null}
                      <div className="small muted">{unitName(person?.unitId ?? null)}</div>
                    </td>
                    <td>
                      <Link href={`~/gaps/${g.id}`}>{g.expectation}</Link>
                    </td>
                    <td>{gapTypeLabel[gapTypeOf(g)]}</td>
                    <td>{statusLabel[g.status]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {gaps.length > shown && (
            <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, gaps.length - shown)} more
            </button>
          )}
        </div>
      )}
    </DrillFrame>
  );
}
