// A caseworker's timeline: survey answers, cohort and wave, training, coaching, standups, gaps and measures in date
// order, newest first, filterable by kind, each linking to its record.
import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { Plus } from 'lucide-react';
import {
  filterTimeline,
  timelineKindLabel,
  timelineKinds,
  type TimelineKind,
} from '../../domain/coaching/timeline';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import './timeline.css';
import { ScorecardTable } from '../../ui/ScorecardTable';
import { useTimeline } from './useTimeline';
import { DayText } from '../../ui/DayText';

const tone: Record<TimelineKind, 'neutral' | 'success' | 'warning' | 'danger' | 'accent'> = {
  survey: 'accent',
  cohort: 'accent',
  training: 'success',
  coaching: 'success',
  standup: 'neutral',
  usage: 'success',
  gap: 'warning',
  measure: 'neutral',
};

export function CaseworkerTimelinePage() {
  const { id } = useParams<{ id: string }>();
  const timeline = useTimeline(id);
  const [kinds, setKinds] = useState<Set<TimelineKind>>(new Set());
  const visible = useMemo(() => filterTimeline(timeline?.events ?? [], kinds), [timeline, kinds]);
  const counts = useMemo(() => {
    const c = new Map<TimelineKind, number>();
    for (const e of timeline?.events ?? []) c.set(e.kind, (c.get(e.kind) ?? 0) + 1);
    return c;
  }, [timeline]);

  if (!timeline) return <p className="muted">Loading…</p>;
  if (!timeline.caseworker)
    return (
      <>
        <PageHeader title="Caseworker not found" />
        <EmptyState title="This person is not on the roster, or is in Trash">
          <Link href="/roster">Back to the roster</Link>
        </EmptyState>
      </>
    );

  const toggle = (k: TimelineKind) =>
    setKinds((current) => {
      const next = new Set(current);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });

  const person = timeline.caseworker;
  return (
    <>
      <PageHeader
        title={`Timeline of ${person.name}`}
        description={
          [person.role, person.status === 'left' ? 'has left' : null].filter(Boolean).join(' · ') || undefined
        }
        actions={
          <Link data-write href="/coaching/entries/new" className="btn btn-primary">
            <Plus size={16} aria-hidden="true" /> New coaching entry
          </Link>
        }
      />
      {timeline.scorecard && (
        <section className="card" aria-labelledby="scorecard-title">
          <h2 id="scorecard-title">Mastery of {timeline.rolloutName}</h2>
          <ScorecardTable
            card={timeline.scorecard}
            caption={`The five parts of mastery for ${person.name}: figure, rule, met or not, and what is still needed`}
          />
        </section>
      )}
      <fieldset className="timeline-filters">
        <legend>Show</legend>
        <button
          type="button"
          className={`btn btn-small ${kinds.size === 0 ? 'btn-primary' : ''}`}
          aria-pressed={kinds.size === 0}
          onClick={() => setKinds(new Set())}
        >
          Everything ({timeline.events.length})
        </button>
        {timelineKinds.map((k) => (
          <button
            key={k}
            type="button"
            className={`btn btn-small ${kinds.has(k) ? 'btn-primary' : ''}`}
            aria-pressed={kinds.has(k)}
            onClick={() => toggle(k)}
          >
            {timelineKindLabel[k]} ({counts.get(k) ?? 0})
          </button>
        ))}
      </fieldset>
      <section className="card" aria-label={`Events in the timeline of ${person.name}`}>
        {visible.length === 0 ? (
          <p className="muted">Nothing recorded of this kind yet.</p>
        ) : (
          <ol className="timeline">
            {visible.map((e) => (
              <li key={`${e.kind}-${e.id}`}>
                <DayText day={e.date} />
                <span>
                  <Badge tone={tone[e.kind]}>{timelineKindLabel[e.kind]}</Badge>
                </span>
                <div>
                  <Link href={e.href}>{e.title}</Link>
                  {e.detail && <div className="small muted">{e.detail}</div>}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
