// Action items and follow-ups that are overdue or coming due. Overdue is said in words and with an icon, not by colour.
// Links are absolute (~/...) so they lead out of the coaching area's nested routes.
import { Link } from 'wouter';
import { AlertTriangle, CalendarClock, Check } from 'lucide-react';
import { dueStatusLabel, ownerLabel, type DueItem } from '../../domain/coaching/dueList';
import { Badge } from '../../ui/Badge';
import { showToast } from '../../ui/toast';
import type { DueListData } from './useDueList';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { runAction } from '../../ui/runAction';
import { DayText } from '../../ui/DayText';

interface Props {
  data: DueListData;
}

export function DueList({ data }: Props) {
  const { items, caseworkerName, personName } = data;
  const overdue = items.filter((i) => i.status === 'overdue').length;

  async function markDone(item: DueItem) {
    if (!item.actionItemId) return;
    await coachingEntryRepository.setActionItemDone(item.entryId, item.actionItemId, true);
    showToast({
      message: `Marked done: ${item.text}`,
      action: {
        label: 'Undo',
        run: () =>
          runAction('undo marking the item done', () =>
            coachingEntryRepository.setActionItemDone(item.entryId, item.actionItemId ?? '', false),
          ),
      },
    });
  }

  if (items.length === 0) return <p className="muted">Nothing is due in the next seven days.</p>;
  return (
    <>
      <p className="small muted">
        {items.length} open {items.length === 1 ? 'item' : 'items'}, {overdue} overdue.
      </p>
      <ul className="due-list" aria-label="Due and overdue items">
        {items.map((item) => (
          <li key={item.key}>
            {item.status === 'overdue' ? (
              <AlertTriangle size={18} className="due-overdue-icon" aria-hidden="true" />
            ) : (
              <CalendarClock size={18} className="due-soon-icon" aria-hidden="true" />
            )}
            <div className="due-main">
              <div>
                <Badge
                  tone={
                    item.status === 'overdue' ? 'danger' : item.status === 'today' ? 'warning' : 'neutral'
                  }
                >
                  {dueStatusLabel(item)}
                </Badge>{' '}
                <strong>{item.kind === 'follow-up' ? 'Follow-up' : item.text}</strong>
              </div>
              <div className="small muted">
                {item.kind === 'follow-up' ? 'Coach ' : 'For '}
                <Link href={`~/caseworkers/${item.caseworkerId}`}>{caseworkerName(item.caseworkerId)}</Link>
                {item.kind === 'action-item' && ownerLabel(item, personName)
                  ? `, owner ${ownerLabel(item, personName)}`
                  : ''}{' '}
                · due <DayText day={item.dueDate} /> ·{' '}
                <Link href={`~/coaching/entries/${item.entryId}`}>open the entry</Link>
              </div>
            </div>
            {item.kind === 'action-item' && (
              <button
                data-write
                type="button"
                className="btn btn-small"
                onClick={() => runAction('mark the item done', () => markDone(item))}
                aria-label={`Mark done: ${item.text} (${caseworkerName(item.caseworkerId)})`}
              >
                <Check size={14} aria-hidden="true" /> Done
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
