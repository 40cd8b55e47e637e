// The cards each role opens the app for: survey coverage, cohort and wave status, the headline funnel, the unit's gaps.
import { Link } from 'wouter';
import { CheckCircle2, CircleDashed } from 'lucide-react';
import type { HomeModel } from '../../domain/home/buildHome';
import { Badge } from '../../ui/Badge';
import { percentText } from '../../domain/format/format';
import { DayText } from '../../ui/DayText';

export function SurveyCoverageCard({ coverage }: { coverage: HomeModel['surveyCoverage'] }) {
  return (
    <section className="card" aria-labelledby="home-survey">
      <div className="card-title">
        <h2 id="home-survey">Survey coverage</h2>
        <Link href="/surveys" className="small">
          Survey results
        </Link>
      </div>
      {coverage.round ? (
        <p>
          <strong>
            {coverage.answered} of {coverage.active}
          </strong>{' '}
          active caseworkers ({percentText(coverage.answered, coverage.active)}) answered the latest round,{' '}
          {coverage.round.name} (opened <DayText day={coverage.round.openedOn} />
          ).
        </p>
      ) : (
        <p className="muted">No survey round yet for the current rollout.</p>
      )}
      {coverage.notSurveyedCount > 0 ? (
        <>
          <p className="small muted">Never surveyed, so placed in wave 3 until they are:</p>
          <ul
            className="row small"
            aria-label="Never surveyed"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {coverage.notSurveyed.map((p) => (
              <li key={p.id}>
                <Link href={`/caseworkers/${p.id}`}>{p.name}</Link>
              </li>
            ))}
            {coverage.notSurveyedCount > coverage.notSurveyed.length && (
              <li className="muted">and {coverage.notSurveyedCount - coverage.notSurveyed.length} more</li>
            )}
          </ul>
        </>
      ) : (
        <p className="small muted">Everyone active has answered at least once.</p>
      )}
    </section>
  );
}

export function CohortStatusCard({ cohorts }: { cohorts: HomeModel['cohorts'] }) {
  return (
    <section className="card" aria-labelledby="home-cohorts">
      <div className="card-title">
        <h2 id="home-cohorts">Cohorts and waves</h2>
        <Link href="/cohorts" className="small">
          Cohort board
        </Link>
      </div>
      {cohorts.length === 0 ? (
        <p className="muted">
          No cohorts yet for the current rollout. <Link href="/cohorts/propose">Propose cohorts</Link>.
        </p>
      ) : (
        <table className="table">
          <caption>A wave gate opens when all its members are practicing, or the coach overrides it.</caption>
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col">Waves</th>
              <th scope="col">Where it stands</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/cohorts/${c.id}`}>{c.name}</Link>
                  <div className="small muted">
                    {c.members} people ·{' '}
                    {c.assistant ? `assistant coach ${c.assistant}` : 'no assistant coach yet'}
                  </div>
                </td>
                <td>
                  <span className="row" style={{ gap: 4 }}>
                    {c.gates.map((g) => (
                      <span
                        key={g.wave}
                        className={`badge ${g.open ? 'badge-success' : 'badge-neutral'}`}
                        title={`Wave ${g.wave}: ${g.practicing} of ${g.total} practicing`}
                      >
                        {g.open ? (
                          <CheckCircle2 size={12} aria-hidden="true" />
                        ) : (
                          <CircleDashed size={12} aria-hidden="true" />
                        )}
                        {g.wave} {g.open ? 'open' : 'closed'}
                      </span>
                    ))}
                  </span>
                </td>
                <td className="small">{c.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function FunnelCard({ funnel }: { funnel: HomeModel['funnel'] }) {
  const max = Math.max(1, ...funnel.series.map((s) => s.count));
  return (
    <section className="card" aria-labelledby="home-funnel">
      <div className="card-title">
        <h2 id="home-funnel">Rollout progress</h2>
        <Link href="/dashboard" className="small">
          Dashboard
        </Link>
      </div>
      <p className="small muted">{funnel.summary}</p>
      <table className="table" aria-describedby="home-funnel">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col" className="num">
              People
            </th>
            <th scope="col">
              <span className="visually-hidden">Share of everyone in scope</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {funnel.series.map((s) => (
            <tr key={s.stage}>
              <td>{s.stage}</td>
              <td className="num">
                {s.count} <span className="muted small">({s.percent}%)</span>
              </td>
              <td style={{ width: '45%' }}>
                <div className="meter" aria-hidden="true">
                  <span style={{ width: `${(100 * s.count) / max}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function UnitGapsCard({
  gaps,
  count,
  unitName,
}: {
  gaps: HomeModel['unitGaps'];
  /** How many open gaps there are (the oldest few are listed). */
  count: number;
  unitName: string | null;
}) {
  return (
    <section className="card" aria-labelledby="home-gaps">
      <div className="card-title">
        <h2 id="home-gaps">Open gaps{unitName ? ` in ${unitName}` : ''}</h2>
        <Link href="/gaps" className="small">
          Gap board
        </Link>
      </div>
      {!unitName && (
        <p className="small muted">
          Showing every unit. Choose your unit in <Link href="/settings">Settings</Link> to see only yours.
        </p>
      )}
      {count === 0 ? (
        <p className="muted">No open gaps.</p>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: 8 }}>
          {gaps.map((g) => (
            <li key={g.id}>
              <Link href={`/caseworkers/${g.caseworkerId}`}>{g.caseworker}</Link>: {g.expectation}{' '}
              <Badge tone={g.type.startsWith('Knowledge') ? 'accent' : 'warning'}>{g.type}</Badge>{' '}
              <span className="small muted">
                {g.status} since <DayText day={g.openedOn} />
              </span>
            </li>
          ))}
          {count > gaps.length && (
            <li className="small muted">and {count - gaps.length} more on the gap board</li>
          )}
        </ul>
      )}
    </section>
  );
}
