// Said above figures kept from an earlier visit while they are worked out again (Home, the dashboard, the survey
// results): when they are from, and that they update here. What the screen shows stays, not a blank page.
import { formatInstant } from '../domain/format/format';
import { Notice } from './Notice';

export function KeptFiguresNotice({
  since,
  what,
  changed = 'The workspace or the day has changed since.',
}: {
  /** When the figures shown were worked out. */
  since: string;
  /** What is being worked out again: "figures", "charts", "results". */
  what: string;
  /** What changed since: what they are built from (and the day, for figures such as mastery that follow it). */
  changed?: string;
}) {
  return (
    <Notice title={`Figures as of ${formatInstant(since)}`}>
      {changed} The {what} are being worked out again and update here.
    </Notice>
  );
}
