// Compares two survey rounds person by person: how many moved from heckler toward cheerleader and back, as a matrix
// and as named lists.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { ArrowRight } from 'lucide-react';
import { stanceLabel, type Stance } from '../../domain/survey/scoreResponse';
import { compareRounds, type Conversion } from '../../domain/survey/surveyResults';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Field';
import { StanceBadge } from '../../ui/StanceBadge';
import { SurveyFrame } from './SurveyFrame';
import { formatDay, plural } from '../../domain/format/format';
import { useSurveyResults, type SurveyResults } from './useSurveys';
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

function MoveList({ moves, results, empty }: { moves: Conversion[]; results: SurveyResults; empty: string }) {
  const sorted = useMemo(
    () =>
      [...moves].sort((a, b) =>
        results.caseworkerName(a.caseworkerId).localeCompare(results.caseworkerName(b.caseworkerId)),
      ),
    [moves, results],
  );
  const page = usePaged(sorted, MOVES_PAGE, moves);
  if (moves.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="sv-move-list">
        {page.rows.map((m) => (
          <li key={m.caseworkerId}>
            <Link href={`/people/${m.caseworkerId}`}>{results.caseworkerName(m.caseworkerId)}</Link>
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

function Comparison({ results }: { results: SurveyResults }) {
  const rounds = results.rounds;
  const [fromId, setFromId] = useState(rounds[rounds.length - 2]?.id ?? '');
  const [toId, setToId] = useState(rounds[rounds.length - 1]?.id ?? '');
  const from = rounds.find((r) => r.id === fromId);
  const to = rounds.find((r) => r.id === toId);
  const summary = from && to ? compareRounds(results.scored, from.id, to.id) : null;
  const inFrom = new Set(
    results.scored.filter((s) => s.roundId === fromId && s.readiness !== null).map((s) => s.caseworkerId),
  );
  const inTo = new Set(
    results.scored.filter((s) => s.roundId === toId && s.readiness !== null).map((s) => s.caseworkerId),
  );
  const onlyOne = new Set([...inFrom, ...inTo].filter((id) => !(inFrom.has(id) && inTo.has(id)))).size;
  const options = rounds.map((r) => ({ value: r.id, label: `${r.name} (${formatDay(r.openedOn)})` }));
  return (
    <div className="stack" style={{ gap: 16 }}>
      <div className="toolbar" aria-label="Rounds to compare" role="group">
        <SelectField
          label="Earlier round"
          value={fromId}
          onChange={(e) => setFromId(e.target.value)}
          options={options}
        />
        <SelectField
          label="Later round"
          value={toId}
          onChange={(e) => setToId(e.target.value)}
          options={options}
        />
      </div>
      {fromId === toId ? (
        <p className="muted">Choose two different rounds to compare.</p>
      ) : summary && from && to ? (
        <>
          <div className="sv-grid-4">
            <div className="card stat">
              <span className="stat-value">{summary.compared}</span>
              <span className="stat-label">people answered both rounds and are compared</span>
            </div>
            <div className="card stat sv-stance-stat cheerleader">
              <span className="stat-value">{summary.up.length}</span>
              <span className="stat-label">moved toward cheerleader (conversions up)</span>
            </div>
            <div className="card stat sv-stance-stat heckler">
              <span className="stat-value">{summary.down.length}</span>
              <span className="stat-label">moved back toward heckler</span>
            </div>
            <div className="card stat">
              <span className="stat-value">{summary.unchanged}</span>
              <span className="stat-label">
                kept the same stance
                {onlyOne > 0
                  ? `; ${plural(onlyOne, 'person', 'people')} answered only one of the two rounds`
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
                            {n}
                          </td>
                        );
                      })}
                      <td className="num">{stances.reduce((s, b) => s + summary.matrix[a][b], 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <div className="grid-2">
            <section className="card" aria-labelledby="moved-up">
              <h2 id="moved-up">Moved toward cheerleader ({summary.up.length})</h2>
              <MoveList moves={summary.up} results={results} empty="Nobody moved up between these rounds." />
            </section>
            <section className="card" aria-labelledby="moved-down">
              <h2 id="moved-down">Moved back ({summary.down.length})</h2>
              <MoveList
                moves={summary.down}
                results={results}
                empty="Nobody moved back between these rounds."
              />
            </section>
          </div>
        </>
      ) : null}
    </div>
  );
}

export function ComparePage() {
  const results = useSurveyResults();
  return (
    <SurveyFrame
      title="Compare survey rounds"
      description="Who came round and who slipped back between two rounds: conversions from heckler to fence-sitter to cheerleader, and back."
    >
      {results && results.rounds.length < 2 ? (
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
      ) : results ? (
        <Comparison key={results.rounds.map((r) => r.id).join()} results={results} />
      ) : null}
    </SurveyFrame>
  );
}
