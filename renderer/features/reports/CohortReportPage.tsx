// The cohort report: members by wave with their mastery, the coaches, wave gates, training, standups and coaching.
import { Link, useParams } from 'wouter';
import { cohortReportCsv } from '../../domain/reports/cohortReport';
import { formatDay } from '../../domain/format/format';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { waveTitle } from '../../domain/cohorts/waveTitle';
import { masteryTone } from '../../ui/tones';
import { ReportFrame, ReportSection } from './ReportFrame';
import { useCohortReport } from './useReports';

const gateTone = { ready: 'success', overridden: 'accent', 'not-yet': 'neutral' } as const;

export function CohortReportPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { report: r, today } = useCohortReport(id);
  if (r === undefined) return <p className="muted">Loading the cohort report…</p>;
  if (r === null)
    return (
      <div className="card">
        <EmptyState title="That cohort no longer exists" action={<a href="#/reports">Back to reports</a>}>
          It may have been deleted; look in Trash to restore it.
        </EmptyState>
      </div>
    );

  return (
    <ReportFrame
      kind="Cohort report"
      title={r.name}
      subtitle={`${r.rollout} · ${r.role} · ${r.status}`}
      today={today}
      subject={r.name}
      csv={() => cohortReportCsv(r)}
    >
      <p className="report-lead">{r.summary}</p>
      <div className="report-grid">
        <ReportSection title="Coaches">
          <dl className="facts">
            <dt>Head coach</dt>
            <dd>{r.headCoach}</dd>
            <dt>Assistant coach</dt>
            <dd>{r.assistantCoach}</dd>
          </dl>
        </ReportSection>
        <ReportSection title="Wave gates">
          {r.gates.length === 0 ? (
            <p>No members yet, so no waves.</p>
          ) : (
            <ul className="report-list">
              {r.gates.map((g) => (
                <li key={g.wave}>
                  Wave {g.wave}: <Badge tone={gateTone[g.state]}>{g.stateLabel}</Badge>{' '}
                  <span className="small">{g.explanation}</span>
                </li>
              ))}
            </ul>
          )}
        </ReportSection>

        <ReportSection title="Members by wave" wide>
          {r.waves.length === 0 ? (
            <p>This cohort has no members yet.</p>
          ) : (
            <table className="table report-table">
              <caption className="visually-hidden">
                Members of {r.name}, wave by wave, with their mastery level
              </caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Stance</th>
                  <th scope="col">Mastery</th>
                  <th scope="col" className="num">
                    Training
                  </th>
                  <th scope="col" className="num">
                    Coaching
                  </th>
                  <th scope="col" className="num">
                    Standups
                  </th>
                </tr>
              </thead>
              {r.waves.map((w) => (
                <tbody key={w.wave}>
                  <tr className="report-group">
                    <th scope="colgroup" colSpan={7}>
                      {waveTitle[w.wave] ?? `Wave ${w.wave}`}
                    </th>
                  </tr>
                  {w.members.map((m) => (
                    <tr key={m.caseworkerId}>
                      <th scope="row">
                        <Link href={`/caseworker/${m.caseworkerId}`}>{m.name}</Link>
                        {m.assistantCoach && <span className="small muted"> (assistant coach)</span>}
                      </th>
                      <td>{m.unit}</td>
                      <td>
                        {m.stance}
                        {m.readiness !== null && (
                          <span className="muted">
                            {' '}
                            ({m.readiness}, {m.round})
                          </span>
                        )}
                      </td>
                      <td title={m.levelReason}>
                        <Badge tone={masteryTone[m.level]}>{m.levelLabel}</Badge>
                      </td>
                      <td className="num">{m.trainingSessions}</td>
                      <td className="num">{m.coachingEntries}</td>
                      <td className="num">{m.standupsAttended}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          )}
          <p className="small muted">
            Training: sessions attended. Coaching: entries since the rollout began. Standups: standups
            attended.
          </p>
        </ReportSection>

        <ReportSection title="Training sessions" wide>
          {r.training.length === 0 ? (
            <p>No training sessions planned for this cohort yet.</p>
          ) : (
            <table className="table report-table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Topic</th>
                  <th scope="col">For</th>
                  <th scope="col">Trainer</th>
                  <th scope="col">Members attending</th>
                </tr>
              </thead>
              <tbody>
                {r.training.map((t) => (
                  <tr key={`${t.date}-${t.topic}`}>
                    <td className="nowrap">{formatDay(t.date)}</td>
                    <td>{t.topic}</td>
                    <td className="nowrap">{t.wave ? `Wave ${t.wave}` : 'All waves'}</td>
                    <td>{t.trainer || '–'}</td>
                    <td className="nowrap">{t.held ? t.attendanceText : 'Planned'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </ReportSection>

        <ReportSection title="Daily standups">
          <p>{r.standups.sentence}</p>
          {r.standups.lastDate && (
            <p className="small muted">Last standup: {formatDay(r.standups.lastDate)}.</p>
          )}
        </ReportSection>
        <ReportSection title="Coaching">
          <p>{r.coaching.sentence}</p>
          {r.coaching.byKind.length > 0 && (
            <ul className="report-list">
              {r.coaching.byKind.map((k) => (
                <li key={k.kind}>
                  {k.label}: {k.count}
                </li>
              ))}
            </ul>
          )}
        </ReportSection>
        {r.notes && (
          <ReportSection title="Notes" wide>
            <p className="report-note">{r.notes}</p>
          </ReportSection>
        )}
      </div>
    </ReportFrame>
  );
}
