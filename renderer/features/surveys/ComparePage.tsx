// Compares two survey rounds person by person: how many moved from heckler toward cheerleader and back, as a matrix
// and as named lists.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { ArrowRight } from 'lucide-react';
import { stanceLabel, type Stance } from '../../domain/survey/scoreResponse';
import type { SurveyRound } from '../../domain/model';
import type { NameLookup } from '../../domain/roster/names';
import { defaultPair, isComparable, movesByName } from '../../domain/survey/roundComparison';
import type { Conversion } from '../../domain/survey/surveyResults';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Field';
import { StanceBadge } from '../../ui/StanceBadge';
import { SurveyFrame } from './SurveyFrame';
import { formatCount, formatDay, plural } from '../../domain/format/format';
import { KeptFiguresNotice } from '../../ui/KeptFiguresNotice';
import { useSharedRoster } from '../shared/useSharedRoster';
import { useCurrentRounds } from './useSurveys';
import { useRoundComparison } from './useRoundComparison';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';

const stances: Stance[] = ['heckler', 'fence-sitter', 'cheerleader'];
const plurals: Record<Stance, string> = {
  heckler: 'Hecklers',
  'fence-sitter': 'Fence-sitters',
  cheerleader: 'Cheerleaders',
};

/** People listed at a time in each list of moves (at agency scale, thousands move between two rounds). */
const MOVES_PAGE = 50;

function MoveList({
  moves,
  name,
  empty,
}: {
  moves: Conversion[];
  name: NameLookup | undefined;
  empty: string;
}) {
  const sorted = useMemo(() => (name ? movesByName(moves, name) : []), [moves, name]);
  const page = usePaged(sorted, MOVES_PAGE, moves);
  if (moves.length === 0) return <p className="muted">{empty}</p>;
  if (!name) return <p className="muted">Reading the names…</p>;
  return (
    <>
      <ul className="sv-move-list">
        {page.rows.map((m) => (
          <li key={m.caseworkerId}>
            <Link href={`/people/${m.caseworkerId}`}>{name(m.caseworkerId)}</Link>
            <StanceBadge stance={m.from} />
            <ArrowRight size={14} aria-hidden="true" />
            <span className="visually-hidden">to</span>
            <StanceBadge stance={m.to} />
          </li>
        ))}
      </ul>
      <ShowMore page={page} onMore={page.showMore} ofRemaining />
    </>
  );
}

function Comparison({ rounds }: { rounds: SurveyRound[] }) {
  const [{ fromId, toId }, setPair] = useState(() => defaultPair(rounds));
  const shown = useRoundComparison({ fromId, toId });
  const name = useSharedRoster()?.caseworkerName;
  const from = rounds.find((r) => r.id === fromId);
  const to = rounds.find((r) => r.id === toId);
  const summary = shown?.view;
  const options = rounds.map((r) => ({ value: r.id, label: `${r.name} (${formatDay(r.openedOn)})` }));
  return (
    <div className="stack" style={{ gap: 16 }}>
      <div className="toolbar" aria-label="Rounds to compare" role="group">
        <SelectField
          label="Earlier round"
          value={fromId}
          onChange={(e) => setPair({ fromId: e.target.value, toId })}
          options={options}
        />
        <SelectField
          label="Later round"
          value={toId}
          onChange={(e) => setPair({ fromId, toId: e.target.value })}
          options={options}
        />
      </div>
      {shown?.outdatedSince && (
        // Shown while the two rounds are compared again: what the comparison was, said so, not a blank page.
        <KeptFiguresNotice
          since={shown.outdatedSince}
          what="moves"
          changed="The answers, the rounds or the survey versions have changed since."
        />
      )}
      {!isComparable({ fromId, toId }) || !from || !to ? (
        <p className="muted">Choose two different rounds to compare.</p>
      ) : !summary ? (
        <p className="muted" aria-busy="true">
          Comparing the two rounds…
        </p>
      ) : (
        <>
          <div className="sv-grid-4">
            <div className="card stat">
              <span className="stat-value">{formatCount(summary.compared)}</span>
              <span className="stat-label">people answered both rounds and are compared</span>
            </div>
            <div className="card stat sv-stance-stat cheerleader">
              <span className="stat-value">{formatCount(summary.up.length)}</span>
              <span className="stat-label">moved toward cheerleader (conversions up)</span>
            </div>
            <div className="card stat sv-stance-stat heckler">
              <span className="stat-value">{formatCount(summary.down.length)}</span>
              <span className="stat-label">moved back toward heckler</span>
            </div>
            <div className="card stat">
              <span className="stat-value">{formatCount(summary.unchanged)}</span>
              <span className="stat-label">
                kept the same stance
                {summary.onlyOne > 0
                  ? `; ${plural(summary.onlyOne, 'person', 'people')} answered only one of the two rounds`
                  : ''}
              </span>
            </div>
          </div>
          <section className="card" aria-labelledby="matrix-title">
            <h2 id="matrix-title">
              From {from.name} to {to.name}
            </h2>
            <div className="table-wrap">
              <table className="table sv-matrix">
                <caption>
                  Rows are the stance in {from.name} ({formatDay(from.openedOn)}), columns the stance in{' '}
                  {to.name} ({formatDay(to.openedOn)}). Each number is a count of people; green cells count
                  moves toward cheerleader, red cells moves back, grey cells no change.
                </caption>
                <thead>
                  <tr>
                    <th scope="col">In {from.name}</th>
                    {stances.map((s) => (
                      <th key={s} scope="col" className="num">
                        {plurals[s]} in {to.name}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      Total
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stances.map((a) => (
                    <tr key={a}>
                      <th scope="row">
                        <StanceBadge stance={a} />
                      </th>
                      {stances.map((b) => {
                        const n = summary.matrix[a][b];
                        const kind =
                          a === b
                            ? 'same'
                            : n === 0
                              ? 'none'
                              : stances.indexOf(b) > stances.indexOf(a)
                                ? 'up'
                                : 'down';
                        return (
                          <td
                            key={b}
                            className={`num sv-${kind}`}
                            title={`${plural(n, 'person', 'people')} went from ${stanceLabel[a].toLowerCase()} to ${stanceLabel[b].toLowerCase()}`}
                          >
                            {formatCount(n)}
                          </td>
                        );
                      })}
                      <td className="num">
                        {formatCount(stances.reduce((s, b) => s + summary.matrix[a][b], 0))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <div className="grid-2">
            <section className="card" aria-labelledby="moved-up">
              <h2 id="moved-up">Moved toward cheerleader ({formatCount(summary.up.length)})</h2>
              <MoveList moves={summary.up} name={name} empty="Nobody moved up between these rounds." />
            </section>
            <section className="card" aria-labelledby="moved-down">
              <h2 id="moved-down">Moved back ({formatCount(summary.down.length)})</h2>
              <MoveList moves={summary.down} name={name} empty="Nobody moved back between these rounds." />
            </section>
          </div>
        </>
      )}
    </div>
  );
}

export function ComparePage() {
  const current = useCurrentRounds();
  return (
    <SurveyFrame
      title="Compare survey rounds"
      description="Who came round and who slipped back between two rounds: conversions from heckler to fence-sitter to cheerleader, and back."
    >
      {current && current.rounds.length < 2 ? (
        <div className="card">
          <EmptyState
            title="Two rounds are needed to compare"
            action={
              <Link href="/rounds" className="btn btn-primary">
                Open a pulse round
              </Link>
            }
          >
            After the baseline, run a short pulse survey to see who has changed their mind.
          </EmptyState>
        </div>
      ) : current ? (
        <Comparison key={current.rounds.map((r) => r.id).join()} rounds={current.rounds} />
      ) : null}
    </SurveyFrame>
  );
}
