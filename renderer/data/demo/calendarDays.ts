// Calendar arithmetic for the demo generator on whole day numbers (days since 1970-01-01, UTC), so the output never
// depends on the machine's time zone or clock.
const MS_PER_DAY = 86_400_000;

export const calendarDays = {
  /** 'YYYY-MM-DD' -> day number. */
  toDay(date: string): number {
    const [y, m, d] = date.split('-').map(Number);
    return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY);
  },
  /** Day number -> 'YYYY-MM-DD'. */
  toDate(day: number): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  },
  /** An ISO instant on that day, `minutes` after midnight UTC. */
  instant(day: number, minutes = 9 * 60): string {
    return new Date(day * MS_PER_DAY + Math.round(minutes) * 60_000).toISOString();
  },
  /** 0 = Sunday ... 6 = Saturday. */
  weekday(day: number): number {
    return (((day + 4) % 7) + 7) % 7;
  },
  isWeekday(day: number): boolean {
    const w = calendarDays.weekday(day);
    return w !== 0 && w !== 6;
  },
  /** The nearest weekday on or before `day`. */
  weekdayOnOrBefore(day: number): number {
    let d = day;
    while (!calendarDays.isWeekday(d)) d -= 1;
    return d;
  },
  /** The month 'YYYY-MM' that is `offset` months from the month of `day`. */
  monthOf(day: number, offset = 0): string {
    const date = new Date(day * MS_PER_DAY);
    const index = date.getUTCFullYear() * 12 + date.getUTCMonth() + offset;
    const year = Math.floor(index / 12);
    return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
  },
  /** Day number of the last day of a month 'YYYY-MM'. */
  lastDayOfMonth(month: string): number {
    const [y, m] = month.split('-').map(Number);
    return Math.round(Date.UTC(y ?? 1970, m ?? 1, 1) / MS_PER_DAY) - 1;
  },
};
