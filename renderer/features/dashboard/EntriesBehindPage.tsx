// The coaching entries behind a dashboard chart (coaching by coach, ride-along prep and debrief, renegade sightings):
// opened by a click on a bar or a legend item, with the dashboard's filters and the click in the address.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { coachingKindLabel, renegadeLabel } from '../../domain/coaching/coachingLabels';
import { entriesBehind } from '../../domain/dashboard/drillDown';
import { describePick } from '../../domain/dashboard/drillChoices';
import { formatDay } from '../../domain/format/format';
import { EmptyState } from '../../ui/EmptyState';
import { DrillFrame, NoChart } from './DrillFrame';
import { useDrillDown } from './useDrillDown';

const PAGE = 200;
const rideAlongParts = (prep: boolean, debrief: boolean) =>
  prep && debrief
    ? 'Prep and debrief'
    : prep
      ? 'Prep only: no debrief'
      : debrief
        ? 'Debrief only: no prep'
        : 'No prep, no debrief';
const EVERY = 'Every entry in scope';

export function EntriesBehindPage() {
  const { filter, pick, data, model, choices, unitName, filterItems, change } = useDrillDown('entries');
  const [shown, setShown] = useState(PAGE);
  const entries = useMemo(
    () => (data && model && pick ? entriesBehind(data.coachingEntries, model.drill, pick) : []),
    [data, model, pick],
  );
  const people = useMemo(() => new Map((model?.people.caseworkers ?? []).map((c) => [c.id, c])), [model]);
  const coaches = useMemo(() => new Map((data?.coaches ?? []).map((c) => [c.id, c.name])), [data]);

  if (!filter || !pick) return <NoChart title="Coaching entries behind a chart" />;
  if (!model || !choices) return null;
  const what = describePick(pick, choices, EVERY);

  return (
    <DrillFrame
      filter={filter}
      pick={pick}
      choices={choices}
      filters={filterItems(filter)}
      what="coaching entries"
      everything={EVERY}
      change={change}
    >
      {entries.length === 0 ? (
        <div className="card">
          <EmptyState title="No entries here">
            No coaching entry in scope is in {what}. Widen the choice above, or go back to the dashboard.
          </EmptyState>
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table">
            <caption>
              {entries.length === 1 ? '1 entry' : `${entries.length} entries`}: {what}
              {entries.length > shown ? ` (the first ${shown} shown)` : ''}.
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Caseworker</th>
                <th scope="col">Coach</th>
                <th scope="col">Prep and debrief</th>
                <th scope="col">Renegade system</th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(0, shown).map((e) => {
                const person = people.get(e.caseworkerId);
                return (
                  <tr key={e.id}>
                    <td className="nowrap">
                      <Link href={`~/coaching/entries/${e.id}`}>{formatDay(e.date)}</Link>
                    </td>
                    <td>{coachingKindLabel[e.kind]}</td>
                    <td>
                      {person ? <Link href={`~/caseworkers/${person.id}`}>{person.name}</Link> : null}
                      <div className="small muted">{unitName(person?.unitId ?? null)}</div>
                    </td>
                    <td>
                      {e.coachId ? (
                        (coaches.get(e.coachId) ?? 'Former coach')
                      ) : (
                        <span className="muted">No coach recorded</span>
                      )}
                    </td>
                    <td>
                      {e.kind !== 'ride-along' ? (
                        <span className="muted">Not a ride-along</span>
                      ) : (
                        rideAlongParts(!!e.prep, !!e.debrief)
                      )}
                    </td>
                    <td>
                      {e.renegade ? renegadeLabel[e.renegade] : <span className="muted">None seen</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {entries.length > shown && (
            <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, entries.length - shown)} more
            </button>
          )}
        </div>
      )}
    </DrillFrame>
  );
}
