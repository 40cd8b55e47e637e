// Ride-alongs missing their prep or their debrief, and the completion rate the dashboard reports.
import { Link } from 'wouter';
import { missingParts, rideAlongPartLabel } from '../../domain/coaching/rideAlongs';
import { Badge } from '../../ui/Badge';
import { PageHeader } from '../../ui/PageHeader';
import { CoachingTabs } from './CoachingTabs';
import { useCoachingLookups, useIncompleteRideAlongs } from './useCoaching';
import { percentText } from '../../domain/format/format';
import { DayText } from '../../ui/DayText';
import { formatDay } from '../../domain/format/format';
import { ShowMore } from '../../ui/ShowMore';
import { pageState, usePageLimit } from '../../ui/usePaged';
import { orPending } from '../../ui/pending';

/** Thousands of incomplete ride-alongs are listed a page at a time. */
const PAGE = 100;

export function IncompleteRideAlongsPage() {
  // Counted and listed from the entry facts' index; only the rows shown are read and opened (missingParts). The list
  // read again after a change elsewhere keeps the rows the person opened.
  const { limit, showMore } = usePageLimit(PAGE, null);
  const data = useIncompleteRideAlongs(limit);
  const lookups = useCoachingLookups();
  const rate = data?.rate ?? { rideAlongs: 0, complete: 0, withPrep: 0, withDebrief: 0, rate: null };
  // While they are counted, the figures say so instead of showing zeros.
  const figure = (value: string | number) => orPending(data ? value : undefined);
  const rows = data?.rows ?? [];
  const page = { ...pageState(data?.total ?? 0, limit, PAGE), rows };
  return (
    <>
      <PageHeader
        title="Incomplete ride-alongs"
        description="Prep before leaving the office and a debrief after: ride-alongs missing either are listed here until they are filled in."
      />
      <CoachingTabs />
      <div className="grid-3" aria-busy={data ? undefined : true}>
        <div className="card stat">
          <span className="stat-value">{figure(percentText(rate.complete, rate.rideAlongs))}</span>
          <span className="stat-label">
            {data
              ? `of ${rate.rideAlongs} ride-alongs have both a prep and a debrief (${rate.complete} complete)`
              : 'of the ride-alongs have both a prep and a debrief'}
          </span>
        </div>
        <div className="card stat">
          <span className="stat-value">{figure(rate.withPrep)}</span>
          <span className="stat-label">ride-alongs with a prep recorded</span>
        </div>
        <div className="card stat">
          <span className="stat-value">{figure(rate.withDebrief)}</span>
          <span className="stat-label">ride-alongs with a debrief recorded</span>
        </div>
      </div>
      <div className="table-wrap" style={{ marginTop: 16 }}>
        <table className="table">
          <caption>
            {data ? (
              <>
                {page.total} incomplete ride-alongs, newest first.
                {page.remaining > 0 && ` The first ${page.limit} are listed.`}
              </>
            ) : (
              'Counting the incomplete ride-alongs…'
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Caseworker</th>
              <th scope="col">Coach</th>
              <th scope="col">Missing</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((e) => (
              <tr key={e.id}>
                <td>
                  <DayText day={e.date} />
                </td>
                <td>{lookups?.caseworkerName(e.caseworkerId)}</td>
                <td>{lookups?.coachName(e.coachId)}</td>
                <td>
                  <div className="badge-row">
                    {missingParts(e).map((p) => (
                      <Badge key={p} tone="warning">
                        No {rideAlongPartLabel[p].toLowerCase()}
                      </Badge>
                    ))}
                  </div>
                </td>
                <td>
                  <Link
                    href={`/entries/${e.id}`}
                    className="btn btn-small"
                    aria-label={`Complete the ride-along of ${formatDay(e.date)} with ${lookups?.caseworkerName(e.caseworkerId) ?? ''}`}
                  >
                    Complete it
                  </Link>
                </td>
              </tr>
            ))}
            {data && page.total === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  Every ride-along has its prep and debrief.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <ShowMore page={page} onMore={showMore} />
    </>
  );
}
