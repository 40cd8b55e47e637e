// How the app writes numbers, shares and dates: one module for every screen, chart summary, report and CSV, so the
// same figure always reads the same. Pure (no clock, no DOM): the domain's report texts use it too.
//
// The rule for percentages: a share is a whole percent, rounded half up (1 of 8 is 13%, 1 of 6 is 17%), computed on
// its own; shares of one whole are not forced to add up to 100. Nothing of nothing has no percentage: percentOf
// returns null and formatPercent shows "—".

/** "1 caseworker", "3 caseworkers", "1,204 rows": the count with its noun, in the user's number format. */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** A count in the user's number format ("1,204"). */
export const formatCount = (n: number): string => n.toLocaleString(undefined);

/** `part` of `whole` as a whole percent, rounded half up; null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  // Integer arithmetic where it can be, so 1 of 8 is exactly 12.5 before rounding and rounds up to 13.
  return Math.floor((200 * part + whole) / (2 * whole));
}

/** "17%" for 1 of 6; "—" when there is nothing to divide by. */
export const formatPercent = (value: number | null): string => (value === null ? '—' : `${String(value)}%`);

/**
 * How far along a running task is, as a whole percent rounded down: unlike a share, progress must not read 100% while
 * something is still left to do (199 of 200 is 99%). null when the total is not known yet (0).
 */
export const progressPercent = (done: number, total: number): number | null =>
  total <= 0 ? null : Math.min(100, Math.floor((100 * done) / total));

/** percentOf and formatPercent in one step: "17%" for (1, 6), "—" for (0, 0). */
export const percentText = (part: number, whole: number): string => formatPercent(percentOf(part, whole));

// ---- Dates ---------------------------------------------------------------------------------------------------------
// Dates are stored as local calendar days (YYYY-MM-DD) and months (YYYY-MM). Screens and reports write them in the
// user's locale, one way everywhere ("Mar 14, 2026" in en-US, "14.03.2026" in de-DE); ISO stays in file names, CSV,
// inputs and addresses. Formatting in UTC keeps the stored day whatever the machine's time zone.

interface DateFormats {
  day: Intl.DateTimeFormat;
  dayShort: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  weekdayShort: Intl.DateTimeFormat;
  dayWithWeekday: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
  monthTick: Intl.DateTimeFormat;
  instant: Intl.DateTimeFormat;
}

const utc = { timeZone: 'UTC' } as const;
function makeFormats(locale: string | undefined): DateFormats {
  return {
    day: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', ...utc }),
    dayShort: new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', ...utc }),
    weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', ...utc }),
    weekdayShort: new Intl.DateTimeFormat(locale, { weekday: 'short', ...utc }),
    dayWithWeekday: new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...utc,
    }),
    month: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', ...utc }),
    monthTick: new Intl.DateTimeFormat(locale, { year: '2-digit', month: 'short', ...utc }),
    // An instant is shown in the user's own time zone.
    instant: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  };
}
// The runtime's locale (undefined) unless a test pins one with setDisplayLocale.
let formats = makeFormats(undefined);

// Each month is formatted once: charts and summaries name the same few months on every filter change, and a format
// call per label cost a fifth of a dashboard filter change at agency scale.
const monthNames = new Map<string, string>();
const monthTicks = new Map<string, string>();
const cached = (cache: Map<string, string>, key: string, format: () => string): string => {
  let text = cache.get(key);
  if (text === undefined) {
    text = format();
    cache.set(key, text);
  }
  return text;
};

/**
 * Writes dates in `locale` from now on (undefined: the runtime's). For tests and for a locale chosen in the app;
 * screens already drawn keep their text until they render again.
 */
export function setDisplayLocale(locale: string | undefined): void {
  formats = makeFormats(locale);
  monthNames.clear();
  monthTicks.clear();
}

const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** "Mar 14, 2026" (in the user's locale) for 2026-03-14. */
export const formatDay = (day: string): string => formats.day.format(utcDay(day));

/** formatDay, or `missing` when there is no date. */
export const formatDayOr = (day: string | null, missing = 'not set'): string =>
  day ? formatDay(day) : missing;

/** "Mar 14" for 2026-03-14: the day without its year, where the year is plain from around it (a week, a month). */
export const formatDayShort = (day: string): string => formats.dayShort.format(utcDay(day));

/** "Saturday" for 2026-03-14 ("Sat" with `short`). */
export const formatWeekday = (day: string, width: 'long' | 'short' = 'long'): string =>
  (width === 'short' ? formats.weekdayShort : formats.weekday).format(utcDay(day));

/** "Sat, Mar 14, 2026": a day where its weekday matters (a standup, a planned visit). */
export const formatDayWithWeekday = (day: string): string => formats.dayWithWeekday.format(utcDay(day));

/** "Mar 9 – 15, 2026" for 2026-03-09 to 2026-03-15: the locale's own way of writing a span of days. */
export const formatDayRange = (from: string, to: string): string =>
  from === to ? formatDay(from) : formats.day.formatRange(utcDay(from), utcDay(to));

/** "March 2026" for 2026-03. */
export const formatMonth = (month: string): string =>
  cached(monthNames, month, () => formats.month.format(utcDay(`${month}-01`)));

/** "Mar 26" for 2026-03: the short form for chart axes. */
export const formatMonthTick = (month: string): string =>
  cached(monthTicks, month, () => formats.monthTick.format(utcDay(`${month}-01`)));

/** A moment (ISO instant or epoch milliseconds) in the user's time zone: "Mar 14, 2026, 2:05 PM". */
export const formatInstant = (at: string | number): string => formats.instant.format(new Date(at));
