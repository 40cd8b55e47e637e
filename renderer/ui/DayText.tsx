// A calendar day as people read it, in their locale and on one line ("Mar 14, 2026"), with the ISO day kept for
// machines in <time dateTime>. Every screen that shows a stored day uses this or the format module's helpers.
import { formatDay, formatDayShort, formatDayWithWeekday, formatWeekday } from '../domain/format/format';

const forms = {
  day: formatDay,
  short: formatDayShort,
  weekday: (day: string) => formatWeekday(day),
  'with-weekday': formatDayWithWeekday,
} as const;

interface DayTextProps {
  /** YYYY-MM-DD. */
  day: string;
  /** day: "Mar 14, 2026" (default); short: "Mar 14"; weekday: "Saturday"; with-weekday: "Sat, Mar 14, 2026". */
  form?: keyof typeof forms;
  className?: string;
}

export function DayText({ day, form = 'day', className }: DayTextProps) {
  return (
    <time dateTime={day} className={className ? `date-text ${className}` : 'date-text'}>
      {forms[form](day)}
    </time>
  );
}
