// The demo's daily standups: one per cohort on the working days of the last three weeks, a row per member with the
// three questions and whether they used the tool yesterday (mostly yes, less often in the later waves).
import type { Cohort, Standup } from '../../domain/model';
import { calendarDays } from './calendarDays';
import type { DemoContext } from './demoContext';
import { demoText } from './demoText';

const USE_CHANCE: Record<number, number> = { 1: 0.95, 2: 0.9, 3: 0.8, 4: 0.65 };

export function buildDemoStandups(
  ctx: DemoContext,
  cohorts: readonly Cohort[],
  noFieldUseYet: ReadonlySet<string> = new Set(),
  days = 21,
): Standup[] {
  const rng = ctx.stream('standups');
  const standups: Standup[] = [];
  for (let day = ctx.today - days; day < ctx.today; day += 1) {
    if (!calendarDays.isWeekday(day)) continue;
    for (const cohort of cohorts) {
      // Now and then a standup does not happen (coach out, all-staff meeting).
      if (rng.chance(0.08)) continue;
      const rows = cohort.members.map((m) => {
        if (rng.chance(0.05)) {
          return {
            caseworkerId: m.caseworkerId,
            triedAndLearned: '',
            problems: '',
            tryToday: '',
            usedToolYesterday: null,
            absent: true,
          };
        }
        const used = rng.chance(USE_CHANCE[m.wave] ?? 0.8) && !noFieldUseYet.has(m.caseworkerId);
        return {
          caseworkerId: m.caseworkerId,
          triedAndLearned: rng.pick(used ? demoText.standup.triedUsed : demoText.standup.triedNotUsed),
          problems: rng.pick(used ? demoText.standup.problemsUsed : demoText.standup.problemsNotUsed),
          tryToday: rng.pick(demoText.standup.tryToday),
          usedToolYesterday: used,
          absent: false,
        };
      });
      standups.push(
        ctx.make(
          'standups',
          { cohortId: cohort.id, date: calendarDays.toDate(day), rows },
          day,
          9 * 60 + rng.int(0, 20),
        ),
      );
    }
  }
  return standups;
}
