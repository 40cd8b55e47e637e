// The causes a diagnosis found, the main one first, each with its gap type and a sentence that claims only what the
// questions established.
import type { DiagnosisCause } from '../../domain/gaps/evaluateDiagnosis';
import { GapTypeBadge } from './GapBadges';

export function CauseList({
  causes,
  mainBadge = true,
}: {
  causes: readonly DiagnosisCause[];
  /** False where the main type is already shown beside it. */
  mainBadge?: boolean;
}) {
  return (
    <ul className="cause-list" aria-label={causes.length > 1 ? 'Causes, the main one first' : 'Cause'}>
      {causes.map((c, i) => (
        <li key={c.classification}>
          {causes.length > 1 && <span className="small muted">{i === 0 ? 'Main cause' : 'Also'}</span>}
          {(i > 0 || mainBadge) && <GapTypeBadge classification={c.classification} />}
          <p>{c.statement}</p>
        </li>
      ))}
    </ul>
  );
}
