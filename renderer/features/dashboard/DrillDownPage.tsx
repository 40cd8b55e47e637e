// The people behind a dashboard chart: opened by a click on a bar or a legend item (or the chart's link), with the
// dashboard's filters and the clicked category, both in the address. Back (or the link) returns to the dashboard as it was.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { answersBehind, peopleBehind, type StanceKey } from '../../domain/dashboard/drillDown';
import { stanceLabel as oneStance } from '../../domain/survey/scoreResponse';
import { masteryLabel } from '../../domain/mastery/mastery';
import { adopterLabel } from '../../domain/survey/adopterCategories';
import { formatDay } from '../../domain/format/format';
import type { Caseworker } from '../../domain/model';
import { DrillList } from './DrillList';
import { useDrillDown } from './useDrillDown';

/** One row: a person, or (stances over time) one person's answer in one survey round. */
interface Row {
  caseworker: Caseworker;
  roundId: string | null;
  stance: StanceKey | null;
}

export function DrillDownPage() {
  const drill = useDrillDown('people');
  const { pick, model, unitName } = drill;
  // Stances over time count each person once per round; the other charts count each person once.
  const rows = useMemo<Row[]>(
    () =>
      !model || !pick
        ? []
        : pick.chart === 'stance-over-time'
          ? answersBehind(model.drill, pick)
          : peopleBehind(model.people, pick, model.drill).map((caseworker) => ({
              caseworker,
              roundId: null,
              stance: null,
            })),
    [model, pick],
  );
  const rounds = useMemo(() => new Map((model?.people.rounds ?? []).map((r) => [r.id, r])), [model]);
  const byRound = pick?.chart === 'stance-over-time';

  return (
    <DrillList<Row>
      drill={drill}
      title="People behind a chart"
      what={byRound ? 'survey answers' : 'people'}
      everything="Everyone in scope"
      noun={byRound ? ['answer', 'answers'] : ['person', 'people']}
      rows={rows}
      rowKey={(r) => `${r.caseworker.id}|${r.roundId ?? ''}`}
      empty={{
        title: 'Nobody here',
        text: (what) => `No one in scope is in ${what}. Widen the choice above, or go back to the dashboard.`,
      }}
      columns={({ model: m, pick: p }) => [
        {
          header: 'Name',
          cell: (r) => <Link href={`~/caseworkers/${r.caseworker.id}`}>{r.caseworker.name}</Link>,
        },
        {
          header: 'Unit and role',
          cell: ({ caseworker: c }) => (
            <>
              {unitName(c.unitId)}
              {c.role && <div className="small muted">{c.role}</div>}
            </>
          ),
        },
        byRound && {
          header: 'Survey round',
          cell: (r) => {
            const round = r.roundId ? rounds.get(r.roundId) : undefined;
            return (
              <>
                {round?.name}
                {round && <div className="small muted nowrap">{formatDay(round.openedOn)}</div>}
              </>
            );
          },
        },
        byRound && {
          header: 'Stance in that round',
          cell: (r) =>
            r.stance === 'not-surveyed' || !r.stance ? (
              <span className="muted">Did not answer</span>
            ) : (
              oneStance[r.stance]
            ),
        },
        {
          header: 'Wave',
          cell: (r) => {
            const wave = m.people.waveOf.get(r.caseworker.id);
            return wave ? `Wave ${wave}` : <span className="muted">No cohort</span>;
          },
        },
        {
          header: 'Mastery level',
          cell: (r) => masteryLabel[m.people.levelOf.get(r.caseworker.id) ?? 'not-started'],
        },
        {
          header: 'Latest stance',
          cell: (r) => {
            const stance = m.people.stanceOf.get(r.caseworker.id);
            return stance ? oneStance[stance] : <span className="muted">Not surveyed</span>;
          },
        },
        p.chart === 'adopter-mix' && {
          header: 'Adopter category',
          cell: (r) => {
            const adopter = m.people.adopterOf.get(r.caseworker.id);
            return adopter ? adopterLabel[adopter] : <span className="muted">Not surveyed</span>;
          },
        },
      ]}
    />
  );
}
