// The four answers of the tool brief, read-only, for coaches on the rollout, cohort and training screens.
import { briefQuestions, type Rollout } from '../domain/model';

/** `compact` stacks each question above its answer, for narrow cards. */
export function ToolBrief({ rollout, compact }: { rollout: Rollout; compact?: boolean }) {
  const filled = briefQuestions.filter((q) => rollout.brief[q.key].trim());
  if (filled.length === 0) return <p className="muted">The tool brief has not been written yet.</p>;
  return (
    <dl className={compact ? 'facts stacked' : 'facts'}>
      {briefQuestions.map((q) => (
        <div key={q.key} style={{ display: 'contents' }}>
          <dt>{q.label}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>
            {rollout.brief[q.key].trim() || <span className="muted">Not written yet</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
