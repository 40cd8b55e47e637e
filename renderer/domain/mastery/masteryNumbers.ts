// How mastery numbers are compared and shown, in one place, so a shown number never contradicts its rule: an average
// is rounded once (to hundredths), and that same value is compared with the threshold and printed. 2.97 fails a
// threshold of 3 and reads "2.97", never "3.0"; 2.996 rounds to 3.00, passes and reads "3.0".

/** A rubric average as compared and shown: rounded to hundredths once (which also absorbs floating-point dust). */
export const roundRating = (value: number): number => Math.round(value * 100) / 100;

/** A rounded rating as text: one decimal when that is exact (3.0, 2.5), else two (2.97). */
export function ratingText(value: number): string {
  const rounded = roundRating(value);
  return Math.abs(rounded * 10 - Math.round(rounded * 10)) < 1e-9 ? rounded.toFixed(1) : rounded.toFixed(2);
}

/** Whole days between two YYYY-MM-DD dates, by the UTC calendar (no daylight-saving surprises). */
export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
export const dateOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The working day before `date` (Monday gives the Friday before): what "yesterday" means at a weekday standup. */
export function workingDayBefore(date: string): string {
  let day = dayNumber(date) - 1;
  // Day 0 (1970-01-01) was a Thursday: (day + 4) % 7 is 0 on Sundays and 6 on Saturdays.
  while ((((day + 4) % 7) + 7) % 7 === 0 || (((day + 4) % 7) + 7) % 7 === 6) day -= 1;
  return dateOfDay(day);
}
