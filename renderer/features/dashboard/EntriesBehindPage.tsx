// The coaching entries behind a dashboard chart (coaching by coach, ride-along prep and debrief, renegade sightings):
// opened by a click on a bar or a legend item, with the dashboard's filters and the click in the address.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { coachingKindLabel, renegadeLabel } from '../../domain/coaching/coachingLabels';
import { entriesBehind } from '../../domain/dashboard/drillDown';
import { formatDay } from '../../domain/format/format';
import type { CoachingEntry } from '../../domain/model';
import { DrillList, PersonCell } from './DrillList';
import { useDrillDown } from './useDrillDown';

const rideAlongParts = (prep: boolean, debrief: boolean) =>
  prep && debrief
    ? 'Prep and debrief'
    : prep
      ? 'Prep only: no debrief'
      : debrief
        ? 'Debrief only: no prep'
        : 'No prep, no debrief';

export function EntriesBehindPage() {
  const drill = useDrillDown('entries');
  const { pick, data, model, unitName } = drill;
  const entries = useMemo(
    () => (data && model && pick ? entriesBehind(data.coachingEntries, model.drill, pick) : []),
    [data, model, pick],
  );
  const people = useMemo(() => new Map((model?.people.caseworkers ?? []).map((c) => [c.id, c])), [model]);
  const coaches = useMemo(() => new Map((data?.coaches ?? []).map((c) => [c.id, c.name])), [data]);

  return (
    <DrillList<CoachingEntry>
      drill={drill}
      title="Coaching entries behind a chart"
      what="coaching entries"
      everything="Every entry in scope"
      noun={['entry', 'entries']}
      rows={entries}
      rowKey={(e) => e.id}
      empty={{
        title: 'No entries here',
        text: (what) =>
          `No coaching entry in scope is in ${what}. Widen the choice above, or go back to the dashboard.`,
      }}
      columns={() => [
        {
          header: 'Date',
          className: 'nowrap',
          cell: (e) => <Link href={`~/coaching/entries/${e.id}`}>{formatDay(e.date)}</Link>,
        },
        { header: 'Kind', cell: (e) => coachingKindLabel[e.kind] },
        {
          header: 'Caseworker',
          cell: (e) => <PersonCell person={people.get(e.caseworkerId)} unitName={unitName} />,
        },
        {
          header: 'Coach',
          cell: (e) =>
            e.coachId ? (
              (coaches.get(e.coachId) ?? 'Former coach')
            ) : (
              <span className="muted">No coach recorded</span>
            ),
        },
        {
          header: 'Prep and debrief',
          cell: (e) =>
            e.kind !== 'ride-along' ? (
              <span className="muted">Not a ride-along</span>
            ) : (
              rideAlongParts(!!e.prep, !!e.debrief)
            ),
        },
        {
          header: 'Renegade system',
          cell: (e) => (e.renegade ? renegadeLabel[e.renegade] : <span className="muted">None seen</span>),
        },
      ]}
    />
  );
}
