// The gap board of one unit: caseworkers by expectations, each cell showing the gap type and status in words and
// colour, with each worker's visit rate and caseload and the unit's, against the targets in settings.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { buildGapBoard } from '../../domain/gaps/gapBoard';
import {
  caseloadStanding,
  caseloadStandingLabel,
  formatRate,
  visitRate,
} from '../../domain/gaps/gapEvidence';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { GapStatusBadge, GapTypeBadge } from './GapBadges';
import { GapsTabs } from './GapsTabs';
import { useGapBoardData } from './useGaps';
import { isSelectable } from '../../domain/roster/selectable';
import { formatMonth } from '../../domain/format/format';

export function GapBoardPage() {
  const ws = useGapBoardData();
  const [chosen, setChosen] = useState('');
  const unitId = chosen || ws?.units[0]?.id || '';
  const members = useMemo(
    () => (ws ? ws.caseworkers.filter((c) => c.unitId === unitId && isSelectable(c)) : []),
    [ws, unitId],
  );
  const board = useMemo(
    () =>
      ws
        ? buildGapBoard({ caseworkers: members, expectations: ws.settings.expectations, gaps: ws.gaps })
        : null,
    [ws, members],
  );
  const latestMonth = ws?.latestMonth;
  const lastMonthOf = (id: string) => ws?.measureOf(id);
  const unitMonth = members.flatMap((c) => {
    const m = lastMonthOf(c.id);
    return m ? [m] : [];
  });
  const target = ws?.settings.visitTarget ?? 95;
  const unitRate = visitRate(unitMonth, target);
  const caseloads = members
    .map((c) => lastMonthOf(c.id)?.caseload ?? c.caseload)
    .filter((x): x is number => x !== null);
  const above = ws ? caseloads.filter((n) => caseloadStanding(n, ws.settings) === 'above').length : 0;

  return (
    <>
      <PageHeader
        title="Gap board"
        description="One unit at a time: who has a gap on which expectation, what kind it is and where it stands."
      />
      <GapsTabs />
      {ws && ws.units.length === 0 ? (
        <div className="card">
          <EmptyState title="No units yet">
            Add units and caseworkers in the roster to see a gap board.
          </EmptyState>
        </div>
      ) : (
        ws &&
        board && (
          <>
            <div className="toolbar">
              <SelectField
                label="Unit"
                value={unitId}
                onChange={(e) => setChosen(e.target.value)}
                options={ws.units.map((u) => ({ value: u.id, label: u.name }))}
              />
            </div>
            <div className="grid-3" style={{ marginBottom: 16 }}>
              <div className="card stat">
                <span className="stat-value">{formatRate(unitRate.rate)}</span>
                <span className="stat-label">
                  Unit visit rate{latestMonth ? ` in ${formatMonth(latestMonth)}` : ''}: {unitRate.made} of{' '}
                  {unitRate.due} visits made; target {target}%
                  {unitRate.belowTarget ? ' (below target)' : unitRate.rate !== null ? ' (met)' : ''}
                </span>
              </div>
              <div className="card stat">
                <span className="stat-value">
                  {caseloads.length > 0
                    ? Math.round(caseloads.reduce((a, b) => a + b, 0) / caseloads.length)
                    : '—'}
                </span>
                <span className="stat-label">
                  Average caseload; standard {ws.settings.caseloadMin}-{ws.settings.caseloadMax}. {above} of{' '}
                  {caseloads.length} above the standard.
                </span>
              </div>
              <div className="card stat">
                <span className="stat-value">
                  {board.rows.reduce(
                    (n, r) =>
                      n +
                      r.cells.filter((g) => g && (g.status === 'open' || g.status === 'in-progress')).length,
                    0,
                  )}
                </span>
                <span className="stat-label">Open or in-progress gaps in this unit</span>
              </div>
            </div>
            <div className="gap-legend" aria-label="Legend">
              <GapTypeBadge classification="knowledge" />
              <GapTypeBadge classification="execution-barrier" />
              <GapTypeBadge classification="execution-motivation" />
              <GapTypeBadge classification="unclear-expectations" />
              <GapTypeBadge classification="not-worth-pursuing" />
            </div>
            {board.rows.length === 0 ? (
              <div className="card">
                <EmptyState title="Nobody in this unit">This unit has no current caseworkers.</EmptyState>
              </div>
            ) : (
              <div className="table-wrap">
                <table className="table gap-board">
                  <caption className="visually-hidden">Gap board: caseworkers by expectations</caption>
                  <thead>
                    <tr>
                      <th scope="col">Caseworker</th>
                      <th scope="col">
                        Visits and caseload ({latestMonth ? formatMonth(latestMonth) : 'no month yet'})
                      </th>
                      {board.expectations.map((e) => (
                        <th scope="col" key={e}>
                          {e}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {board.rows.map(({ caseworker, cells }) => {
                      const m = lastMonthOf(caseworker.id);
                      const r = m ? visitRate([m], target) : null;
                      const caseload = m?.caseload ?? caseworker.caseload;
                      const standing = caseloadStanding(caseload, ws.settings);
                      return (
                        <tr key={caseworker.id}>
                          <th scope="row">{caseworker.name}</th>
                          <td className="small">
                            {r ? (
                              <span className={r.belowTarget ? 'evidence-low' : ''}>
                                {formatRate(r.rate)} visits{r.belowTarget ? ' (below target)' : ''}
                              </span>
                            ) : (
                              <span className="muted">No measures</span>
                            )}
                            <br />
                            <span className={standing === 'above' ? 'evidence-low' : ''}>
                              Caseload {caseload ?? 'unknown'}
                              {standing === 'above' || standing === 'below'
                                ? ` (${caseloadStandingLabel[standing].toLowerCase()})`
                                : ''}
                            </span>
                          </td>
                          {cells.map((g, i) => (
                            <td
                              key={board.expectations[i]}
                              className={
                                g ? `board-cell board-cell-${g.classification ?? 'none'}` : 'board-cell'
                              }
                            >
                              {g ? (
                                <Link href={`/${g.id}`} className="board-link">
                                  <GapTypeBadge classification={g.classification} />
                                  <GapStatusBadge status={g.status} />
                                </Link>
                              ) : (
                                <span className="muted small">No gap</span>
                              )}
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )
      )}
    </>
  );
}
