// Survey results for the current rollout: the stance mix of the agency and of each unit, who has not answered yet, and the
// adopter labels against the Rogers curve. Every stance comes from latestStances (through useSurveyResults); what the
// screen shows is kept for the next visit and shown at once while nothing was written since (useResultsView).
import { Link } from 'wouter';
import { ClipboardPen, Upload } from 'lucide-react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { mixKeys, type MixKey, type StanceMixGroup } from '../../domain/survey/stanceMix';
import type { ResultsView } from '../../domain/survey/resultsView';
import { KeptFiguresNotice } from '../../ui/KeptFiguresNotice';
import { EmptyState } from '../../ui/EmptyState';
import { StanceBadge } from '../../ui/StanceBadge';
import { SurveyFrame } from './SurveyFrame';
import { thresholdsInWords } from './surveyFormat';
import { formatDay, formatPercent, plural } from '../../domain/format/format';
import { useResultsView } from './useResultsView';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';
import { useDrawnInTurn } from '../../ui/oneAtATime';

export const mixLabels: Record<MixKey, string> = {
  cheerleader: 'Cheerleaders',
  'fence-sitter': 'Fence-sitters',
  heckler: 'Hecklers',
  'not-surveyed': 'Not yet surveyed',
};

export function MixBar({ group }: { group: StanceMixGroup }) {
  return (
    <div className="sv-mix-bar" aria-hidden="true">
      {mixKeys.map((k) =>
        group.counts[k] > 0 ? (
          <span
            key={k}
            className={k}
            style={{ width: `${String((100 * group.counts[k]) / group.total)}%` }}
          />
        ) : null,
      )}
    </div>
  );
}

export function MixLegend() {
  return (
    <div className="sv-legend" aria-hidden="true">
      {mixKeys.map((k) => (
        <span key={k}>
          <i className={k} /> {mixLabels[k]}
        </span>
      ))}
    </div>
  );
}

function StanceStats({ view }: { view: ResultsView }) {
  const { agency } = view.mix;
  const t = view.thresholds;
  const captions: Record<MixKey, string> = {
    cheerleader: `Readiness ${String(t.cheerleaderMin)} or more: likely to champion the tool.`,
    'fence-sitter': `Readiness between ${String(t.hecklerMax)} and ${String(t.cheerleaderMin)}: open, not yet convinced.`,
    heckler: `Readiness ${String(t.hecklerMax)} or less: doubts to address before training.`,
    'not-surveyed': 'No answer in this rollout’s rounds yet.',
  };
  return (
    <div className="sv-grid-4">
      {mixKeys.map((k) => (
        <div key={k} className={`card stat sv-stance-stat ${k}`}>
          <span className="stat-label">
            <StanceBadge stance={k === 'not-surveyed' ? null : k} />
          </span>
          <span
            className="stat-value"
            title={`${String(agency.counts[k])} of ${String(agency.total)} caseworkers (${formatPercent(agency.percents[k])})`}
          >
            {agency.counts[k]}
            <span className="muted" style={{ fontSize: '1rem', fontWeight: 500 }}>
              {' '}
              · {formatPercent(agency.percents[k])}
            </span>
          </span>
          <span className="stat-label">{captions[k]}</span>
        </div>
      ))}
    </div>
  );
}

/** Units drawn at a time in the mix table (an agency has hundreds), and unit groups of people not yet surveyed. */
const UNIT_PAGE = 50;
const NOT_SURVEYED_PAGE = 12;

function MixTable({ view }: { view: ResultsView }) {
  // The list keeps the person's place when answers come in (a live read), so it is not reset by the data.
  const units = usePaged(view.mix.units, UNIT_PAGE, null);
  const groups = [...units.rows, view.mix.agency];
  return (
    <section className="card" aria-labelledby="mix-by-unit">
      <div className="card-title">
        <h2 id="mix-by-unit">Stance mix by unit</h2>
        <MixLegend />
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption>
            Each caseworker counts once, with the stance of their latest answer in this rollout. Percentages
            are of everyone in the unit (active or on leave), each rounded to a whole percent on its own, as
            everywhere in the app, so a row can add up to 99 or 101. {thresholdsInWords(view.thresholds)}
            {units.remaining > 0 &&
              ` The first ${String(units.shown)} of ${String(units.total)} units are listed; the last row counts the whole agency.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col" className="num">
                Caseworkers
              </th>
              {mixKeys.map((k) => (
                <th key={k} scope="col" className="num">
                  {mixLabels[k]}
                </th>
              ))}
              <th scope="col">Mix</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={`${g.kind}-${g.unitId ?? ''}`}>
                <th scope="row" style={{ fontWeight: g.kind === 'agency' ? 700 : 550 }}>
                  {g.name}
                </th>
                <td className="num">{g.total}</td>
                {mixKeys.map((k) => (
                  <td
                    key={k}
                    className="num"
                    title={`${String(g.counts[k])} of ${String(g.total)} in ${g.name}`}
                  >
                    {g.counts[k]} <span className="muted">({formatPercent(g.percents[k])})</span>
                  </td>
                ))}
                <td>
                  <MixBar group={g} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore page={units} onMore={units.showMore} ofRemaining />
    </section>
  );
}

function NotSurveyed({ view }: { view: ResultsView }) {
  const groups = usePaged(
    view.mix.units.filter((g) => g.notSurveyed.length > 0),
    NOT_SURVEYED_PAGE,
    null,
  );
  const total = view.mix.agency.notSurveyed.length;
  return (
    <section className="card" aria-labelledby="not-surveyed">
      <h2 id="not-surveyed">Not yet surveyed ({total})</h2>
      {total === 0 ? (
        <p className="muted">Everyone on the roster has answered at least one round of this rollout.</p>
      ) : (
        <>
          <p className="muted small">
            They go into wave 3 with the fence-sitters until they answer.{' '}
            <Link href="/answer">Enter their answers</Link> or hand them the computer in kiosk mode.
          </p>
          <div className="grid-3">
            {groups.rows.map((g) => (
              <div key={`${g.kind}-${g.unitId ?? ''}`}>
                <h3>
                  {g.name} <span className="muted small">({g.notSurveyed.length})</span>
                </h3>
                <ul className="small" style={{ margin: 0, paddingLeft: 18 }}>
                  {g.notSurveyed.map((p) => (
                    <li key={p.id}>
                      <Link href={`/people/${p.id}`}>{p.name}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          <ShowMore page={groups} onMore={groups.showMore} ofRemaining />
        </>
      )}
    </section>
  );
}

function AdopterChart({ view }: { view: ResultsView }) {
  const series = view.adopters;
  const n = view.labelled;
  // Drawn after the figures above, in its own turn: drawn with them it made one task of 200 ms at agency scale.
  const drawn = useDrawnInTurn();
  if (n === 0) return null;
  const summary = series
    .map((p) => `${p.label}: ${String(p.count)} (the curve expects ${String(p.expected)})`)
    .join('; ');
  return (
    <section className="card" aria-labelledby="adopters">
      <div className="heading-with-help">
        <h2 id="adopters">Adopter categories against the Rogers curve</h2>
        <WhatIsThis term="rogers" />
      </div>
      <p className="muted small">
        Each surveyed person is labelled by where their readiness ranks among the {n} people surveyed: the top
        2.5% innovators, the next 13.5% early adopters, then 34% early majority, 34% late majority and 16%
        laggards. The labels describe; they are never quotas.
      </p>
      <figure style={{ margin: 0 }}>
        <div style={{ width: '100%', height: 260 }}>
          {drawn && (
            <ResponsiveContainer>
              <ComposedChart data={series} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
                <XAxis
                  dataKey="label"
                  tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
                  label={{
                    value: 'Adopter category',
                    position: 'bottom',
                    offset: 8,
                    fill: 'var(--text-muted)',
                  }}
                />
                <YAxis
                  allowDecimals={false}
                  tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
                  label={{ value: 'People', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)' }}
                />
                <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
                <Legend verticalAlign="top" height={28} />
                <Bar
                  dataKey="count"
                  name="People in this rollout"
                  fill="var(--accent)"
                  radius={[4, 4, 0, 0]}
                  isAnimationActive={false}
                />
                <Line
                  dataKey="expected"
                  name="Rogers curve"
                  stroke="var(--warning)"
                  strokeWidth={2}
                  dot
                  isAnimationActive={false}
                />
              </ComposedChart>
            </ResponsiveContainer>
          )}
        </div>
        <figcaption className="small muted">In words: {summary}.</figcaption>
      </figure>
    </section>
  );
}

export function ResultsPage() {
  const shown = useResultsView();
  const view = shown?.view;
  const lastRound = view?.lastRound;
  return (
    <SurveyFrame
      title="Survey results"
      description="The technology-adoption survey of the current rollout: who is likely to cheer the new tool on, who is on the fence, and who doubts it will work."
      actions={
        <>
          <Link data-write href="/import" className="btn">
            <Upload size={16} aria-hidden="true" /> Import answers
          </Link>
          <Link href="/answer" className="btn btn-primary">
            <ClipboardPen size={16} aria-hidden="true" /> Enter answers
          </Link>
        </>
      }
    >
      {view && view.roundCount === 0 ? (
        <div className="card">
          <EmptyState
            title="No survey rounds yet"
            action={
              <Link href="/rounds" className="btn btn-primary">
                Start the baseline survey
              </Link>
            }
          >
            A round is one time everyone answers the survey: a baseline before training, then short pulses to
            see who has come round.
          </EmptyState>
        </div>
      ) : view ? (
        <div className="stack" style={{ gap: 16 }}>
          {shown.outdatedSince && (
            // Shown while the results are worked out again: what they were, said so, not a blank page.
            <KeptFiguresNotice
              since={shown.outdatedSince}
              what="results"
              changed="The answers, the rounds or the roster have changed since."
            />
          )}
          <p className="muted" style={{ margin: 0 }}>
            {view.rolloutName}: {plural(view.responseCount, 'response')} in {plural(view.roundCount, 'round')}
            {lastRound
              ? `; the latest round, ${lastRound.name}, opened ${formatDay(lastRound.openedOn)}.`
              : '.'}{' '}
            <Link href="/people">See each person’s stance and why</Link>.
          </p>
          <StanceStats view={view} />
          <MixTable view={view} />
          <NotSurveyed view={view} />
          <AdopterChart view={view} />
        </div>
      ) : (
        <p className="muted" role="status" aria-busy="true">
          Loading the results…
        </p>
      )}
    </SurveyFrame>
  );
}
