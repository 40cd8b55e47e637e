// The demo's monthly measures: face-to-face visits due, made and of good quality, and the caseload, for every
// active caseworker over the six months before this month. Overloaded and struggling workers see fewer children.
import type { MonthlyMeasure } from '../../domain/model';
import { calendarDays } from './calendarDays';
import type { DemoContext, DemoPerson } from './demoContext';

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export function buildDemoMeasures(
  ctx: DemoContext,
  people: readonly DemoPerson[],
  months = 6,
): MonthlyMeasure[] {
  const rng = ctx.stream('measures');
  const measures: MonthlyMeasure[] = [];
  for (const person of people) {
    if (!person.active) continue;
    const current = person.record.caseload ?? 15;
    const quality = clamp(0.55 + 0.12 * person.visitSkill + rng.normal(0, 0.04), 0.55, 0.97);
    for (let offset = -months; offset <= -1; offset += 1) {
      const month = calendarDays.monthOf(ctx.today, offset);
      // Caseloads drift towards today's figure.
      const caseload = Math.max(
        0,
        Math.round(current + (offset + 1) * rng.float(-0.6, 0.6) + rng.normal(0, 1.2)),
      );
      const visitsDue = Math.max(1, Math.round(caseload * rng.float(0.95, 1.25)));
      const rate = clamp(person.visitRate + rng.normal(0, 0.035), 0.5, 1);
      const visitsMade = Math.min(visitsDue, Math.round(visitsDue * rate));
      const growth = 0.012 * (months + offset);
      const visitsGoodQuality = Math.min(
        visitsMade,
        Math.round(visitsMade * clamp(quality + growth + rng.normal(0, 0.04), 0.3, 1)),
      );
      const entered = Math.min(ctx.today, calendarDays.lastDayOfMonth(month) + rng.int(2, 6));
      measures.push(
        ctx.make(
          'monthlyMeasures',
          { caseworkerId: person.record.id, month, visitsDue, visitsMade, visitsGoodQuality, caseload },
          entered,
        ),
      );
    }
  }
  return measures;
}
