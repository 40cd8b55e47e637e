// The people behind a dashboard chart: opened by a click on a bar or a legend item (or the chart's link), with the
// dashboard's filters and the clicked category, both in the address. Back (or the link) returns to the dashboard as it was.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { answersBehind, peopleBehind, type StanceKey } from '../../domain/dashboard/drillDown';
import { stanceLabel as oneStance } from '../../domain/survey/scoreResponse';
import { describePick } from '../../domain/dashboard/drillChoices';
import { masteryLabel } from '../../domain/mastery/mastery';
import { adopterLabel } from '../../domain/survey/adopterCategories';
import { formatDay } from '../../domain/format/format';
import type { Caseworker } from '../../domain/model';
import { EmptyState } from '../../ui/EmptyState';
import { DrillFrame, NoChart } from './DrillFrame';
import { useDrillDown } from './useDrillDown';

const PAGE = 200;
const EVERYONE = 'Everyone in scope';

export function DrillDownPage() {
  const { filter, pick, model, choices, unitName, filterItems, change } = useDrillDown('people');
  const [shown, setShown] = useState(PAGE);
  // Stances over time count each person once per round; the other charts count each person once.
  const rows = useMemo<Array<{ caseworker: Caseworker; roundId: string | null; stance: StanceKey | null }>>(
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

  if (!filter || !pick) return <NoChart title="People behind a chart" />;
  if (!model || !choices) return null;
  const what = describePick(pick, choices, EVERYONE);
  const byRound = pick.chart === 'stance-over-time';
  const rounds = new Map(model.people.rounds.map((r) => [r.id, r]));
  const noun = byRound ? ['answer', 'answers'] : ['person', 'people'];

  return (
    <DrillFrame
      filter={filter}
      pick={pick}
      choices={choices}
      filters={filterItems(filter)}
      what={byRound ? 'survey answers' : 'people'}
      everything={EVERYONE}
      change={change}
    >
      {rows.length === 0 ? (
        <div className="card">
          <EmptyState title="Nobody here">
            No one in scope is in {what}. Widen the choice above, or go back to the dashboard.
          </EmptyState>
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table">
            <caption>
              {rows.length === 1 ? `1 ${noun[0]}` : `${rows.length} ${noun[1]}`}: {what}
              {rows.length > shown ? ` (the first ${shown} shown)` : ''}.
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Unit and role</th>
                {byRound && <th scope="col">Survey round</th>}
                {byRound && <th scope="col">Stance in that round</th>}
                <th scope="col">Wave</th>
                <th scope="col">Mastery level</th>
                <th scope="col">Latest stance</th>
                {pick.chart === 'adopter-mix' && <th scope="col">Adopter category</th>}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map(({ caseworker: c, roundId, stance: inRound }) => {
                const wave = model.people.waveOf.get(c.id);
                const stance = model.people.stanceOf.get(c.id);
                const round = roundId ? rounds.get(roundId) : undefined;
                const adopter = model.people.adopterOf.get(c.id);
                return (
                  <tr key={`${c.id}|${roundId ?? ''}`}>
                    <td>
                      <Link href={`~/caseworkers/${c.id}`}>{c.name}</Link>
                    </td>
                    <td>
                      {unitName(c.unitId)}
                      {c.role && <div className="small muted">{c.role}</div>}
                    </td>
                    {byRound && (
                      <td>
                        {round?.name}
                        {round && <div className="small muted nowrap">{formatDay(round.openedOn)}</div>}
                      </td>
                    )}
                    {byRound && (
                      <td>
                        {inRound === 'not-surveyed' || !inRound ? (
                          <span className="muted">Did not answer</span>
                        ) : (
                          oneStance[inRound]
                        )}
                      </td>
                    )}
                    <td>{wave ? `Wave ${wave}` : <span className="muted">No cohort</span>}</td>
                    <td>{masteryLabel[model.people.levelOf.get(c.id) ?? 'not-started']}</td>
                    <td>{stance ? oneStance[stance] : <span className="muted">Not surveyed</span>}</td>
                    {pick.chart === 'adopter-mix' && (
                      <td>{adopter ? adopterLabel[adopter] : <span className="muted">Not surveyed</span>}</td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length > shown && (
            <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, rows.length - shown)} more
            </button>
          )}
        </div>
      )}
    </DrillFrame>
  );
}
