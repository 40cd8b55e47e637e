// One cohort's standups, newest first, with who used the tool and the follow-ups each produced.
import { Link, useParams } from 'wouter';
import { followUpsOf, summarizeStandup } from '../../domain/coaching/standupFollowUps';
import { PageHeader } from '../../ui/PageHeader';
import { CoachingTabs } from './CoachingTabs';
import { useCoachingLookups, useCohorts, useStandups } from './useCoaching';
import { useToday } from '../../ui/useToday';
import { DayText } from '../../ui/DayText';

export function StandupHistoryPage() {
  const { cohortId } = useParams<{ cohortId: string }>();
  const today = useToday();
  const cohorts = useCohorts();
  const standups = useStandups(cohortId);
  const lookups = useCoachingLookups();
  const cohort = cohorts?.find((c) => c.id === cohortId);
  return (
    <>
      <PageHeader
        title={cohort ? `Standups of ${cohort.name}` : 'Standups'}
        description={cohort ? `${String(cohort.members.length)} members. ${cohort.role}` : undefined}
        actions={
          <Link href={`/standups/${cohortId}/${today}`} className="btn btn-primary">
            Run today&apos;s standup
          </Link>
        }
      />
      <CoachingTabs />
      <div className="table-wrap">
        <table className="table">
          <caption>{standups?.length ?? 0} standups recorded, newest first.</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Present
              </th>
              <th scope="col" className="num">
                Used the tool the day before
              </th>
              <th scope="col">Follow-ups</th>
            </tr>
          </thead>
          <tbody>
            {(standups ?? []).map((s) => {
              const sum = summarizeStandup(s.rows);
              const follow = lookups ? followUpsOf(s, lookups.caseworkerName) : [];
              return (
                <tr key={s.id}>
                  <td>
                    <Link href={`/standups/${cohortId}/${s.date}`}>
                      <DayText day={s.date} form="with-weekday" />
                    </Link>
                  </td>
                  <td className="num">
                    {sum.present} of {s.rows.length}
                  </td>
                  <td className="num">
                    {sum.usedTool} of {sum.present}
                  </td>
                  <td>
                    {follow.length === 0 ? (
                      <span className="muted">None</span>
                    ) : (
                      follow.map((f) => lookups?.caseworkerName(f.caseworkerId)).join(', ')
                    )}
                  </td>
                </tr>
              );
            })}
            {standups?.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  No standup recorded for this cohort yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
