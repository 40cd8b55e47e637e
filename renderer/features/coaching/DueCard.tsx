// The home screen's card of coaching items due or overdue, with a link to the full due list.
import { Link } from 'wouter';
import { DueList } from './DueList';
import { useDueList } from './useDueList';
import { useToday } from '../../ui/useToday';
import './coaching.css';

export function DueCard() {
  const today = useToday();
  const data = useDueList(today);
  return (
    <section className="card" aria-labelledby="home-due">
      <div className="row">
        <h2 id="home-due" style={{ margin: 0 }}>
          Due and overdue
        </h2>
        <span className="spacer" />
        <Link href="/coaching/due" className="small">
          Full due list
        </Link>
      </div>
      <p className="small muted">
        Action items and follow-ups from the coaching log, due by {today} or within a week.
      </p>
      {data ? <DueList data={data} limit={8} /> : <p className="muted">Loading…</p>}
    </section>
  );
}
