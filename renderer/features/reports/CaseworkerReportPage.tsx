// The one-page coaching summary of one caseworker, to print for a supervision meeting or file as a PDF.
import { useParams } from 'wouter';
import { caseworkerSummaryCsv } from '../../domain/reports/caseworkerSummary';
import { plural, formatDay } from '../../domain/format/format';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { masteryTone } from '../../ui/tones';
import { MetMark } from '../../ui/ScorecardTable';
import { StanceBadge } from '../../ui/StanceBadge';
import { ReportFrame, ReportSection } from './ReportFrame';
import { useCaseworkerSummary } from './useReports';

const MAX_ROWS = 6;

export function CaseworkerReportPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { report: s, today } = useCaseworkerSummary(id);
  if (s === undefined) return <p className="muted">Loading the summary…</p>;
  if (s === null)
    return (
      <div className="card">
        <EmptyState
          title="That caseworker is not on the roster"
          action={<a href="#/reports">Back to reports</a>}
        >
          They may have been deleted; look in Trash to restore them.
        </EmptyState>
      </div>
    );

  const more = (n: number) =>
    n > MAX_ROWS ? <p className="small muted">…and {n - MAX_ROWS} more.</p> : null;
  return (
    <ReportFrame
      kind="Coaching summary"
      title={s.name}
      subtitle={[s.unit, s.role, s.status, s.caseload === null ? null : `caseload ${s.caseload}`]
        .filter(Boolean)
        .join(' · ')}
      today={today}
      subject={s.name}
      csv={() => caseworkerSummaryCsv(s)}
      onePage
    >
      <div className="report-grid">
        <ReportSection title="Rollout and cohort">
          <dl className="facts">
            <dt>Rollout</dt>
            <dd>{s.rollout ?? 'No current rollout'}</dd>
            <dt>Cohort</dt>
            <dd>
              {s.cohort ? (
                <>
                  {s.cohort.name}, wave {s.cohort.wave}
                  {s.cohort.isAssistantCoach && ' (assistant coach)'}
                </>
              ) : (
                'Not in a cohort yet'
              )}
            </dd>
            {s.cohort?.reason && (
              <>
                <dt>Placed because</dt>
                <dd>{s.cohort.reason}</dd>
              </>
            )}
            <dt>Head coach</dt>
            <dd>{s.cohort?.headCoach ?? '–'}</dd>
            {s.supervisor && (
              <>
                <dt>Supervisor</dt>
                <dd>{s.supervisor}</dd>
              </>
            )}
          </dl>
        </ReportSection>

        <ReportSection title="Readiness">
          {s.survey ? (
            <>
              <p className="report-line">
                <StanceBadge stance={s.survey.stance} /> Readiness <strong>{s.survey.readiness}</strong> of
                100 in {s.survey.roundName}, answered {formatDay(s.survey.answeredOn)}
                {s.survey.history.length > 0 && ` (before: ${s.survey.history.join(' → ')})`}.
              </p>
              <p className="report-line">
                ADKAR barrier: <strong>{s.survey.adkarBarrier ?? 'none: every element rated above 3'}</strong>
              </p>
              <p className="small muted">{s.survey.explanation}</p>
            </>
          ) : (
            <p>Not surveyed yet in this rollout.</p>
          )}
        </ReportSection>

        <ReportSection title="Mastery" wide>
          {s.mastery ? (
            <>
              <p className="report-line">
                <Badge tone={masteryTone[s.mastery.level]}>{s.mastery.label}</Badge>{' '}
                {s.mastery.scorecard.summary}
              </p>
              <table className="table report-table scorecard-table">
                <caption className="visually-hidden">The five parts of mastery for {s.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Part</th>
                    <th scope="col">Now</th>
                    <th scope="col">Rule</th>
                    <th scope="col">Met</th>
                  </tr>
                </thead>
                <tbody>
                  {s.mastery.scorecard.rows.map((r) => (
                    <tr key={r.component}>
                      <th scope="row">{r.label}</th>
                      <td>{r.figure}</td>
                      <td>{r.threshold}</td>
                      <td className="nowrap">
                        <MetMark met={r.met} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p>No current rollout to measure mastery against.</p>
          )}
        </ReportSection>

        <ReportSection title="Training attended">
          {s.training.length === 0 ? (
            <p>No training sessions attended yet.</p>
          ) : (
            <ul className="report-list">
              {s.training.slice(-MAX_ROWS).map((t) => (
                <li key={`${t.date}-${t.topic}`}>
                  {formatDay(t.date)}: {t.topic}
                </li>
              ))}
            </ul>
          )}
        </ReportSection>

        <ReportSection title="Coaching in the last 90 days">
          <p className="report-line">
            <strong>{plural(s.coaching.total, 'entry', 'entries')}</strong> since{' '}
            {formatDay(s.coaching.since)}
            {s.coaching.byKind.length > 0 &&
              `: ${s.coaching.byKind.map((k) => `${k.count} ${k.label.toLowerCase()}`).join(', ')}`}
            .
          </p>
          {s.coaching.rubrics.length > 0 && (
            <ul className="report-list">
              {s.coaching.rubrics.map((r) => (
                <li key={r.rubric}>
                  {r.rubric}: average <strong>{r.average.toFixed(1)}</strong> of 4 over{' '}
                  {plural(r.entries, 'rated entry', 'rated entries')}
                </li>
              ))}
            </ul>
          )}
          {s.coaching.total === 0 && (
            <p className="small muted">
              {s.coaching.lastDate ? `Last coached ${formatDay(s.coaching.lastDate)}.` : 'Never coached yet.'}
            </p>
          )}
        </ReportSection>

        <ReportSection title="Strengths and growth areas">
          {s.strengths.length === 0 && s.growthAreas.length === 0 ? (
            <p>None written in coaching entries yet.</p>
          ) : (
            <dl className="facts stacked">
              {s.strengths.length > 0 && (
                <>
                  <dt>Strengths</dt>
                  <dd>
                    {s.strengths.map((n) => (
                      <p key={n.date + n.text} className="report-note">
                        {n.text} <span className="muted">({formatDay(n.date)})</span>
                      </p>
                    ))}
                  </dd>
                </>
              )}
              {s.growthAreas.length > 0 && (
                <>
                  <dt>Growth areas</dt>
                  <dd>
                    {s.growthAreas.map((n) => (
                      <p key={n.date + n.text} className="report-note">
                        {n.text} <span className="muted">({formatDay(n.date)})</span>
                      </p>
                    ))}
                  </dd>
                </>
              )}
            </dl>
          )}
        </ReportSection>

        <ReportSection title="Open action items" wide>
          {s.actionItems.length === 0 ? (
            <p>No open action items.</p>
          ) : (
            <>
              <table className="table report-table">
                <thead>
                  <tr>
                    <th scope="col">Due</th>
                    <th scope="col">Action</th>
                    <th scope="col">Owner</th>
                  </tr>
                </thead>
                <tbody>
                  {s.actionItems.slice(0, MAX_ROWS).map((a, i) => (
                    <tr key={i}>
                      <td className="nowrap">
                        {a.dueDate ? formatDay(a.dueDate) : 'No date'}
                        {a.overdue && (
                          <>
                            {' '}
                            <Badge tone="danger">Overdue</Badge>
                          </>
                        )}
                      </td>
                      <td>{a.text}</td>
                      <td>{a.owner || '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {more(s.actionItems.length)}
            </>
          )}
        </ReportSection>

        <ReportSection title="Open gaps">
          {s.gaps.length === 0 ? (
            <p>No open knowledge or execution gaps.</p>
          ) : (
            <ul className="report-list">
              {s.gaps.slice(0, MAX_ROWS).map((g) => (
                <li key={g.expectation + g.openedOn}>
                  {g.expectation}: <strong>{g.type}</strong>, {g.status.toLowerCase()} since{' '}
                  {formatDay(g.openedOn)}
                </li>
              ))}
            </ul>
          )}
          {more(s.gaps.length)}
        </ReportSection>

        <ReportSection title="Face-to-face visits">
          <p className="report-line">
            {s.visits.rate !== null && (
              <Badge tone={s.visits.meetsTarget ? 'success' : 'warning'}>
                {s.visits.meetsTarget ? 'On target' : 'Below target'}
              </Badge>
            )}{' '}
            {s.visits.sentence}
          </p>
        </ReportSection>
      </div>
    </ReportFrame>
  );
}
