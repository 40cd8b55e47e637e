// The gaps behind a dashboard chart (gap types by unit, gaps opened by month): opened by a click on a bar or a legend
// item, with the dashboard's filters and the clicked unit or month and gap type in the address.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { gapsBehind, gapTypeOf } from '../../domain/dashboard/drillDown';
import { gapTypeLabel } from '../../domain/dashboard/gapSeries';
import { formatDay } from '../../domain/format/format';
import { statusLabel } from '../../domain/gaps/gapLabels';
import type { Gap } from '../../domain/model';
import { DrillList, PersonCell } from './DrillList';
import { useDrillDown } from './useDrillDown';

export function GapsBehindPage() {
  const drill = useDrillDown('gaps');
  const { pick, data, model, unitName } = drill;
  const gaps = useMemo(
    () => (data && model && pick ? gapsBehind(data.gaps, model.drill, pick) : []),
    [data, model, pick],
  );
  const people = useMemo(() => new Map((model?.people.caseworkers ?? []).map((c) => [c.id, c])), [model]);

  return (
    <DrillList<Gap>
      drill={drill}
      title="Gaps behind a chart"
      what="gaps"
      everything="Every gap in scope"
      noun={['gap', 'gaps']}
      rows={gaps}
      rowKey={(g) => g.id}
      empty={{
        title: 'No gaps here',
        text: (what) => `No gap in scope is in ${what}. Widen the choice above, or go back to the dashboard.`,
      }}
      columns={() => [
        { header: 'Opened', className: 'nowrap', cell: (g) => formatDay(g.openedOn) },
        {
          header: 'Caseworker',
          cell: (g) => <PersonCell person={people.get(g.caseworkerId)} unitName={unitName} />,
        },
        { header: 'Expectation', cell: (g) => <Link href={`~/gaps/${g.id}`}>{g.expectation}</Link> },
        { header: 'Type', cell: (g) => gapTypeLabel[gapTypeOf(g)] },
        { header: 'Status', cell: (g) => statusLabel[g.status] },
      ]}
    />
  );
}
