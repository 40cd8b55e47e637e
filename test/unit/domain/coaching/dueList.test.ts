// The due list and reminders: overdue in words, follow-ups met by a later entry, each reminder at most once.
import { describe, expect, it } from 'vitest';
import { dueItems, dueStatusLabel, remindersToSend } from '../../../../renderer/domain/coaching/dueList';

const item = (
  id: string,
  dueDate: string | null,
  extra: Partial<{ done: boolean; notifiedAt: string | null }> = {},
) => ({
  id,
  text: `Item ${id}`,
  ownerId: null as string | null,
  owner: '',
  dueDate,
  done: false,
  notifiedAt: null,
  ...extra,
});
const entry = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  caseworkerId: 'cw1',
  date,
  actionItems: [] as ReturnType<typeof item>[],
  followUpDate: null as string | null,
  followUpNotifiedAt: null as string | null,
  deletedAt: null as string | null,
  ...extra,
});
const TODAY = '2026-03-14';

describe('dueItems', () => {
  it('lists open items overdue or due within the horizon, oldest first, with their status', () => {
    const items = dueItems(
      [
        entry('e1', '2026-03-01', {
          actionItems: [
            item('late', '2026-03-10'),
            item('today', TODAY),
            item('soon', '2026-03-20'),
            item('later', '2026-03-30'),
            item('done', '2026-03-01', { done: true }),
            item('undated', null),
          ],
        }),
      ],
      TODAY,
    );
    expect(items.map((i) => [i.actionItemId, i.status, i.daysLate])).toEqual([
      ['late', 'overdue', 4],
      ['today', 'today', 0],
      ['soon', 'soon', 0],
    ]);
    expect(items.map(dueStatusLabel)).toEqual(['Overdue by 4 days', 'Due today', 'Due soon']);
  });

  it('drops a follow-up once a later entry exists for the caseworker, and skips entries in Trash', () => {
    const followUp = entry('e1', '2026-03-01', { followUpDate: '2026-03-10' });
    expect(dueItems([followUp], TODAY).map((i) => i.key)).toEqual(['follow-up:e1']);
    expect(dueItems([followUp, entry('e2', '2026-03-12')], TODAY)).toEqual([]);
    expect(dueItems([{ ...followUp, deletedAt: '2026-03-02T00:00:00Z' }], TODAY)).toEqual([]);
  });
});

describe('remindersToSend', () => {
  it('sends for items that have come due and were not reminded yet, never twice', () => {
    const e = entry('e1', '2026-03-01', {
      actionItems: [
        item('due', TODAY),
        item('sent', '2026-03-12', { notifiedAt: '2026-03-12T08:00:00Z' }),
        item('future', '2026-03-15'),
      ],
      followUpDate: '2026-03-13',
      followUpNotifiedAt: null,
    });
    expect(remindersToSend([e], TODAY).map((i) => i.key)).toEqual(['follow-up:e1', 'action:e1:due']);
  });
});
