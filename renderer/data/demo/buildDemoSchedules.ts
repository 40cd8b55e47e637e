// The demo's schedules: each cohort's standup every weekday at 8:45 (started three weeks ago, so the odd standup the
// demo skipped shows as missed), and a handful of planned ride-alongs, observations and one-to-ones this week and next.
import type { Cohort, Schedule } from '../../domain/model';
import { calendarDays } from './calendarDays';
import type { DemoContext, DemoPerson } from './demoContext';

export function buildDemoSchedules(
  ctx: DemoContext,
  cohorts: readonly Cohort[],
  people: readonly DemoPerson[],
): Schedule[] {
  const rng = ctx.stream('schedules');
  const start = ctx.today - 21;
  const schedules: Schedule[] = cohorts.map((cohort, i) =>
    ctx.make(
      'schedules',
      {
        kind: 'standup',
        cohortId: cohort.id,
        coachId: cohort.headCoachId,
        startDate: calendarDays.toDate(start),
        // Cohorts meet a quarter of an hour apart so one coach can run two.
        time: i % 2 === 0 ? '08:45' : '09:00',
        durationMinutes: 15,
        repeatDays: [1, 2, 3, 4, 5],
      },
      start - 2,
      8 * 60,
    ),
  );
  const active = people.filter((p) => p.active);
  const planned: Array<{ kind: Schedule['kind']; offset: number; time: string; minutes: number }> = [
    { kind: 'ride-along', offset: 0, time: '10:30', minutes: 120 },
    { kind: 'observation', offset: 1, time: '13:00', minutes: 60 },
    { kind: 'ride-along', offset: 2, time: '09:30', minutes: 120 },
    { kind: 'one-to-one', offset: 3, time: '15:00', minutes: 30 },
    { kind: 'ride-along', offset: 7, time: '11:00', minutes: 90 },
  ];
  for (const plan of planned) {
    const person = rng.pick(active);
    const cohort = cohorts.find((c) => c.members.some((m) => m.caseworkerId === person.record.id));
    schedules.push(
      ctx.make(
        'schedules',
        {
          kind: plan.kind,
          caseworkerId: person.record.id,
          coachId: cohort?.headCoachId ?? null,
          startDate: calendarDays.toDate(ctx.today + plan.offset),
          time: plan.time,
          durationMinutes: plan.minutes,
          place: plan.kind === 'one-to-one' ? 'Office' : 'Home visit',
        },
        ctx.today - 1,
        16 * 60,
      ),
    );
  }
  return schedules;
}
