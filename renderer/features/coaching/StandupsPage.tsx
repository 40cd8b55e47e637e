// Daily standups: the coach's follow-up list from each cohort's latest standup, and every cohort with its last standup
// (drawn a page at a time: an agency's rollout has hundreds of cohorts).
import { useMemo } from 'react';
import { Link } from 'wouter';
import { MessageCircleQuestion } from 'lucide-react';
import { addDays } from '../../domain/coaching/calendar';
import { latestFollowUps } from '../../domain/coaching/standupFollowUps';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { CoachingTabs } from './CoachingTabs';
import { useCoachingLookups, useCohorts, useStandups } from './useCoaching';
import { useToday } from '../../ui/useToday';
import { DayText } from '../../ui/DayText';
import { usePaged } from '../../ui/usePaged';
import { ShowMore } from '../../ui/ShowMore';
import type { Cohort } from '../../domain/model';

const PAGE = 50;
const noCohorts: readonly Cohort[] = [];

export function StandupsPage() {
  const today = useToday();
  const cohorts = useCohorts();
  const standups = useStandups();
  const lookups = useCoachingLookups();
  const followUps = useMemo(
    () =>
      standups && lookups ? latestFollowUps(standups, today, addDays(today, -7), lookups.caseworkerName) : [],
    [standups, lookups, today],
  );
  const names = useMemo(() => new Map((cohorts ?? []).map((c) => [c.id, c.name])), [cohorts]);
  // Standups come newest first, so a cohort's first one is its last standup.
  const lastDates = useMemo(() => {
    const out = new Map<string, string>();
    for (const s of standups ?? []) if (!out.has(s.cohortId)) out.set(s.cohortId, s.date);
    return out;
  }, [standups]);
  const cohortName = (id: string) => names.get(id) ?? 'A cohort';
  const lastOf = (cohortId: string) => lastDates.get(cohortId);
  // One list with no filters: the page limit stays as it is when the data changes.
  const page = usePaged(cohorts ?? noCohorts, PAGE, 'cohorts');

  return (
    <>
      <PageHeader
        title="Daily standups"
        description="Fifteen minutes a day per cohort, three questions each: what did I try and learn yesterday, what problems did I meet and how did I overcome them, what will I try today."
      />
      <CoachingTabs />
      <section className="card" aria-labelledby="standup-follow-ups">
        <h2 id="standup-follow-ups">Your follow-ups</h2>
        <p className="small muted">
          From each cohort&apos;s latest standup in the past week: people who did not use the tool the day
          before.
        </p>
        {followUps.length === 0 ? (
          <p className="muted">No follow-ups: everyone present used the tool.</p>
        ) : (
          <ul className="due-list">
            {followUps.map((f) => (
              <li key={`${f.standupId}-${f.caseworkerId}`}>
                <MessageCircleQuestion size={18} className="due-soon-icon" aria-hidden="true" />
                <div className="due-main">
                  <strong>{f.prompt}</strong>
                  <div className="small muted">
                    <Link href={`/standups/${f.cohortId}/${f.date}`}>
                      {cohortName(f.cohortId)}, standup of <DayText day={f.date} form="with-weekday" />
                    </Link>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {cohorts && cohorts.length === 0 ? (
        <div className="card" style={{ marginTop: 16 }}>
          <EmptyState
            title="No cohorts yet"
            action={
              <Link href="~/cohorts" className="btn btn-primary">
                Build cohorts
              </Link>
            }
          >
            Standups are run per cohort. Build the cohorts of the rollout first.
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap" style={{ marginTop: 16 }}>
          <table className="table">
            <caption>{cohorts?.length ?? 0} cohorts</caption>
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col" className="num">
                  Members
                </th>
                <th scope="col">Last standup</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/standups/${c.id}`}>{c.name}</Link>
                    {c.role && <div className="small muted">{c.role}</div>}
                  </td>
                  <td className="num">{c.members.length}</td>
                  <td>
                    {lastOf(c.id) ? (
                      <DayText day={lastOf(c.id) ?? ''} />
                    ) : (
                      <span className="muted">None yet</span>
                    )}
                  </td>
                  <td>
                    <div className="row-actions">
                      <Link
                        href={`/standups/${c.id}/${today}`}
                        className="btn btn-small btn-primary"
                        aria-label={`Run today's standup of ${c.name}`}
                      >
                        Run today&apos;s standup
                      </Link>
                      <Link
                        href={`/standups/${c.id}`}
                        className="btn btn-small"
                        aria-label={`Standup history of ${c.name}`}
                      >
                        History
                      </Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMore page={page} onMore={page.showMore} ofRemaining />
        </div>
      )}
    </>
  );
}
