// One caseworker's survey results in the current rollout: latest stance and readiness with the explanation in words, the
// answers that moved the score, their adopter label, ADKAR barrier point, and their stance in every round.
import { Link, useParams } from 'wouter';
import { ArrowDown, ArrowRight, ArrowUp, ClipboardPen } from 'lucide-react';
import { adkarBarrier, adkarElements, adkarLabel } from '../../domain/survey/adkar';
import { adopterLabel, type AdopterCategory } from '../../domain/survey/adopterCategories';
import { scoreResponse, stanceLabel, type Stance } from '../../domain/survey/scoreResponse';
import { EmptyState } from '../../ui/EmptyState';
import { StanceBadge } from '../../ui/StanceBadge';
import { SurveyFrame } from './SurveyFrame';
import { thresholdsInWords, viaLabel } from './surveyFormat';
import type { PersonResults } from '../../domain/survey/personResults';
import { usePersonResults, type PersonAdopter } from './usePersonResults';
import { formatCount, formatDay, formatInstant } from '../../domain/format/format';
import { WhatIsThis } from '../../ui/WhatIsThis';

const adopterMeaning: Record<AdopterCategory, string> = {
  innovator: 'Ranks in the top 2.5% by readiness among the people surveyed.',
  'early-adopter': 'Ranks in the next 13.5% by readiness, after the innovators.',
  'early-majority': 'Ranks in the upper-middle 34% by readiness.',
  'late-majority': 'Ranks in the lower-middle 34% by readiness.',
  laggard: 'Ranks in the lowest 16% by readiness.',
};

const order: Record<Stance, number> = { heckler: 0, 'fence-sitter': 1, cheerleader: 2 };
const fmtPoints = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(1)}`;

function LatestDetail({
  results,
  adopter: ranked,
}: {
  results: PersonResults;
  adopter: PersonAdopter | undefined;
}) {
  const { latest } = results;
  if (!latest) return null;
  const response = results.responses.find((r) => r.id === latest.responseId);
  const instrument = results.instruments.find((i) => i.id === response?.instrumentId);
  const round = results.rounds.find((r) => r.id === latest.roundId);
  const score = response && instrument ? scoreResponse(instrument.items, response.answers) : null;
  const adkar = response && instrument ? adkarBarrier(instrument.items, response.answers) : null;
  const adopter = ranked?.category;
  const rated = adkar ? adkarElements.filter((e) => adkar.ratings[e] !== undefined) : [];
  return (
    <>
      <div className="grid-2">
        <section className="card" aria-labelledby="latest-stance">
          <h2 id="latest-stance">Latest stance</h2>
          <div className="row" style={{ alignItems: 'baseline' }}>
            <span className="sv-readiness-value" title="Readiness: 0 (not ready) to 100 (fully ready)">
              {Math.round(latest.readiness ?? 0)}
            </span>
            <span className="muted">of 100 readiness</span>
            <StanceBadge stance={latest.stance} />
          </div>
          <p className="small muted" style={{ marginTop: 6 }}>
            From {round?.name ?? 'a survey round'}, answered {formatDay(latest.answeredOn)}
            {response ? ` (${viaLabel[response.via]})` : ''}. {thresholdsInWords(results.thresholds)}
          </p>
          <h3>Why</h3>
          <p>{latest.explanation}</p>
        </section>
        <section className="card" aria-labelledby="person-facts">
          <h2 id="person-facts">Adopter category and ADKAR</h2>
          <dl className="facts">
            <dt>
              Adopter category <WhatIsThis term="rogers" />
            </dt>
            <dd>
              {!ranked ? (
                <span className="muted" aria-busy="true">
                  Ranking everyone surveyed…
                </span>
              ) : adopter ? (
                <>
                  <strong>{adopterLabel[adopter]}</strong>
                  <div className="small muted">
                    {adopterMeaning[adopter]} A label after Rogers, never a quota. Among{' '}
                    {formatCount(ranked.among)} people surveyed
                    {ranked.outdatedSince
                      ? `, as of ${formatInstant(ranked.outdatedSince)} (the answers have changed since; ranked again shortly)`
                      : ''}
                    .
                  </div>
                </>
              ) : (
                <span className="muted">Not ranked: only people still on the roster are ranked.</span>
              )}
            </dd>
            <dt>
              ADKAR barrier point <WhatIsThis term="adkar" />
            </dt>
            <dd>
              {rated.length === 0 ? (
                <span className="muted">Not rated: the ADKAR questions are optional and were skipped.</span>
              ) : adkar?.barrier ? (
                <>
                  <strong>{capitalize(adkar.barrier)}</strong>
                  <div className="small muted">
                    {adkarLabel[adkar.barrier]}: the first element, in order, rated 3 or lower. Work on it
                    before the ones after it.
                  </div>
                </>
              ) : (
                <>
                  <strong>None</strong>
                  <div className="small muted">Every element rated was 4 or 5.</div>
                </>
              )}
            </dd>
            {rated.length > 0 && (
              <>
                <dt>ADKAR ratings</dt>
                <dd>
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {adkarElements.map((e) => (
                      <li key={e}>
                        {adkarLabel[e]}:{' '}
                        {adkar?.ratings[e] !== undefined ? (
                          <strong>{adkar.ratings[e]} of 5</strong>
                        ) : (
                          <span className="muted">not rated</span>
                        )}
                        {adkar?.barrier === e ? ' (barrier point)' : ''}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        </section>
      </div>
      {score && score.contributions.length > 0 && (
        <section className="card" aria-labelledby="moved-score">
          <h2 id="moved-score">What moved the score</h2>
          <div className="table-wrap">
            <table className="table">
              <caption>
                Points show how far each answer moved readiness from the neutral middle (50), largest first;
                together they add up to the readiness minus 50. Worry items are scored in reverse, so agreeing
                with them lowers readiness.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Answer</th>
                  <th scope="col" className="num">
                    Points
                  </th>
                </tr>
              </thead>
              <tbody>
                {score.contributions.map((c) => (
                  <tr key={c.itemId}>
                    <td>
                      {c.text}
                      {c.reverse && <div className="small muted">Worry item, scored in reverse</div>}
                    </td>
                    <td>{c.answerLabel}</td>
                    <td
                      className={`num ${c.points > 0.05 ? 'sv-points-up' : c.points < -0.05 ? 'sv-points-down' : ''}`}
                    >
                      {fmtPoints(c.points)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

function History({ results }: { results: PersonResults }) {
  const history = results.scored;
  const roundName = new Map(results.rounds.map((r) => [r.id, r]));
  if (history.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history">
      <h2 id="history">Across rounds</h2>
      <div className="table-wrap">
        <table className="table">
          <caption>
            Every answer in this rollout, oldest first. The latest one sets the stance that cohorts and waves
            use.
          </caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Answered</th>
              <th scope="col" className="num">
                Readiness
              </th>
              <th scope="col">Stance</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => {
              const before = i > 0 ? history[i - 1]?.stance : null;
              const move = before && h.stance ? order[h.stance] - order[before] : null;
              return (
                <tr key={h.responseId}>
                  <td>
                    {roundName.get(h.roundId)?.name ?? 'Round'}
                    <div className="small muted">opened {formatDay(h.roundDate)}</div>
                  </td>
                  <td>{formatDay(h.answeredOn)}</td>
                  <td className="num">{h.readiness === null ? '—' : Math.round(h.readiness)}</td>
                  <td>
                    <StanceBadge stance={h.stance} />
                  </td>
                  <td>
                    {move === null || !before ? (
                      <span className="muted">{i === 0 ? 'First answer' : '—'}</span>
                    ) : move > 0 ? (
                      <span className="row" style={{ gap: 4 }}>
                        <ArrowUp size={16} aria-hidden="true" /> Up from {stanceLabel[before].toLowerCase()}
                      </span>
                    ) : move < 0 ? (
                      <span className="row" style={{ gap: 4 }}>
                        <ArrowDown size={16} aria-hidden="true" /> Back from{' '}
                        {stanceLabel[before].toLowerCase()}
                      </span>
                    ) : (
                      <span className="row" style={{ gap: 4 }}>
                        <ArrowRight size={16} aria-hidden="true" /> No change
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function PersonResultsPage() {
  const params = useParams<{ id: string }>();
  const { results, adopter } = usePersonResults(params.id);
  const caseworker = results?.caseworker;
  const lastRound = results?.rounds[results.rounds.length - 1];
  const answerHref = lastRound && caseworker ? `/answer/${lastRound.id}/${caseworker.id}` : '/answer';
  return (
    <SurveyFrame
      title={caseworker ? caseworker.name : 'Survey results'}
      description={
        caseworker
          ? `${results?.unit ?? ''}${caseworker.role ? ` · ${caseworker.role}` : ''} · survey results in ${results?.rollout?.name ?? 'the current rollout'}`
          : 'One caseworker’s survey results.'
      }
      actions={
        <>
          <Link href="/people" className="btn">
            All people
          </Link>
          {caseworker && (
            <Link href={answerHref} className="btn btn-primary">
              <ClipboardPen size={16} aria-hidden="true" /> Enter answers
            </Link>
          )}
        </>
      }
    >
      {results && !caseworker && (
        <div className="card">
          <EmptyState title="Caseworker not found">
            That caseworker is not in the roster; they may have been moved to Trash.
          </EmptyState>
        </div>
      )}
      {results && caseworker && (
        <div className="stack" style={{ gap: 16 }}>
          {!results.latest && (
            <div className="card">
              <EmptyState
                title="Not yet surveyed"
                action={
                  <Link href={answerHref} className="btn btn-primary">
                    Enter their answers
                  </Link>
                }
              >
                {caseworker.name} has no answers in this rollout’s rounds. Until they answer, the cohort
                builder places them with the fence-sitters.
              </EmptyState>
            </div>
          )}
          <LatestDetail results={results} adopter={adopter} />
          <History results={results} />
        </div>
      )}
    </SurveyFrame>
  );
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
