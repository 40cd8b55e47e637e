// The demo's imported tool usage: the MobileCase usage log as the agency imports it each month, up to last week (so
// the in-app sample file has something new to add). One record per person and working day of use, from a few days
// after their training. Nobody who has not used the tool yet appears (the demo's closed wave gate), nor the person
// whose use the log is still to show (the demo's nearly proficient caseworker); the mastered ones use it every day.
import type { ToolUsage } from '../../domain/model';
import { calendarDays } from './calendarDays';
import type { DemoContext, DemoPerson } from './demoContext';

const USE_CHANCE: Record<number, number> = { 1: 0.85, 2: 0.75, 3: 0.6, 4: 0.45 };
const ACTIONS = [
  'Signed in',
  'Opened a case',
  'Created a visit note',
  'Updated a safety plan',
  'Synced offline notes',
];
/** The last import covered the log up to this many days ago. */
export const DEMO_USAGE_LAG_DAYS = 7;

export function buildDemoUsage(
  ctx: DemoContext,
  people: readonly DemoPerson[],
  opts: { rolloutId: string },
): ToolUsage[] {
  const rng = ctx.stream('usage');
  const records: ToolUsage[] = [];
  const lastDay = ctx.today - DEMO_USAGE_LAG_DAYS;
  for (const p of people) {
    if (!p.active || p.trainedDay === null) continue;
    if (p.spec.noFieldUseYet || p.spec.masteryPath === 'nearly-proficient') continue;
    const steady = p.spec.masteryPath === 'mastered' || p.spec.masteryPath === 'held-by-gap';
    const chance = USE_CHANCE[p.wave ?? 3] ?? 0.6;
    for (let day = p.trainedDay + 5; day <= lastDay; day++) {
      if (!calendarDays.isWeekday(day)) continue;
      if (!rng.chance(chance) && !steady) continue;
      const date = calendarDays.toDate(day);
      records.push(
        ctx.make(
          'toolUsage',
          {
            rolloutId: opts.rolloutId,
            caseworkerId: p.record.id,
            date,
            events: rng.int(1, 9),
            actions: rng.sample(ACTIONS, rng.int(1, 3)),
            source: `mobilecase-usage-${date.slice(0, 7)}.csv`,
          },
          // Imported at the start of the month after, or last week for the current month.
          Math.min(lastDay, calendarDays.toDay(`${date.slice(0, 7)}-01`) + 33),
          7 * 60,
        ),
      );
    }
  }
  return records;
}
