// Status changes of a gap: each change is recorded with its date, so the history reads open -> in progress -> resolved.
import type { Gap } from '../model';
import { statusLabel, type GapStatus } from './gapLabels';

export type StatusChange =
  { ok: true; status: GapStatus; statusHistory: Gap['statusHistory'] } | { ok: false; message: string };

/** The gap's status and history after moving to `status` on `on`; refuses a date in the future or before the last change. */
export function changeStatus(
  gap: Pick<Gap, 'status' | 'statusHistory'>,
  status: GapStatus,
  on: string,
  today: string,
): StatusChange {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) return { ok: false, message: 'Date must be a date like 2026-03-14.' };
  if (on > today) return { ok: false, message: 'Date cannot be in the future.' };
  const last = gap.statusHistory.at(-1);
  if (last && on < last.on)
    return {
      ok: false,
      message: `Date cannot be before the last change (${statusLabel[last.status]} on ${last.on}).`,
    };
  if (status === gap.status)
    return { ok: false, message: `The gap is already ${statusLabel[status].toLowerCase()}.` };
  return { ok: true, status, statusHistory: [...gap.statusHistory, { status, on }] };
}
