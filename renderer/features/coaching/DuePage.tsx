// Every open action item and follow-up due within the next week or already overdue.
import { PageHeader } from '../../ui/PageHeader';
import { CoachingTabs } from './CoachingTabs';
import { DueList } from './DueList';
import { useDueList } from './useDueList';
import { useToday } from '../../ui/useToday';

export function DuePage() {
  const today = useToday();
  const data = useDueList(today);
  return (
    <>
      <PageHeader
        title="Due list"
        description="Action items and follow-up dates that are overdue or due in the next seven days. A reminder is sent once when each item comes due."
      />
      <CoachingTabs />
      <section className="card" aria-label="Due items">
        {data ? <DueList data={data} /> : <p className="muted">Loading…</p>}
      </section>
    </>
  );
}
