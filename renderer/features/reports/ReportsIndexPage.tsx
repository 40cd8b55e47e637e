// The reports index: the rollout status report, a report per cohort of the current rollout, and a coaching summary
// per caseworker (with a search, since an agency has thousands). The cohort list is drawn a page at a time: an agency's
// rollout has hundreds of cohorts.
import { useState } from 'react';
import { Link } from 'wouter';
import { FileText } from 'lucide-react';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/Field';
import { EmptyState } from '../../ui/EmptyState';
import { useReportsIndex } from './useReports';
import { plural } from '../../domain/format/format';
import { usePaged } from '../../ui/usePaged';
import { ShowMore } from '../../ui/ShowMore';

/** Long lists stop here; the search finds the rest. */
const SHOWN = 60;
/** Cohorts drawn at first and added by each "Show more". */
const COHORT_PAGE = 50;

export function ReportsIndexPage() {
  const [search, setSearch] = useState('');
  const index = useReportsIndex(search);
  const cohorts = usePaged(index?.cohorts ?? noCohorts, COHORT_PAGE, 'cohorts');
  return (
    <>
      <PageHeader
        title="Reports"
        description="Documents to print, save as PDF or export as CSV: a status report for management, a report per cohort, and a one-page coaching summary per caseworker."
      />
      {index && (
        <div className="reports-index">
          <section className="card" aria-labelledby="rollout-reports">
            <h2 id="rollout-reports">Rollout status</h2>
            {index.rollout ? (
              <ul className="report-links">
                <li>
                  <Link href="/rollout">
                    <FileText size={16} aria-hidden="true" /> Rollout status report: {index.rollout.name}
                  </Link>
                  <span className="small muted">
                    Headline numbers, the tool brief and every dashboard chart.
                  </span>
                </li>
              </ul>
            ) : (
              <p>
                No current rollout. <a href="#/rollouts">Choose one</a> to make its status report.
              </p>
            )}
          </section>

          <section className="card" aria-labelledby="cohort-reports">
            <h2 id="cohort-reports">Cohort reports</h2>
            {index.cohorts.length === 0 ? (
              <p>
                No cohorts in the current rollout yet. <a href="#/cohorts">Build cohorts</a>.
              </p>
            ) : (
              <ul className="report-links">
                {cohorts.rows.map((c) => (
                  <li key={c.id}>
                    <Link href={`/cohort/${c.id}`}>
                      <FileText size={16} aria-hidden="true" /> {c.name}
                    </Link>
                    <span className="small muted">{c.detail}</span>
                  </li>
                ))}
              </ul>
            )}
            <ShowMore page={cohorts} onMore={cohorts.showMore} ofRemaining />
          </section>

          <section className="card reports-people" aria-labelledby="caseworker-reports">
            <h2 id="caseworker-reports">Coaching summaries</h2>
            <TextField
              label="Find a caseworker"
              type="search"
              value={search}
              hint="Name, unit, role or employee ID"
              onChange={(e) => setSearch(e.target.value)}
            />
            <p className="small muted" role="status">
              {search
                ? `${plural(index.caseworkers.length, 'caseworker')} found of ${index.caseworkerTotal}.`
                : `${plural(index.caseworkerTotal, 'caseworker')}.`}
            </p>
            {index.caseworkers.length === 0 ? (
              <EmptyState title={search ? 'Nobody matches that search' : 'No caseworkers yet'}>
                {search ? 'Try part of the name, or the unit.' : 'Add caseworkers to the roster first.'}
              </EmptyState>
            ) : (
              <ul className="report-links people">
                {index.caseworkers.slice(0, SHOWN).map((c) => (
                  <li key={c.id}>
                    <Link href={`/caseworker/${c.id}`} aria-label={`Coaching summary: ${c.name}`}>
                      {c.name}
                    </Link>
                    <span className="small muted">{c.detail}</span>
                  </li>
                ))}
              </ul>
            )}
            {index.caseworkers.length > SHOWN && (
              <p className="small muted">Showing the first {SHOWN}; search to find the others.</p>
            )}
          </section>
        </div>
      )}
    </>
  );
}

const noCohorts: never[] = [];
