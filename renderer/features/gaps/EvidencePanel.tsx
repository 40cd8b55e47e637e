// What the app already knows about a caseworker, shown beside a diagnosis: visit rate against the target, caseload
// against the standard range, and recent rubric scores, each with a caption saying where the number comes from.
import type { WorkerEvidence, Standards } from '../../domain/gaps/gapEvidence';
import { caseloadStandingLabel, formatRate } from '../../domain/gaps/gapEvidence';
import { formatMonth } from '../../domain/format/format';

export function EvidencePanel({
  evidence,
  standards,
  highlight = [],
}: {
  evidence: WorkerEvidence;
  standards: Standards;
  highlight?: readonly ('visits' | 'caseload' | 'rubric')[];
}) {
  const { visits, caseload, ratedAverage, rated, recentMonths } = evidence;
  const months = recentMonths.map((m) => m.month).sort();
  const mark = (k: 'visits' | 'caseload' | 'rubric') => (highlight.includes(k) ? ' evidence-relevant' : '');
  return (
    <section className="card evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title" className="card-title">
        What the app knows
      </h2>
      <dl className="evidence-list">
        <div className={`evidence-item${mark('visits')}`}>
          <dt>Visit rate</dt>
          <dd>
            <strong className={visits.belowTarget ? 'evidence-low' : ''}>{formatRate(visits.rate)}</strong>{' '}
            {visits.rate !== null && (
              <span>
                {visits.belowTarget ? 'below' : 'meets'} the {standards.visitTarget}% target
              </span>
            )}
            <div className="small muted">
              {months.length > 0
                ? `${visits.made} of ${visits.due} visits made, ${formatMonth(months[0] ?? '')} to ${formatMonth(months.at(-1) ?? '')}`
                : 'No monthly measures yet.'}
            </div>
          </dd>
        </div>
        <div className={`evidence-item${mark('caseload')}`}>
          <dt>Caseload</dt>
          <dd>
            <strong className={caseload.standing === 'above' ? 'evidence-low' : ''}>
              {caseload.value ?? 'Unknown'}
            </strong>{' '}
            <span>{caseloadStandingLabel[caseload.standing].toLowerCase()}</span>
            <div className="small muted">
              Standard {standards.caseloadMin}-{standards.caseloadMax} cases
              {caseload.from === 'measures'
                ? ', latest monthly measure'
                : caseload.from === 'roster'
                  ? ', from the roster'
                  : ''}
            </div>
          </dd>
        </div>
        <div className={`evidence-item${mark('rubric')}`}>
          <dt>Recent rubric scores</dt>
          <dd>
            <strong className={ratedAverage !== null && ratedAverage < 2.5 ? 'evidence-low' : ''}>
              {ratedAverage === null ? 'None yet' : `${ratedAverage.toFixed(1)} of 4`}
            </strong>
            <div className="small muted">
              {rated.length > 0
                ? `Average of the last ${rated.length} rated coaching ${rated.length === 1 ? 'entry' : 'entries'} (1 beginning, 4 exemplary)`
                : 'No rubric-rated coaching entries.'}
            </div>
          </dd>
        </div>
      </dl>
      {evidence.flags.length > 0 && (
        <ul className="evidence-flags" aria-label="What stands out">
          {evidence.flags.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
