// The calendar: recurring standups and planned visits by week or month, missed standups, and the schedule exported
// as an .ics file (all of it, or one cohort's standup series) for Outlook or any calendar. The view and the day are in
// the address, so Back returns to the same week.
import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { CalendarPlus, ChevronLeft, ChevronRight, Download, Trash2 } from 'lucide-react';
import type { Schedule } from '../../domain/model';
import { addDays } from '../../domain/coaching/calendar';
import { eventTitle, schedulesToIcs } from '../../domain/schedule/scheduleIcs';
import {
  addMonths,
  describeRepeat,
  missedStandups,
  monthWeeks,
  occurrencesBetween,
  weekDates,
  weekdayNames,
  type Occurrence,
} from '../../domain/schedule/scheduleRules';
import { scheduleRepository } from '../../data/scheduleRepository';
import { now } from '../../clock';
import { saveTextFile } from '../../platform/desktop';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import { useToday } from '../../ui/useToday';
import { occurrenceHref, occurrenceTitle } from './occurrenceLinks';
import { PlanForm } from './PlanForm';
import { useScheduleModel, type ScheduleModel } from './useSchedules';
import '../../ui/calendar.css';
import { DayText } from '../../ui/DayText';
import { formatDay, formatDayRange, formatMonth, formatWeekday } from '../../domain/format/format';

type View = 'week' | 'month';

export function CalendarPage() {
  const model = useScheduleModel();
  const today = useToday();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const view: View = search.get('view') === 'month' ? 'month' : 'week';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(search.get('date') ?? '') ? (search.get('date') ?? today) : today;
  const [planning, setPlanning] = useState<Schedule['kind'] | null>(null);
  const go = (next: { view?: View; date?: string }) =>
    navigate(`/calendar?view=${next.view ?? view}&date=${next.date ?? day}`);

  if (!model) return <PageHeader title="Calendar" />;
  const days = view === 'week' ? weekDates(day) : monthWeeks(day).flat<string[][]>();
  const from = days[0] ?? day;
  const to = days.at(-1) ?? day;
  const occurrences = occurrencesBetween(model.schedules, from, to);
  const held = new Set(model.standups.map((s) => `${s.cohortId}|${s.date}`));
  const missed = missedStandups(model.schedules, model.standups, today, 14);
  const missedSet = new Set(missed.map((m) => `${m.cohortId}|${m.date}`));
  const label = view === 'week' ? `Week of ${formatDayRange(from, to)}` : formatMonth(day.slice(0, 7));

  async function exportIcs(list: readonly Schedule[], fileName: string, what: string) {
    const content = schedulesToIcs(
      list,
      { cohort: model!.cohortName, person: model!.personName, coach: model!.coachName },
      { name: `Cohort Coach: ${what}`, now: now() },
    );
    const result = await saveTextFile({
      title: 'Export to a calendar',
      defaultName: fileName,
      filters: [{ name: 'iCalendar file', extensions: ['ics'] }],
      content,
    });
    if (!result.ok) showToast({ message: `Could not export: ${result.error}`, tone: 'danger' });
    else if (result.value)
      showToast({ message: `${what} exported to ${result.value.path}. It holds names: keep it at work.` });
  }

  async function remove(s: Schedule) {
    await scheduleRepository.remove(s.id);
    showToast({
      message: `${eventTitle(s, { cohort: model!.cohortName, person: model!.personName, coach: model!.coachName })} removed from the schedule.`,
      action: {
        label: 'Undo',
        run: () => runAction('restore the schedule', () => scheduleRepository.restore(s.id)),
      },
    });
  }

  const series = model.schedules.filter((s) => s.kind === 'standup');
  return (
    <>
      <PageHeader
        title="Calendar"
        description="Daily standups per cohort and planned ride-alongs, observations and one-to-ones. Reminders come from here."
        actions={
          <>
            <button type="button" className="btn btn-primary" onClick={() => setPlanning('standup')}>
              <CalendarPlus size={16} aria-hidden="true" /> Plan a standup
            </button>
            <button type="button" className="btn" onClick={() => setPlanning('ride-along')}>
              <CalendarPlus size={16} aria-hidden="true" /> Plan a visit
            </button>
            <button
              type="button"
              className="btn"
              disabled={model.schedules.length === 0}
              onClick={() =>
                runAction('export the calendar', () =>
                  exportIcs(model.schedules, `Cohort Coach schedule ${today}.ics`, 'The schedule'),
                )
              }
            >
              <Download size={16} aria-hidden="true" /> Export the calendar (.ics)
            </button>
          </>
        }
      />
      <div className="toolbar calendar-toolbar" role="group" aria-label="Calendar view">
        <div className="row" role="group" aria-label="Show">
          {(['week', 'month'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={`btn btn-small ${view === v ? 'btn-primary' : ''}`}
              aria-pressed={view === v}
              onClick={() => go({ view: v })}
            >
              {v === 'week' ? 'Week' : 'Month'}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => go({ date: view === 'week' ? addDays(day, -7) : addMonths(day, -1) })}
        >
          <ChevronLeft size={16} aria-hidden="true" /> {view === 'week' ? 'Previous week' : 'Previous month'}
        </button>
        <button type="button" className="btn btn-small" onClick={() => go({ date: today })}>
          Today
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => go({ date: view === 'week' ? addDays(day, 7) : addMonths(day, 1) })}
        >
          {view === 'week' ? 'Next week' : 'Next month'} <ChevronRight size={16} aria-hidden="true" />
        </button>
        <h2 className="calendar-range" aria-live="polite">
          {label}
        </h2>
      </div>

      {view === 'week' ? (
        <div className="calendar-week">
          {days.map((d) => {
            const mine = occurrences.filter((o) => o.date === d);
            return (
              <section
                key={d}
                className={`calendar-day ${d === today ? 'is-today' : ''}`}
                aria-label={`${formatWeekday(d)}, ${formatDay(d)}${d === today ? ', today' : ''}`}
              >
                <h3 className="calendar-day-title">
                  {formatWeekday(d, 'short')} <DayText day={d} form="short" />
                  {d === today && <Badge tone="accent">Today</Badge>}
                </h3>
                {mine.length === 0 ? (
                  <p className="small muted">Nothing planned.</p>
                ) : (
                  <ul className="calendar-items">
                    {mine.map((o) => (
                      <OccurrenceItem
                        key={`${o.scheduleId}-${o.date}`}
                        o={o}
                        model={model}
                        state={stateOf(o, today, held, missedSet)}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      ) : (
        <table className="calendar-month">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              {(monthWeeks(day)[0] ?? []).map((d, i) => (
                <th key={d} scope="col">
                  <abbr title={weekdayNames[i]}>{formatWeekday(d, 'short')}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(day).map((week) => (
              <tr key={week[0]}>
                {week.map((d) => {
                  const mine = occurrences.filter((o) => o.date === d);
                  return (
                    <td
                      key={d}
                      className={`${d === today ? 'is-today' : ''} ${d.slice(0, 7) !== day.slice(0, 7) ? 'other-month' : ''}`}
                    >
                      <button
                        type="button"
                        className="link-button calendar-date"
                        onClick={() => go({ view: 'week', date: d })}
                        aria-label={`Week of ${formatDay(d)}${d === today ? ' (today)' : ''}, ${String(mine.length)} planned`}
                      >
                        {Number(d.slice(8))}
                      </button>
                      <ul className="calendar-items compact">
                        {mine.slice(0, 3).map((o) => (
                          <OccurrenceItem
                            key={`${o.scheduleId}-${o.date}`}
                            o={o}
                            model={model}
                            state={stateOf(o, today, held, missedSet)}
                            compact
                          />
                        ))}
                        {mine.length > 3 && <li className="small muted">and {mine.length - 3} more</li>}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="grid-2" style={{ marginTop: 20 }}>
        <section className="card" aria-labelledby="missed-title">
          <h2 id="missed-title">Missed standups</h2>
          <p className="small muted">Planned standup days of the last two weeks with nothing recorded.</p>
          {missed.length === 0 ? (
            <p className="muted">None missed.</p>
          ) : (
            <ul className="plain-list">
              {missed.slice(0, 12).map((m) => (
                <li key={`${m.cohortId}-${m.date}`}>
                  <Badge tone="warning">Missed</Badge> {model.cohortName(m.cohortId)},{' '}
                  <DayText day={m.date} form="with-weekday" /> ·{' '}
                  <Link href={`~/coaching/standups/${m.cohortId}/${m.date}`}>Record it now</Link>
                </li>
              ))}
              {missed.length > 12 && <li className="small muted">and {missed.length - 12} more</li>}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="series-title">
          <h2 id="series-title">Standup series</h2>
          {series.length === 0 ? (
            <EmptyState title="No standups planned">
              A 15-minute standup every working day keeps each cohort practising until it masters the tool.
            </EmptyState>
          ) : (
            <ul className="plain-list series-list">
              {series.map((s) => (
                <li key={s.id}>
                  <div>
                    <strong>{model.cohortName(s.cohortId)}</strong>: {describeRepeat(s)}
                    {s.until ? `, until ${formatDay(s.until)}` : ''}
                  </div>
                  <div className="row">
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() =>
                        runAction('export the standups', () =>
                          exportIcs(
                            [s],
                            `Standups ${model.cohortName(s.cohortId)}.ics`,
                            `The standups of ${model.cohortName(s.cohortId)}`,
                          ),
                        )
                      }
                    >
                      <Download size={14} aria-hidden="true" /> .ics for {model.cohortName(s.cohortId)}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      aria-label={`Remove the standups of ${model.cohortName(s.cohortId)}`}
                      onClick={() => runAction('remove the standups', () => remove(s))}
                    >
                      <Trash2 size={14} aria-hidden="true" />
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <Dialog
        title={planning === 'standup' ? 'Plan a daily standup' : 'Plan a visit'}
        open={planning !== null}
        onClose={() => setPlanning(null)}
      >
        {planning && <PlanForm model={model} kind={planning} date={day} onDone={() => setPlanning(null)} />}
      </Dialog>
    </>
  );
}

type OccurrenceState = 'held' | 'missed' | 'upcoming' | 'past';

function stateOf(
  o: Occurrence,
  today: string,
  held: ReadonlySet<string>,
  missed: ReadonlySet<string>,
): OccurrenceState {
  if (o.kind === 'standup') {
    const key = `${o.cohortId ?? ''}|${o.date}`;
    if (held.has(key)) return 'held';
    if (missed.has(key)) return 'missed';
  }
  return o.date < today ? 'past' : 'upcoming';
}

function OccurrenceItem({
  o,
  model,
  state,
  compact,
}: {
  o: Occurrence;
  model: ScheduleModel;
  state: OccurrenceState;
  compact?: boolean;
}) {
  const title = occurrenceTitle(o, model);
  const action =
    o.kind === 'standup'
      ? state === 'held'
        ? 'open it'
        : 'run it'
      : o.entryId
        ? 'open the entry'
        : 'write the prep';
  return (
    <li className={`calendar-item kind-${o.kind} state-${state}`}>
      <Link
        href={occurrenceHref(o)}
        title={compact ? `${o.time} ${title}` : undefined}
        aria-label={`${o.time} ${title}${state === 'missed' ? ' (missed)' : state === 'held' ? ' (held)' : ''}: ${action}`}
      >
        <span className="calendar-time">{o.time}</span> <span>{title}</span>
      </Link>
      {!compact && (
        <span className="small muted">
          {state === 'held'
            ? 'Held'
            : state === 'missed'
              ? 'Missed'
              : o.recurring
                ? 'Repeats'
                : o.place || 'Planned'}
          {o.kind !== 'standup' && model.coachName(o.coachId) ? ` · ${model.coachName(o.coachId) ?? ''}` : ''}
        </span>
      )}
    </li>
  );
}
