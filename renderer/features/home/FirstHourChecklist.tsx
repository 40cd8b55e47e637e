// The first hour in a new workspace: what to do first, each step ticked off by the data itself as it gets done.
import { Link } from 'wouter';
import { CheckCircle2, Circle } from 'lucide-react';
import { useFirstHour } from './useFirstHour';
import './home.css';

export function FirstHourChecklist() {
  const list = useFirstHour();
  if (!list?.show) return null;
  return (
    <section className="card first-hour" aria-labelledby="first-hour-title">
      <h2 id="first-hour-title">Getting started</h2>
      <p className="small muted">
        {list.done} of {list.steps.length} done. Each step ticks itself off as you do it; this list goes away
        once all are done.
      </p>
      <ol className="first-hour-steps">
        {list.steps.map((step) => (
          <li key={step.id} className={step.done ? 'is-done' : undefined}>
            {step.done ? (
              <CheckCircle2 size={20} aria-hidden="true" className="first-hour-icon done" />
            ) : (
              <Circle size={20} aria-hidden="true" className="first-hour-icon" />
            )}
            <div>
              <strong>{step.label}</strong>
              <span className="visually-hidden">{step.done ? ' (done)' : ' (to do)'}</span>
              <div className="small muted">{step.why}</div>
            </div>
            {!step.done && (
              <Link href={step.href} className="btn btn-small">
                {step.action}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
