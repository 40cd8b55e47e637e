// Said above figures kept from an earlier visit while they are worked out again (Home, the dashboard, the survey
// results): when they are from, and that they update here. What the screen shows stays, not a blank page.
import { formatInstant } from '../domain/format/format';
import { Notice } from './Notice';

export function KeptFiguresNotice({
  since,
  what,
  followsDay = true,
}: {
  /** When the figures shown were worked out. */
  since: string;
  /** What is being worked out again: "figures", "charts", "results". */
  what: string;
  /** Whether the figures change with the day too (mastery, what is due), not only with the records. */
  followsDay?: boolean;
}) {
  return (
    <Notice title={`Figures as of ${formatInstant(since)}`}>
      The workspace {followsDay ? 'or the day has' : 'has'} changed since. The {what} are being worked out
      again and update here.
    </Notice>
  );
}
